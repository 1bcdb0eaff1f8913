using System.Reflection;
using Site.Core.Rendering;

namespace Site.Theme;

/// <summary>The default theme: Razor components rendered to static HTML, and the assets embedded in this assembly.</summary>
public sealed class RazorTheme : ISiteTheme
{
    private static readonly Lazy<IReadOnlyList<ThemeAsset>> EmbeddedAssets = new(LoadAssets);

    /// <inheritdoc />
    public IReadOnlyList<ThemeAsset> Assets => EmbeddedAssets.Value;

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

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
