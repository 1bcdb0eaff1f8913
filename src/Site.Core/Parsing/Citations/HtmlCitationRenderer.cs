using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// Writes a citation. What a citation looks like depends on the page (its numbering), so the render
/// phase sets <see cref="Write"/> per page; without it the citation is written as it was typed.
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationGroup>
{
    /// <summary>Writes the HTML of a citation on the current page.</summary>
    public Action<HtmlRenderer, CitationGroup>? WriteCitation { get; set; }

    /// <summary>
    /// Whether a citation is set against the word before it, without the space written before it: a superscript number
    /// with nothing before it ("works¹"), not a prefix ("debated see ¹"), names ("As Jones et al.¹") or parentheses.
    /// </summary>
    public Func<CitationGroup, bool>? SetsAgainstWord { get; set; }

    /// <summary>Whether <paramref name="inline"/> is a citation this renderer writes set against the word before it.</summary>
    internal bool WritesAgainstWord(HtmlRenderer renderer, Inline? inline) =>
        inline is CitationGroup group && renderer.EnableHtmlForInline && WriteCitation is not null && SetsAgainstWord is { } sets && sets(group);

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CitationGroup citation)
    {
        if (renderer.EnableHtmlForInline && WriteCitation is { } write)
        {
            write(renderer, citation);
            return;
        }

        renderer.WriteEscape(citation.Written);
    }
}
