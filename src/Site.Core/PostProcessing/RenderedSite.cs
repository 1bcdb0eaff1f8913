namespace Site.Core.PostProcessing;

/// <summary>All finished pages, in plan order, and a lookup of each page's anchors by URL.</summary>
public sealed class RenderedSite
{
    private readonly Dictionary<string, ProcessedPage> _byUrl;

    /// <summary>Creates the site from its pages.</summary>
    public RenderedSite(IReadOnlyList<ProcessedPage> pages)
    {
        Pages = pages;
        _byUrl = new Dictionary<string, ProcessedPage>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            _byUrl.TryAdd(page.Url, page);
        }
    }

    /// <summary>The pages, in plan order.</summary>
    public IReadOnlyList<ProcessedPage> Pages { get; }

    /// <summary>The ids in the page at a site URL, or null when no page is there (an asset, say).</summary>
    public IReadOnlySet<string>? IdsOf(string url) => _byUrl.TryGetValue(url, out var page) ? page.Ids : null;

    /// <summary>The page at a site URL, or null.</summary>
    public ProcessedPage? PageAt(string url) => _byUrl.GetValueOrDefault(url);
}
