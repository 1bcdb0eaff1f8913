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

    /// <summary>
    /// The name of the theme's template the page renders with: its kind's (<see cref="Kinds.DocumentKind.Template"/>) for
    /// a document's page; by default the model's name without "Model" ("HomePage").
    /// </summary>
    public string Template
    {
        get => field ??= GetType().Name[..^"Model".Length];
        init;
    }

    /// <summary>One sentence describing the page, for meta tags and lists.</summary>
    public string? Description { get; init; }

    /// <summary>What search results and link previews show under the title: the page's description, else the site's.</summary>
    public string? MetaDescription => Description ?? Site.Description;

    /// <summary>The references the page cites, in the citation style's order (Vancouver: by first citation, numbered; APA: by author); empty for most generated pages.</summary>
    public IReadOnlyList<CitedReference> References { get; init; } = [];

    /// <summary>The way from the home page down to this page, this page last; empty on the home page.</summary>
    public IReadOnlyList<PageLink> Breadcrumbs { get; init; } = [];

    /// <summary>Whether search engines may index the page.</summary>
    public virtual bool Indexed => true;

    /// <summary>The page's absolute URL, for canonical links and sharing; null when the site has no <c>baseUrl</c> or the page is not indexed.</summary>
    public string? CanonicalUrl => Indexed ? Site.Address?.Absolute(Url) : null;

    /// <summary>Whether this is the home page.</summary>
    public bool IsHome => Url == SitePaths.Home;

    /// <summary>
    /// The page's schema.org JSON-LD document for search engines (<see cref="Rendering.StructuredData"/>), or null when the page
    /// is not indexed. Safe to write as it is inside a <c>script type="application/ld+json"</c> element: no text in it can end the element.
    /// </summary>
    public string? StructuredData => field ??= Rendering.StructuredData.Of(this);

    /// <summary>The link from this page to a site URL: relative, so the site works at any base path.</summary>
    public virtual string Href(string siteUrl) => SitePaths.Relative(Url, siteUrl);
}
