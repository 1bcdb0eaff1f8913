using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Core.Parsing.PinnedAnchors;

/// <summary>Writes a pin that no claim took as the text it was before pins existed.</summary>
internal sealed class HtmlPinnedAnchorRenderer : HtmlObjectRenderer<PinnedAnchor>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, PinnedAnchor obj)
    {
        if (renderer.EnableHtmlEscape)
        {
            renderer.WriteEscape(obj.Text);
        }
        else
        {
            renderer.Write(obj.Text);
        }
    }
}
