namespace Site.Core.Rendering.Vancouver;

/// <summary>
/// A reference formatted in the Vancouver style, as segments a theme renders (and links) one by one.
/// </summary>
/// <param name="Segments">The segments, in reading order.</param>
public sealed record VancouverEntry(IReadOnlyList<VancouverSegment> Segments)
{
    /// <summary>The whole reference as plain text: the segments' text, concatenated.</summary>
    public string Text => string.Concat(Segments.Select(s => s.Text));
}
