using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Site.Core.Parsing.Footnotes;

/// <summary>
/// Adds footnotes, <c>[^1]</c> and <c>[^note]: text</c>, with Markdig's own parser (notes in the order they are first
/// referenced, a back-link for each reference), written as a labelled section whose ids cannot meet any other id of a
/// page: Markdig's <c>fn:1</c> and <c>fnref:1</c> have a colon, which no heading slug, claim anchor, <c>cite-N</c> or
/// <c>ref-KEY</c> has.
/// </summary>
public sealed class FootnoteSectionExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First, as Markdig places it: a "[^note]:" line opens a note before the paragraph parser could take it as text.
        // References need no parser of their own: a definition is a link reference, found by the link parser.
        if (!pipeline.BlockParsers.Contains<FootnoteParser>())
        {
            pipeline.BlockParsers.Insert(0, new FootnoteParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlFootnoteSectionRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlFootnoteSectionRenderer());
            html.ObjectRenderers.Add(new HtmlFootnoteMarkRenderer());
        }
    }
}
