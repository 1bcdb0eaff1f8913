using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Site.Core.Parsing.Citations;

/// <summary>Adds Pandoc citations, <c>[@key]</c>.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the standard link parser, which would otherwise take "[@a]" as bracketed text.
        if (!pipeline.InlineParsers.Contains<CitationParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
        {
            var citations = new HtmlCitationRenderer();
            html.ObjectRenderers.Add(citations);
            html.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new HtmlCitedTextRenderer(citations));
            html.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new HtmlCitedLineBreakRenderer(citations));
        }
    }
}
