using Site.Core.Content;
using Site.Core.Diagnostics;

namespace Site.Core.Loading;

/// <summary>What the load phase found: the settings, the markdown files in ordinal path order, and the assets.</summary>
/// <param name="Config">The settings of site.yml, or the defaults.</param>
/// <param name="ConfigFile">site.yml as loaded, or null when there is none.</param>
/// <param name="Files">The markdown files.</param>
/// <param name="Assets">The files under input/assets.</param>
/// <param name="Changed">Paths (relative to input/) loaded anew, added or removed since the previous load; null when everything is new.</param>
public sealed record LoadResult(
    SiteConfig Config,
    LoadedFile? ConfigFile,
    IReadOnlyList<LoadedFile> Files,
    IReadOnlyList<AssetFile> Assets,
    IReadOnlySet<string>? Changed)
{
    /// <summary>The documents that could be read, in ordinal path order.</summary>
    public IReadOnlyList<SourceDocument> Documents => [.. Files.Select(f => f.Document).OfType<SourceDocument>()];

    /// <summary>The entries of the input folder refused before anything was read: links out of it, pipes, misnamed pages.</summary>
    public IReadOnlyList<Diagnostic> EntryDiagnostics { get; init; } = [];

    /// <summary>The retraction data as read, with its problems; null only in a result made by hand.</summary>
    internal RetractionDataFile? RetractionFile { get; init; }

    /// <summary>The real path of the site's own theme folder (<see cref="Loading.ThemeFolder"/>), or null when it has none that can be used.</summary>
    public string? ThemeFolder { get; init; }

    /// <summary>The rows of the retraction data that concern the site's references (none when there is no data).</summary>
    public Retractions.RetractionData Retractions => RetractionFile?.Data ?? Site.Core.Retractions.RetractionData.Empty;

    /// <summary>Every problem found while loading.</summary>
    public IEnumerable<Diagnostic> Diagnostics =>
        EntryDiagnostics.Concat(ConfigFile?.Diagnostics ?? []).Concat(Files.SelectMany(f => f.Diagnostics)).Concat(RetractionFile?.Diagnostics ?? []);

    /// <summary>True when everything was loaded anew, or site.yml changed: every page must be rendered again.</summary>
    public bool ChangesEverything => Changed is null || Changed.Contains(LoadPhase.ConfigFileName);
}
