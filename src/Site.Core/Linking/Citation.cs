using Site.Core.Parsing;
using Site.Core.Parsing.Citations;

namespace Site.Core.Linking;

/// <summary>One work cited at one place: a key of a citation, resolved (or not) to its reference.</summary>
/// <param name="From">The citing document.</param>
/// <param name="Group">The bracketed citation the key is written in.</param>
/// <param name="Item">The key, its prefix and locator.</param>
/// <param name="Reference">The reference the key names, or null when no reference has that id.</param>
/// <param name="Anchor">The id of the citation's element on the citing page ("cite-3").</param>
public sealed record Citation(ParsedDocument From, CitationGroup Group, CitationItem Item, ParsedDocument? Reference, string Anchor);
