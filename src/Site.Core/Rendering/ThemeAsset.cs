namespace Site.Core.Rendering;

/// <summary>A static file of the theme, by path relative to /theme/.</summary>
public sealed record ThemeAsset(string Path, byte[] Content);
