using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Site.Core.Rendering;

/// <summary>
/// Markdig's renderer of links and images, noting which of the two it is writing: the link rewriter
/// sees only a URL, and <see cref="ContentUrlPolicy"/> allows an image what it refuses a link.
/// </summary>
internal sealed class ContentLinkRenderer : LinkInlineRenderer
{
    /// <summary>True while an image's <c>src</c> is being written.</summary>
    public bool WritingImage { get; private set; }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var outer = WritingImage;
        WritingImage = link.IsImage;
        try
        {
            base.Write(renderer, link);
        }
        finally
        {
            WritingImage = outer;
        }
    }
}
