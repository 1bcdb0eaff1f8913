using Site.Core.Exporting;
using Site.Core.Kinds;
using Site.Core.Linking;

namespace Site.Core.Generating;

/// <summary>
/// Every page and file the generator makes without a source document, in the order the build makes them. The
/// reserved URLs, the generated pages the build plans, the exports, the sitemap's entries, the navigation and the
/// page not found's links all derive from this list: to add a generated page or export, add its record here.
/// </summary>
public static class GeneratedOutputs
{
    private const string Json = "application/json; charset=utf-8";

    /// <summary>The records, pages first (in the order the site lists them), then folders, then files.</summary>
    public static IReadOnlyList<GeneratedOutput> All { get; } =
    [
        new(SitePaths.Home, GeneratedOutputKind.Page)
        {
            Key = "home", DocumentMayTakeIt = true, InSitemap = true, OnNotFoundPage = true,
            Page = (factory, plan) => factory.HomePage(plan),
        },
        // Each kind's list page (the bibliography for references), in the registry's order.
        .. DocumentKinds.All.Select(k => k.ListPage).OfType<GeneratedOutput>(),
        new(SitePaths.Evidence, GeneratedOutputKind.Page)
        {
            Key = "evidence_map", InSitemap = true, InNavigation = true, OnNotFoundPage = true,
            Page = (factory, plan) => factory.EvidenceMapPage(plan),
        },

        // Served for missing addresses, never as a page of its own: not in the sitemap.
        new(SitePaths.NotFound, GeneratedOutputKind.Page)
        {
            Key = "not_found",
            Page = (factory, plan) => factory.NotFoundPage(plan),
        },
        new(SitePaths.Changes, GeneratedOutputKind.Page)
        {
            Key = "changes", Needs = GeneratedOutputNeeds.PreviousEdition, InSitemap = true,
            Page = (factory, plan) => factory.ChangesPage(plan),
        },

        // Copied, not produced: the theme's files by the theme, the input's by the load phase.
        new(SitePaths.ThemeAssets, GeneratedOutputKind.Folder),
        new(SitePaths.Assets, GeneratedOutputKind.Folder),

        new(SitePaths.CslJson, GeneratedOutputKind.File) { ContentType = Json, FromReferencesOnly = true, File = ExportPhase.CslJson },
        new(SitePaths.BibTex, GeneratedOutputKind.File) { ContentType = "application/x-bibtex; charset=utf-8", FromReferencesOnly = true, File = ExportPhase.BibTex },
        new(SitePaths.ClaimsJson, GeneratedOutputKind.File) { ContentType = Json, MadeOnDemand = true, File = ExportPhase.ClaimsJson },
        new(SitePaths.RobotsTxt, GeneratedOutputKind.File) { ContentType = "text/plain; charset=utf-8", File = ExportPhase.RobotsTxt },
        new(SitePaths.Sitemap, GeneratedOutputKind.File)
        {
            ContentType = "application/xml; charset=utf-8", Needs = GeneratedOutputNeeds.BaseUrl, MadeOnDemand = true, File = ExportPhase.Sitemap,
        },
        new(SitePaths.ChangesFeed, GeneratedOutputKind.File)
        {
            ContentType = "application/atom+xml; charset=utf-8", Needs = GeneratedOutputNeeds.BaseUrl | GeneratedOutputNeeds.PreviousEdition,
            MadeOnDemand = true, File = ExportPhase.ChangesFeed,
        },
    ];

    private static readonly Dictionary<string, GeneratedOutput> ByUrl = All.ToDictionary(o => o.Url, StringComparer.Ordinal);

    /// <summary>The generated pages.</summary>
    public static IReadOnlyList<GeneratedOutput> Pages { get; } = [.. All.Where(o => o.Kind == GeneratedOutputKind.Page)];

    /// <summary>The generated files.</summary>
    public static IReadOnlyList<GeneratedOutput> Files { get; } = [.. All.Where(o => o.Kind == GeneratedOutputKind.File)];

    /// <summary>The record at a site URL, or null.</summary>
    public static GeneratedOutput? Find(string url) => ByUrl.GetValueOrDefault(url);

    /// <summary>The title of the generated page at <paramref name="url"/>, in the words of <paramref name="strings"/>.</summary>
    public static string TitleOf(string url, Languages.SiteStrings strings) =>
        Find(url)?.TitleIn(strings) ?? throw new ArgumentException($"No generated page at '{url}'.", nameof(url));
}
