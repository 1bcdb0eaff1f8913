using Site.Core.Rendering;

namespace Site.Core.PostProcessing;

/// <summary>
/// Phase 6: one linear pass per page, in parallel: heading anchors, then the set of ids the page
/// really contains, for the final anchor check.
/// </summary>
public sealed class PostProcessPhase
{
    /// <summary>Post-processes every page; the result keeps the input order.</summary>
    public RenderedSite Run(IReadOnlyList<RenderedPage> pages)
    {
        var processed = new ProcessedPage[pages.Count];
        Parallel.For(0, pages.Count, i => processed[i] = Process(pages[i]));
        return new RenderedSite(processed);
    }

    private static ProcessedPage Process(RenderedPage page)
    {
        var (html, ids) = HeadingAnchors.Apply(page.Html);
        return new ProcessedPage(page.Url, html.EndsWith('\n') ? html : html + "\n", ids, page.Document);
    }
}
