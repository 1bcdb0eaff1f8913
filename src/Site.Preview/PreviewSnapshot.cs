using Site.Core.Diagnostics;

namespace Site.Preview;

/// <summary>
/// The site as the preview serves it after one build: immutable, swapped in whole, so a request
/// always sees one consistent version.
/// </summary>
/// <param name="Version">Increases with every build.</param>
/// <param name="Files">What is served, by URL path ("/", "/substances/ketamine/", "/theme/site.css").</param>
/// <param name="Diagnostics">The problems of this build, with the site's severity overrides applied.</param>
/// <param name="Failure">A message when the build itself failed (an unreadable folder, a bug), else null.</param>
internal sealed record PreviewSnapshot(long Version, IReadOnlyDictionary<string, ServedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, string? Failure)
{
    /// <summary>The path the published site lives under (from site.yml's baseUrl), "/" when it has none; the preview serves the site at "/".</summary>
    public string SitePath { get; init; } = "/";

    /// <summary>The generated folders whose files are made when first asked for (the search index), from this build.</summary>
    public IReadOnlyList<Site.Core.Exporting.ExportedFileSet> FileSets { get; init; } = [];

    /// <summary>The file at <paramref name="path"/>: a page, an asset, an export, or a file of a file set (made on first ask); or null.</summary>
    public ServedFile? Find(string path)
    {
        if (Files.TryGetValue(path, out var file))
        {
            return file;
        }

        foreach (var set in FileSets)
        {
            if (set.Find(path) is { } export)
            {
                return new ServedFile(export.ContentType, Export: export);
            }
        }

        return null;
    }

    /// <summary>True when the overlay should show.</summary>
    public bool HasProblems => Failure is not null || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
