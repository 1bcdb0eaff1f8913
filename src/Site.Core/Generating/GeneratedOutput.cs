using Site.Core.Rendering;
using Site.Core.Rendering.Models;

namespace Site.Core.Generating;

/// <summary>
/// A page or file the generator makes without a source document of its own: its URL, what it is, when it exists,
/// where it is listed, and the code that produces it.
/// </summary>
/// <param name="Url">Its site URL ("/substances/", "/claims.json").</param>
/// <param name="Kind">A page, a file or a folder.</param>
public sealed record GeneratedOutput(string Url, GeneratedOutputKind Kind)
{
    /// <summary>
    /// The page's name in the strings files: its title (also its label in the navigation and in breadcrumbs) is
    /// <c>&lt;key&gt;_title</c>, a list page's description <c>&lt;key&gt;_description</c>; null for files.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>The page's title in English; null for files.</summary>
    public string? Title => TitleIn(Languages.SiteStrings.English);

    /// <summary>The page's title in the words of <paramref name="strings"/>; null for files.</summary>
    public string? TitleIn(Languages.SiteStrings strings) => Key is null ? null : strings[Key + "_title"];

    /// <summary>What a build must be given for it to exist.</summary>
    public GeneratedOutputNeeds Needs { get; init; }

    /// <summary>Whether a document may take the URL instead (the home page, from index.md); if not, the URL is reserved.</summary>
    public bool DocumentMayTakeIt { get; init; }

    /// <summary>Whether the sitemap lists the page.</summary>
    public bool InSitemap { get; init; }

    /// <summary>Whether the site's navigation, on every page, links to the page.</summary>
    public bool InNavigation { get; init; }

    /// <summary>
    /// Whether the page not found links to the page: with its title (the home page's <c>home_page_link</c>), followed by
    /// its <c>&lt;key&gt;_summary</c> when the strings have one.
    /// </summary>
    public bool OnNotFoundPage { get; init; }

    /// <summary>The media type a server sends the file with; null for pages and folders.</summary>
    public string? ContentType { get; init; }

    /// <summary>Whether the file is made only when first read, so that preview, which rebuilds on every edit, makes it only when asked for it.</summary>
    public bool MadeOnDemand { get; init; }

    /// <summary>Whether the file depends on the references (and their retractions) alone, so that a rebuild that left them unchanged keeps it.</summary>
    public bool FromReferencesOnly { get; init; }

    /// <summary>The builder of the page's model; null for files and folders.</summary>
    public Func<PageModelFactory, PagePlan, PageModel>? Page { get; init; }

    /// <summary>The writer of the file's bytes into a stream (the file itself in a build); null for pages and folders.</summary>
    public Action<ExportContext, Stream>? File { get; init; }

    /// <summary>Whether a build with (or without) a <c>baseUrl</c> and a previous edition makes it.</summary>
    public bool Exists(bool hasBaseUrl, bool hasPreviousEdition) =>
        (!Needs.HasFlag(GeneratedOutputNeeds.BaseUrl) || hasBaseUrl) && (!Needs.HasFlag(GeneratedOutputNeeds.PreviousEdition) || hasPreviousEdition);
}
