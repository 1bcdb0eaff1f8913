using Site.Core.Parsing;

namespace Site.Core.Linking;

/// <summary>A passage that cites a reference, as its "Cited by" list shows it.</summary>
/// <param name="From">The citing page.</param>
/// <param name="Anchor">The id of the citation on that page, where the link lands.</param>
/// <param name="Text">The passage (its paragraph, list item or table row) as plain text, citations left out.</param>
public sealed record CitingPassage(ParsedDocument From, string Anchor, string Text);
