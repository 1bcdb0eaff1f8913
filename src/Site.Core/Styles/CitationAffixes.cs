using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Core.Styles;

/// <summary>
/// Writes a citation's prefix and locator as pandoc reads them, as inline markdown: <c>*see*</c> in italics, <c>p. **32**</c>
/// in bold, escapes resolved, raw HTML as text. Only inline syntax is read: a locator "1." or "- 3" is no list.
/// </summary>
internal static class CitationAffixes
{
    // Paragraphs only, so that nothing in a prefix or locator starts a block; raw HTML is text, as on every page.
    private static readonly MarkdownPipeline InlineOnly = CreatePipeline();

    /// <summary>Writes a prefix, then the space before what it introduces (none after an opening bracket or quote: "(Jones").</summary>
    public static void WritePrefix(HtmlRenderer renderer, string prefix)
    {
        Write(renderer, prefix);
        if (prefix[^1] is not ('(' or '[' or '“' or '‘' or '"' or '\''))
        {
            renderer.Write(' ');
        }
    }

    /// <summary>Whether a locator is only closing punctuation (the ")" of <c>[(@a)]</c>): written as it is, not as a locator.</summary>
    public static bool IsClosing(string locator) => locator.All(c => c is ')' or ']' or '”' or '’' or '"' or '\'' or '.' or ',');

    /// <summary>Writes inline markdown, HTML-encoded where it is text.</summary>
    public static void Write(HtmlRenderer renderer, string markdown)
    {
        if (markdown.AsSpan().IndexOfAny("*_~^`\\&<[!=+") < 0)
        {
            renderer.WriteEscape(markdown);
            return;
        }

        if (Markdown.Parse(markdown, InlineOnly).FirstOrDefault() is ParagraphBlock { Inline: { } inline })
        {
            renderer.WriteChildren(inline);
        }
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseEmphasisExtras().DisableHtml();
        builder.BlockParsers.Clear();
        builder.BlockParsers.Add(new ParagraphBlockParser());
        return builder.Build();
    }
}
