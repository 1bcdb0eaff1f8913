namespace Site.Core.Styles;

/// <summary>
/// A reference formatted in a citation style, as segments a theme renders (and links) one by one.
/// </summary>
/// <param name="Segments">The segments, in reading order.</param>
/// <param name="Style">The name of the style that formatted it ("vancouver", "apa"), which its HTML is marked with.</param>
public sealed record FormattedEntry(IReadOnlyList<EntrySegment> Segments, string Style)
{
    private string? _html;

    /// <summary>The whole reference as plain text: the segments' text, concatenated.</summary>
    public string Text => string.Concat(Segments.Select(s => s.Text));

    /// <summary>
    /// The entry as HTML, <c>&lt;span class="STYLE"&gt;...&lt;/span&gt;</c>: the text encoded, the DOI, PubMed id and URL
    /// as links, italic parts in <c>&lt;i&gt;</c>. The same entry appears on every page that cites the work and its
    /// links are absolute, so it is written once, the first time it is asked for.
    /// </summary>
    public string Html => _html ??= EntryHtml.Write(this);
}
