using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace Site.Core.Parsing.Footnotes;

/// <summary>
/// Adds footnotes, <c>[^1]</c> and <c>[^note]: text</c>, with Markdig's own parser (notes in the order they are first
/// referenced, a back-link for each reference), written as a labelled section whose ids cannot meet any other id of a
/// page (<see cref="FootnoteIds"/>).
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
