using Site.Core.Diagnostics;
using Site.Core.Kinds;

namespace Site.Core.Content;

/// <summary>The settings of <c>input/site.yml</c>, with defaults for what it leaves out.</summary>
/// <param name="Title">The site's name, shown in every page header.</param>
/// <param name="Description">One sentence for the home page and meta descriptions.</param>
/// <param name="BaseUrl">The absolute URL the site is published at (for canonical links and the sitemap only).</param>
/// <param name="Language">The BCP 47 language tag of the content.</param>
/// <param name="Claims">The claim policy per kind.</param>
/// <param name="ReviewMaxAgeMonths">After how many months a <c>reviewed</c> date is stale.</param>
/// <param name="Severity">Per-code severity overrides.</param>
public sealed record SiteConfig(
    string Title,
    string? Description,
    string? BaseUrl,
    string Language,
    IReadOnlyDictionary<DocumentKind, ClaimPolicy> Claims,
    int ReviewMaxAgeMonths,
    IReadOnlyDictionary<string, DiagnosticSeverity> Severity)
{
    /// <summary>site.yml's <c>retractions</c>: the Retraction Watch CSV file, inside the input folder; null when not set.</summary>
    public PathSetting? Retractions { get; init; }

    /// <summary>
    /// site.yml's <c>theme</c>: the site's own theme folder, inside the input folder, whose templates and assets win over
    /// the default theme's of the same relative path; null when not set.
    /// </summary>
    public PathSetting? Theme { get; init; }

    /// <summary>
    /// After how many years a claim whose every reference is older is <c>dated-evidence</c> (site.yml's
    /// <c>evidenceMaxAgeYears</c>); null, the default, checks nothing.
    /// </summary>
    public int? EvidenceMaxAgeYears { get; init; }

    /// <summary>The name of the citation style (site.yml's <c>citationStyle</c>), one of <see cref="Styles.CitationStyles.Names"/>; "vancouver" by default.</summary>
    public string CitationStyle { get; init; } = Styles.CitationStyles.Default.Name;

    /// <summary>
    /// The words readers see: the strings file of <see cref="Language"/>'s base language (English when the theme ships none),
    /// with site.yml's <c>strings</c> laid over it.
    /// </summary>
    public Languages.SiteStrings Strings { get; init; } = Languages.SiteStrings.English;

    /// <summary>The settings used when site.yml is absent.</summary>
    public static SiteConfig Default { get; } = new(
        "Evidence",
        null,
        null,
        "en",
        DefaultClaims,
        24,
        new Dictionary<string, DiagnosticSeverity>());

    /// <summary>Each kind's own default (<see cref="DocumentKind.DefaultClaims"/>): every paragraph a claim on substances, none on pages.</summary>
    public static IReadOnlyDictionary<DocumentKind, ClaimPolicy> DefaultClaims => DocumentKinds.DefaultClaims;
}
