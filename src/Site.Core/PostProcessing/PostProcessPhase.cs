using Site.Core.Rendering;

namespace Site.Core.PostProcessing;

/// <summary>
/// Phase 6: one linear pass per page, run by the render worker as soon as the page is rendered:
/// heading anchors, then the set of ids the page really contains, for the final anchor check. The page's
/// UTF-8 bytes, what is written and served, are kept (preview serves them from memory) or handed to
/// <paramref name="output"/> at once and let go, so that a build's pages never all exist in memory at once.
/// </summary>
/// <param name="output">Where each finished page goes; null to keep its bytes in the <see cref="ProcessedPage"/>.</param>
public sealed class PostProcessPhase(IPageOutput? output = null)
{
    /// <summary>Post-processes one page.</summary>
    public ProcessedPage Process(RenderedPage page)
    {
        if (output is null)
        {
            var (content, kept) = HeadingAnchors.Apply(page.Html.Span);
            return new ProcessedPage(page.Url, content, kept, page.Document);
        }

        var ids = HeadingAnchors.Apply(page.Html.Span, utf8 => output.Write(page.Url, utf8));
        return new ProcessedPage(page.Url, null, ids, page.Document);
    }
}
