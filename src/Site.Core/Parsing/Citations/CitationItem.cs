namespace Site.Core.Parsing.Citations;

/// <summary>One cited work in a citation: <c>see @jones-2018, p. 3</c>.</summary>
/// <param name="Key">The citation key: a reference's id.</param>
/// <param name="KeyPosition">Where the key (after '@') starts, relative to the parsed body.</param>
/// <param name="Prefix">Text before the key ("see"), as markdown with its white space collapsed, or null.</param>
/// <param name="Locator">Text after the key without its leading comma ("p. 3"), as markdown with its white space collapsed, or null.</param>
/// <param name="Mode">Whether the work is cited in brackets, in brackets without its author, or in the text.</param>
public sealed record CitationItem(string Key, int KeyPosition, string? Prefix, string? Locator, CitationMode Mode = CitationMode.Normal);
