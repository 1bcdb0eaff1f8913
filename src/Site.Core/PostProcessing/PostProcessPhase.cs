using Site.Core.Rendering;

namespace Site.Core.PostProcessing;

/// <summary>
/// Phase 6: one linear pass per page: heading anchors, then the set of ids the page really contains,
/// for the final anchor check; the page is kept as the UTF-8 bytes it is written and served as.
/// </summary>
public sealed class PostProcessPhase
{
    /// <summary>Post-processes every page, in parallel; the result keeps the input order.</summary>
    public RenderedSite Run(IReadOnlyList<RenderedPage> pages)
    {
        var processed = new ProcessedPage[pages.Count];
        Parallel.For(0, pages.Count, i => processed[i] = Process(pages[i]));
        return new RenderedSite(processed);
    }

    /// <summary>Post-processes one page.</summary>
    public ProcessedPage Process(RenderedPage page)
    {
        var (content, ids) = HeadingAnchors.Apply(page.Html);
        return new ProcessedPage(page.Url, content, ids, page.Document);
    }
}
