namespace Site.Core.Styles;

/// <summary>A piece of a formatted reference: plain text, never HTML, and a link when it is one.</summary>
/// <param name="Text">The text, exactly as it appears in the reference.</param>
/// <param name="Part">What the text is.</param>
/// <param name="Href">The address the text links to (DOI, PubMed or the work's URL), or null.</param>
/// <param name="Italic">Whether the style sets the text in italics (APA's journal, volume and book titles).</param>
public sealed record EntrySegment(string Text, EntryPart Part, string? Href = null, bool Italic = false);
