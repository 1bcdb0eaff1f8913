namespace Site.Core.Loading;

/// <summary>Where and why YAML could not be loaded.</summary>
/// <param name="Index">The character offset in the YAML text.</param>
/// <param name="Description">What is wrong, as the end of a sentence ("its lists and mappings nest more than 64 deep here...").</param>
/// <param name="Kind">A syntax error, a limit, or a structure that breaks off.</param>
internal sealed record YamlLoadFailure(int Index, string Description, YamlLoadFailureKind Kind);
