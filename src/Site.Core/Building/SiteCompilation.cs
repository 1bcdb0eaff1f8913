using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Exporting;
using Site.Core.Linking;
using Site.Core.PostProcessing;
using Site.Core.Rendering;

namespace Site.Core.Building;

/// <summary>The site compiled in memory: graph, finished pages and every diagnostic, before anything is written.</summary>
/// <param name="Config">The settings.</param>
/// <param name="Graph">The site graph.</param>
/// <param name="Site">Every finished page: with its bytes when the compiler kept them (preview), its URL, ids and document when they went to its <see cref="SiteCompiler.Output"/> (a build, a check).</param>
/// <param name="Exports">The generated files that are not pages (references.json, references.bib, sitemap.xml, robots.txt...).</param>
/// <param name="Assets">The theme's files under the names the pages link to.</param>
/// <param name="Diagnostics">Every problem, with default severities, in a stable order.</param>
/// <param name="RenderedUrls">The pages rendered by this compilation (all of them the first time).</param>
/// <param name="Timings">The named steps and how long each took.</param>
public sealed record SiteCompilation(
    SiteConfig Config,
    SiteGraph Graph,
    RenderedSite Site,
    IReadOnlyList<ExportedFile> Exports,
    PublishedAssets Assets,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> RenderedUrls,
    IReadOnlyList<StepTiming> Timings)
{
    /// <summary>The generated folders of files made on first read (the search index), from this compilation's graph.</summary>
    public IReadOnlyList<ExportedFileSet> FileSets { get; init; } = [];
}
