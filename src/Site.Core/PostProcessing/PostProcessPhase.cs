using AngleSharp.Html.Parser;
using Site.Core.Rendering;

namespace Site.Core.PostProcessing;

/// <summary>
/// Phase 6: one AngleSharp pass per page, in parallel: heading anchors, then the set of ids the
/// page really contains, for the final anchor check.
/// </summary>
public sealed class PostProcessPhase
{
    /// <summary>Post-processes every page; the result keeps the input order.</summary>
    public RenderedSite Run(IReadOnlyList<RenderedPage> pages)
    {
        var processed = new ProcessedPage[pages.Count];
        Parallel.For(0, pages.Count, () => new HtmlParser(), (i, _, parser) =>
        {
            processed[i] = Process(parser, pages[i]);
            return parser;
        }, _ => { });
        return new RenderedSite(processed);
    }

    private static ProcessedPage Process(HtmlParser parser, RenderedPage page)
    {
        using var document = parser.ParseDocument(page.Html);
        HeadingAnchors.Apply(document);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var html = HtmlSerializer.Serialize(document) + "\n";
        return new ProcessedPage(page.Url, html, ids, page.Document);
    }
}
