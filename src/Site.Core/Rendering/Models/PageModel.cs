using Site.Core.Linking;

namespace Site.Core.Rendering.Models;

/// <summary>
/// What a theme needs to render one page. Every URL in a model is a site URL ("/substances/ketamine/");
/// <see cref="Href"/> turns it into the relative link the page must contain.
/// </summary>
public abstract record PageModel
{
    /// <summary>The site.</summary>
    public required SiteModel Site { get; init; }

    /// <summary>This page's site URL.</summary>
    public required string Url { get; init; }

    /// <summary>The page title (without the site name).</summary>
    public required string Title { get; init; }

    /// <summary>One sentence describing the page, for meta tags and lists.</summary>
    public string? Description { get; init; }

    /// <summary>The references the page cites, numbered in order of first citation; empty for most generated pages.</summary>
    public IReadOnlyList<CitedReference> References { get; init; } = [];

    /// <summary>The link from this page to a site URL: relative, so the site works at any base path.</summary>
    public virtual string Href(string siteUrl) => SitePaths.Relative(Url, siteUrl);
}
