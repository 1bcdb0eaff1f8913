using System.IO.Enumeration;
using System.Reflection;
using Site.Core.Loading;
using Site.Core.Rendering;
using Site.Core.Text;

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

    // The theme's sources come with the repository and are as untrusted as its content: only regular files whose
    // real path is inside the folder are read, linked folders are not entered, a pipe is never opened.
    private static IReadOnlyList<ThemeAsset> ReadDirectory(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return
        [
            .. files
                .Select(f => (Path: RelativePath.Of(folder, f), Real: FileSystemEntries.RegularFileInside(f, folder)))
                .Where(f => f.Real is not null && !f.Path.Split('/').Any(segment => segment.StartsWith('.')))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .Select(f => new ThemeAsset(f.Path, File.ReadAllBytes(f.Real!))),
        ];
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
