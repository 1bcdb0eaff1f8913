namespace Site.Core.Rendering.Models;

/// <summary>A plain page (about, policy...).</summary>
public sealed record ContentPageModel : ArticlePageModel;
