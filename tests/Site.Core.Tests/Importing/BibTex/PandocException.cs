namespace Site.Core.Tests.Importing.BibTex;

/// <summary>One spec entry where our reading of one CSL variable differs from pandoc's for a reason of its own.</summary>
/// <param name="Key">The entry's key in the spec.</param>
/// <param name="Variable">The CSL variable.</param>
/// <param name="Reason">Why we differ.</param>
internal sealed record PandocException(string Key, string Variable, string Reason);
