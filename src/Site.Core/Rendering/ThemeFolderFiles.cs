namespace Site.Core.Rendering;

/// <summary>A site's own theme folder as read: its files, and how diagnostics name the folder.</summary>
/// <param name="DisplayPath">The folder's path as diagnostics show it (relative to the working folder).</param>
/// <param name="Files">Its regular files, by path relative to the folder ('/' separators), in ordinal order.</param>
public sealed record ThemeFolderFiles(string DisplayPath, IReadOnlyList<ThemeAsset> Files)
{
    /// <summary>The folder under which a theme's templates are.</summary>
    public const string TemplatesFolder = "templates";

    /// <summary>The folder under which a theme's assets are.</summary>
    public const string AssetsFolder = "assets";

    /// <summary>How diagnostics name one of the folder's files.</summary>
    public string DisplayPathOf(string path) => DisplayPath is "" or "." ? path : $"{DisplayPath}/{path}";
}
