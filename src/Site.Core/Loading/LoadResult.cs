using Site.Core.Content;

namespace Site.Core.Loading;

/// <summary>What the load phase found: the settings, the documents in ordinal path order, and the assets.</summary>
public sealed record LoadResult(SiteConfig Config, IReadOnlyList<SourceDocument> Documents, IReadOnlyList<AssetFile> Assets);
