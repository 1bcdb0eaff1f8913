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

    /// <summary>Whether <paramref name="inline"/> is a citation this renderer writes as a number, not as its text.</summary>
    internal bool WritesAsNumber(HtmlRenderer renderer, Inline? inline) =>
        inline is CitationGroup && renderer.EnableHtmlForInline && WriteCitation is not null;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CitationGroup citation)
    {
        if (WritesAsNumber(renderer, citation) && WriteCitation is { } write)
        {
            write(renderer, citation);
            return;
        }

        renderer.WriteEscape(citation.Written);
    }
}
