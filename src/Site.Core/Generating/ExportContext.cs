using Site.Core.Editions;
using Site.Core.Exporting;
using Site.Core.Linking;
using Site.Core.PostProcessing;

namespace Site.Core.Generating;

/// <summary>What an export writer reads: the site, its rendered pages and, in a build given the previous edition, what changed.</summary>
/// <param name="Graph">The site.</param>
/// <param name="Site">The rendered pages, which the sitemap lists.</param>
/// <param name="Edition">What changed since the previous edition and when this one was made; null without one.</param>
public sealed record ExportContext(SiteGraph Graph, RenderedSite Site, (EditionChanges Changes, DateTimeOffset Updated)? Edition)
{
    /// <summary>The compilation's lines of claims.json, reused where they read the same as before; null to write them all.</summary>
    public ClaimsJsonFragments? ClaimsJson { get; init; }
}
