using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Site.Core.Parsing.WikiLinks;

/// <summary>Adds <c>[[id]]</c> links between documents.</summary>
public sealed class WikiLinkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the standard link parser, which would otherwise take "[[x]]" as a bracketed "[x]".
        if (!pipeline.InlineParsers.Contains<WikiLinkParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new WikiLinkParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlWikiLinkRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlWikiLinkRenderer());
        }
    }
}
