using Markdig;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.Footnotes;
using Site.Core.Parsing.Headings;
using Site.Core.Parsing.LinearScanning;
using Site.Core.Parsing.PinnedAnchors;
using Site.Core.Parsing.RawHtml;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Parsing;

/// <summary>The one Markdig pipeline of the site, built once and shared: it is frozen and thread-safe.</summary>
public static class SiteMarkdown
{
    /// <summary>
    /// How much walking through open emphasis delimiters and brackets a paragraph may cost, per character of it. Markdig
    /// walks through every one still open ('*', '_', '~', '^', '+', '=' runs stay open to the paragraph's end, '[' until
    /// it closes) for every inline it adds, so a paragraph's cost is about the number of delimiters times its inlines,
    /// and one that leaves thousands open over a megabyte of short lines takes minutes. Past this many steps per
    /// character it is reported as too deeply nested: a megabyte of prose on one line with a thousand emphasised words
    /// stays far below, as do ordinary paragraphs; links, which close, hardly count.
    /// </summary>
    public const int OpenDelimiterSteps = 128;

    /// <summary>The length a short paragraph counts as, so that a few emphasised words close together are never too many.</summary>
    public const int OpenDelimiterMinimumLength = 1024;

    /// <summary>The pipeline: CommonMark plus tables, lists, containers, footnotes, wiki links, citations, claim pins, and escaped raw HTML; headings keep their positions after a tab; inline parsers that stay linear on hostile input.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .Use<TabbedHeadingExtension>()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .UseDefinitionLists()
        .UseAutoLinks()
        .UseCustomContainers()
        .UseFootnoteSection()
        .UseWikiLinks()
        .UsePandocCitations()
        .UsePinnedAnchors()
        .Use<EscapedHtmlExtension>()
        // Last: it replaces parsers that the extensions above place theirs before, found by their exact type.
        .UseLinearScanning()
        .Build();
}
