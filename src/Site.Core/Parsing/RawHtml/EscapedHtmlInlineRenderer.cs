using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.RawHtml;

/// <summary>Shows a raw inline HTML tag as text instead of passing it through; comments are dropped.</summary>
public sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (!RawHtmlNodes.IsComment(inline))
        {
            renderer.WriteEscape(inline.Tag);
        }
    }
}
