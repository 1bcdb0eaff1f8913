using Site.Core.Rendering;

namespace Site.Core.PostProcessing;

/// <summary>
/// Phase 6: one linear pass per page, run by the render worker as soon as the page is rendered:
/// heading anchors, then the set of ids the page really contains, for the final anchor check; the page
/// is kept as the UTF-8 bytes it is written and served as.
/// </summary>
public sealed class PostProcessPhase
{
    /// <summary>Post-processes one page.</summary>
    public ProcessedPage Process(RenderedPage page)
    {
        var (content, ids) = HeadingAnchors.Apply(page.Html);
        return new ProcessedPage(page.Url, content, ids, page.Document);
    }
}
