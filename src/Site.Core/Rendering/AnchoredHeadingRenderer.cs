using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Core.Rendering;

/// <summary>
/// Markdig's heading renderer, with each heading's id as <see cref="BodyHeadings"/> decided it for this page, so that the
/// page's contents and its headings agree. The tree is shared between builds and threads, so the ids are not set on it.
/// Without ids, a heading is written as Markdig writes it, and post-processing gives it its id.
/// </summary>
internal sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private static readonly IReadOnlyDictionary<HeadingBlock, string> None = new Dictionary<HeadingBlock, string>();

    /// <summary>The id of each heading of the body being written; none by default.</summary>
    public IReadOnlyDictionary<HeadingBlock, string>? Anchors { get; set; }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write('<').Write(tag);
            if ((Anchors ?? None).TryGetValue(heading, out var id))
            {
                renderer.Write(" id=\"").WriteEscape(id).Write('"');
            }

            renderer.WriteAttributes(heading).Write('>');
        }

        renderer.WriteLeafInline(heading);
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("</").Write(tag).WriteLine('>');
        }

        renderer.EnsureLine();
    }
}
