namespace Site.Core.Content;

/// <summary>A file under input/assets, copied as is.</summary>
/// <param name="RelativePath">The path under input/ ('/' separators), which is also its path in the output.</param>
/// <param name="FullPath">Where it is on disk.</param>
public sealed record AssetFile(string RelativePath, string FullPath);
