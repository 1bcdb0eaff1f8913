namespace Site.Core.Rendering.Models;

/// <summary>A reference page: the full entry, identifiers, the work's abstract, the editor's annotation, and who cites it.</summary>
public sealed record ReferencePageModel : ArticlePageModel
{
    /// <summary>The bibliographic fields.</summary>
    public required Content.ReferenceFrontMatter Reference { get; init; }

    /// <summary>The kind of work in words, in the site's language ("Journal article"), from its CSL type.</summary>
    public required string TypeLabel { get; init; }

    /// <summary>Its DOI, or null.</summary>
    public string? Doi => Reference.Doi;

    /// <summary>The address its DOI resolves at, or null.</summary>
    public string? DoiUrl => Reference.DoiUrl;

    /// <summary>Its PubMed id, or null.</summary>
    public string? Pmid => Reference.Pmid;

    /// <summary>Its PubMed record's address, or null.</summary>
    public string? PubMedUrl => Reference.PubMedUrl;

    /// <summary>Where the work itself is online (CSL <c>URL</c>), or null.</summary>
    public string? OnlineUrl => Reference.Url;

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
