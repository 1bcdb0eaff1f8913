using Microsoft.AspNetCore.StaticFiles;
using Site.Core.Building;
using Site.Core.Diagnostics;
using Site.Core.Rendering;

namespace Site.Preview;

/// <summary>Compiles the site incrementally and turns each compilation into a snapshot to serve.</summary>
internal sealed class PreviewSiteBuilder(ISiteTheme theme, PreviewOptions options)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private SiteCompiler _compiler = new(theme, options.InputDirectory, options.WorkingDirectory, retractions: options.Retractions, themeFolder: options.ThemeFolder);

    /// <summary>How the last build went, for the terminal.</summary>
    public SiteCompilation? Last { get; private set; }

    /// <summary>Builds the site.</summary>
    /// <param name="version">The version the snapshot will carry.</param>
    /// <param name="changed">Paths under input/ to read again whatever their stamp says.</param>
    /// <param name="everything">Render every page again.</param>
    /// <param name="afresh">Keep nothing of earlier builds: the input folder was replaced, and a file of the new one
    /// can have the length and time of a different one in the old (a restore that keeps files' times).</param>
    /// <param name="namedOnly">The watcher saw every change, and <paramref name="changed"/> names them: read only those files.</param>
    public PreviewSnapshot Build(long version, IReadOnlySet<string>? changed, bool everything, bool afresh = false, bool namedOnly = false)
    {
        if (afresh)
        {
            _compiler = new SiteCompiler(theme, options.InputDirectory, options.WorkingDirectory, retractions: options.Retractions, themeFolder: options.ThemeFolder);
        }

        var compilation = _compiler.Compile(changed, everything, namedOnly: namedOnly);
        Last = compilation;
        var files = new Dictionary<string, ServedFile>(StringComparer.Ordinal);
        foreach (var page in compilation.Site.Pages)
        {
            files[page.Url] = new ServedFile("text/html; charset=utf-8", Html: page.Content);
        }

        foreach (var export in compilation.Exports)
        {
            files[export.Url] = new ServedFile(export.ContentType, Export: export);
        }

        foreach (var (url, content) in compilation.Assets.Files)
        {
            files[url] = new ServedFile(ContentTypeOf(url), Content: content);
        }

        foreach (var asset in compilation.Graph.Assets)
        {
            var url = "/" + asset.RelativePath;
            files[url] = new ServedFile(ContentTypeOf(url), DiskPath: asset.FullPath);
        }

        var policy = new SeverityPolicy(compilation.Config.Severity, warningsAsErrors: false);
        return new PreviewSnapshot(version, files, policy.Apply(compilation.Diagnostics), null)
        {
            SitePath = compilation.Graph.Address?.Path ?? "/",
            FileSets = compilation.FileSets,
        };
    }

    /// <summary>Whether input/ changed in a way the last build did not read (see <see cref="SiteCompiler.HasUnreadChanges"/>).</summary>
    public bool HasUnreadChanges() => _compiler.HasUnreadChanges();

    private static string ContentTypeOf(string url) =>
        ContentTypes.TryGetContentType(url, out var type) ? type : "application/octet-stream";
}
