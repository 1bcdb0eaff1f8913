using Site.Core.Languages;
using Site.Core.Linking;

namespace Site.Core.Rendering.Models;

/// <summary>What every page knows about the site.</summary>
/// <param name="Title">The site's name.</param>
/// <param name="Description">One sentence about the site, or null.</param>
/// <param name="Language">The BCP 47 language tag of the content ("en", "en-GB").</param>
public sealed record SiteModel(string Title, string? Description, string Language)
{
    /// <summary>Where the site is published, or null when site.yml has no <c>baseUrl</c>: then pages carry no absolute URL.</summary>
    public SiteAddress? Address { get; init; }

    /// <summary>The theme's files under their published names.</summary>
    public required PublishedAssets Assets { get; init; }

    /// <summary>Whether the site has /changes/, what changed since the previous edition: only a build given one does.</summary>
    public bool HasChanges { get; init; }

    /// <summary>Whether the site has the Atom feed of changes, /changes.xml: a build given the previous edition, of a site with a <c>baseUrl</c>.</summary>
    public bool HasChangesFeed { get; init; }

    /// <summary>The pages the site's navigation links to on every page, in order.</summary>
    public IReadOnlyList<PageLink> Navigation { get; init; } = [];

    /// <summary>Whether a page's reference list is numbered (Vancouver), or sorted by author without numbers (APA).</summary>
    public bool NumberedReferences { get; init; } = true;

    /// <summary>The home page's site URL.</summary>
    public string HomeUrl => SitePaths.Home;

    /// <summary>The bibliography's site URL, whose sections are the evidence levels by name ("/references/#rct").</summary>
    public string ReferencesUrl => SitePaths.References;

    /// <summary>The site URL of what changed in this edition (only there when <see cref="HasChanges"/>).</summary>
    public string ChangesUrl => SitePaths.Changes;

    /// <summary>The site URL of the Atom feed of changes (only there when <see cref="HasChangesFeed"/>).</summary>
    public string ChangesFeedUrl => SitePaths.ChangesFeed;

    /// <summary>The site URL of the search index's folder, which the search box reads its manifest and shards from.</summary>
    public string SearchUrl => SitePaths.Search;

    /// <summary>The kinds of search result, by name, in the order the search box offers them as a filter ("substance", …, "reference", "page", "claim").</summary>
    public IReadOnlyList<string> SearchKinds => Search.SearchRecordKind.All;

    /// <summary>The evidence levels the search box can filter claims and references by, strongest first.</summary>
    public IReadOnlyList<SearchFilter> SearchLevels { get; init; } = SearchFilter.LevelsIn(SiteStrings.English);

    /// <summary>
    /// The words of the site's language (<see cref="SiteStrings"/>): what the theme's C# writes and its filters
    /// (<c>reader_date</c>, <c>count</c>) read; templates read its labels as <see cref="Strings"/>.
    /// </summary>
    public SiteStrings Wording { get; init; } = SiteStrings.English;

    /// <summary>
    /// Every label readers see, by key, in the site's language (theme/strings/LANGUAGE.yml with site.yml's
    /// <c>strings</c> over it): <c>page.site.strings.cited_by</c>. A label's <c>{name}</c> places are filled by the <c>fill</c> filter.
    /// </summary>
    public IReadOnlyDictionary<string, string> Strings => Wording.Labels;

    /// <summary>The language as Open Graph writes a locale: "de_DE" for "de", "de_AT" for "de-AT", "en_GB" for "en".</summary>
    public string Locale => Wording.LocaleOf(Language);
}
