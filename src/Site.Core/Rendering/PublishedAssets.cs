using System.Security.Cryptography;
using Site.Core.Linking;

namespace Site.Core.Rendering;

/// <summary>
/// The theme's files as the site publishes them, under /theme/. A stylesheet or script carries the
/// start of the SHA-256 of its content in its name (<c>site.css</c> is <c>site.3f2a9c1b04.css</c>), so a
/// browser or CDN may cache it for ever and still gets the new file the moment it changes. Other
/// files (images, fonts) keep their names, because stylesheets refer to them by name.
/// </summary>
public sealed class PublishedAssets
{
    /// <summary>How many hexadecimal digits of the hash a name carries: 40 bits, plenty to tell versions of one file apart.</summary>
    public const int HashLength = 10;

    private static readonly string[] Fingerprinted = [".css", ".js"];

    private readonly Dictionary<string, string> _urlByPath;

    private PublishedAssets(IReadOnlyList<(string Path, string Url, byte[] Content)> files)
    {
        Files = [.. files.Select(f => (f.Url, f.Content))];
        _urlByPath = files.ToDictionary(f => f.Path, f => f.Url, StringComparer.Ordinal);
    }

    /// <summary>Every file with its site URL, in the theme's order.</summary>
    public IReadOnlyList<(string Url, byte[] Content)> Files { get; }

    /// <summary>Names the theme's files: the same content always gets the same name.</summary>
    public static PublishedAssets Of(IReadOnlyList<ThemeAsset> assets) =>
        new([.. assets.Select(a => (a.Path, SitePaths.ThemeAssets + NameOf(a), a.Content))]);

    /// <summary>
    /// The site URL of a theme file by its path in the theme ("site.css"). A file the theme does not
    /// have keeps its plain name, so a page still names what it wanted.
    /// </summary>
    public string UrlOf(string path) => _urlByPath.GetValueOrDefault(path) ?? SitePaths.ThemeAssets + path;

    private static string NameOf(ThemeAsset asset)
    {
        var extension = Path.GetExtension(asset.Path);
        if (!Fingerprinted.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return asset.Path;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Content))[..HashLength];
        return $"{asset.Path[..^extension.Length]}.{hash}{extension}";
    }
}
