using System.Reflection;
using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Rendering;

namespace Site.Theme;

/// <summary>The default theme: Razor components rendered to static HTML, and the assets embedded in this assembly.</summary>
public sealed class RazorTheme : ISiteTheme
{
    private static readonly Lazy<IReadOnlyList<ThemeAsset>> EmbeddedAssets = new(LoadAssets);
    private readonly string? _assetsDirectory;

    /// <summary>The theme with the assets built into the tool.</summary>
    public RazorTheme()
    {
    }

    private RazorTheme(string assetsDirectory)
    {
        _assetsDirectory = assetsDirectory;
    }

    /// <summary>
    /// The theme with its assets read from a folder on every access, so that edits to the theme's
    /// sources show in preview without rebuilding the tool.
    /// </summary>
    public static RazorTheme FromDirectory(string assetsDirectory) => new(assetsDirectory);

    /// <inheritdoc />
    public IReadOnlyList<ThemeAsset> Assets => _assetsDirectory is null ? EmbeddedAssets.Value : ReadDirectory(_assetsDirectory);

    /// <inheritdoc />
    public IPageRenderer CreateRenderer() => new RazorPageRenderer();

    /// <inheritdoc />
    /// <remarks>Razor components are compiled: of a site's folder only the assets can be used.</remarks>
    public ThemeOverlay Overlay(ThemeFolderFiles folder)
    {
        const string assets = ThemeFolderFiles.AssetsFolder + "/";
        var own = folder.Files.Where(f => f.Path.StartsWith(assets, StringComparison.Ordinal)).Select(f => f with { Path = f.Path[assets.Length..] }).ToList();
        var problems = folder.Files.Where(f => f.Path.StartsWith(ThemeFolderFiles.TemplatesFolder + "/", StringComparison.Ordinal))
            .Select(f => Diagnostic.ForFile(DiagnosticDescriptors.InvalidTemplate, folder.DisplayPathOf(f.Path), "this theme's templates are compiled and cannot be overridden", "change only assets/"))
            .ToList();
        var merged = Assets.Where(a => own.All(o => o.Path != a.Path)).Concat(own).OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
        return new ThemeOverlay(new OverlaidRazorTheme(merged), problems);
    }

    private sealed class OverlaidRazorTheme(IReadOnlyList<ThemeAsset> assets) : ISiteTheme
    {
        public IReadOnlyList<ThemeAsset> Assets => assets;

        public IPageRenderer CreateRenderer() => new RazorPageRenderer();

        public ThemeOverlay Overlay(ThemeFolderFiles folder) => throw new InvalidOperationException("a theme is overlaid once");
    }

    private static IReadOnlyList<ThemeAsset> LoadAssets()
    {
        var assembly = typeof(RazorTheme).Assembly;
        const string prefix = "assets/";
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n => new ThemeAsset(n[prefix.Length..], Read(assembly, n))),
        ];
    }

    // Read as a site's theme folder is: the same rules for untrusted files.
    private static IReadOnlyList<ThemeAsset> ReadDirectory(string folder) => ThemeFolder.Read(folder, folder).Files;

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
