using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Core.Parsing.RawHtml;

/// <summary>Shows a raw HTML block as text instead of passing it through; comments are dropped.</summary>
public sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (block.Type == HtmlBlockType.Comment)
        {
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<p class=\"raw-html\">");
        renderer.WriteLeafRawLines(block, true, true, true);
        renderer.Write("</p>");
        renderer.EnsureLine();
    }
}
