using Markdig;

namespace Site.Core.Parsing.WikiLinks;

/// <summary>Registers the wiki link extension.</summary>
public static class WikiLinkPipelineExtensions
{
    /// <summary>Adds <c>[[id]]</c>, <c>[[id|text]]</c> and <c>[[id#anchor]]</c> links.</summary>
    public static MarkdownPipelineBuilder UseWikiLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<WikiLinkExtension>();
        return pipeline;
    }
}
