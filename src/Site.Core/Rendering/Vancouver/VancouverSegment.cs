namespace Site.Core.Rendering.Vancouver;

/// <summary>A piece of a formatted reference: plain text, never HTML, and a link when it is one.</summary>
/// <param name="Text">The text, exactly as it appears in the reference.</param>
/// <param name="Part">What the text is.</param>
/// <param name="Href">The address the text links to (DOI, PubMed or the work's URL), or null.</param>
public sealed record VancouverSegment(string Text, VancouverPart Part, string? Href = null);
