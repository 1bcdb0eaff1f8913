using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.RawHtml;

/// <summary>What counts as raw HTML: any HTML block or inline tag except comments, which editors use for notes.</summary>
public static class RawHtmlNodes
{
    /// <summary>True for an inline <c>&lt;!-- ... --&gt;</c>.</summary>
    public static bool IsComment(HtmlInline inline) => inline.Tag.StartsWith("<!--", StringComparison.Ordinal);

    /// <summary>True when the node is raw HTML that will be shown as text.</summary>
    public static bool IsRawHtml(MarkdownObject node) => node switch
    {
        HtmlBlock block => block.Type != HtmlBlockType.Comment,
        HtmlInline inline => !IsComment(inline),
        _ => false,
    };
}
