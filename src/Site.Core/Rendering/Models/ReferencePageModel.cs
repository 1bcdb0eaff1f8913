namespace Site.Core.Rendering.Models;

/// <summary>A reference page: the full entry, identifiers, the work's abstract, the editor's annotation, and who cites it.</summary>
public sealed record ReferencePageModel : ArticlePageModel
{
    /// <summary>The bibliographic fields.</summary>
    public required Content.ReferenceFrontMatter Reference { get; init; }

    /// <summary>The retraction or expression of concern the work is under, or null.</summary>
    public Retractions.RetractionNotice? Retraction { get; init; }

    /// <summary>The formatted entry and evidence level.</summary>
    public required ReferenceEntry Entry { get; init; }

    /// <summary>The paragraphs of the work's abstract (CSL <c>abstract</c>), plain text, none when it has none.</summary>
    public required IReadOnlyList<string> Abstract { get; init; }

    /// <summary>The pages that cite it, each with its citing passages, by page title.</summary>
    public required IReadOnlyList<CitingPage> CitedBy { get; init; }

    /// <summary>Pages that link here without citing it.</summary>
    public required IReadOnlyList<PageLink> LinkedFrom { get; init; }
}
