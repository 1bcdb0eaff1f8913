using Markdig;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.Headings;
using Site.Core.Parsing.RawHtml;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Parsing;

/// <summary>The one Markdig pipeline of the site, built once and shared: it is frozen and thread-safe.</summary>
public static class SiteMarkdown
{
    /// <summary>The pipeline: CommonMark plus tables, lists, containers, wiki links, citations, and escaped raw HTML; headings keep their positions after a tab.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .Use<TabbedHeadingExtension>()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .UseDefinitionLists()
        .UseAutoLinks()
        .UseCustomContainers()
        .UseWikiLinks()
        .UsePandocCitations()
        .Use<EscapedHtmlExtension>()
        .Build();
}
