using Site.Core.Content;

namespace Site.Core.Rendering.Models;

/// <summary>A reference page: the bibliographic entry and the editor's annotation.</summary>
public sealed record ReferencePageModel : ArticlePageModel
{
    /// <summary>The bibliographic fields.</summary>
    public required ReferenceFrontMatter Reference { get; init; }

    /// <summary>The pages that link here.</summary>
    public required IReadOnlyList<PageLink> LinkedFrom { get; init; }
}
