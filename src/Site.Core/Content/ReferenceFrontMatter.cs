namespace Site.Core.Content;

/// <summary>Front matter of a reference, with CSL-JSON field names so import and export are lossless.</summary>
/// <param name="Title">The work's title.</param>
/// <param name="Type">The CSL type: article-journal, chapter, report, webpage...</param>
/// <param name="Authors">The authors, in order.</param>
/// <param name="ContainerTitle">The journal or book (CSL <c>container-title</c>).</param>
/// <param name="Issued">The year or date of publication, as written.</param>
/// <param name="Volume">The volume.</param>
/// <param name="Issue">The issue.</param>
/// <param name="Page">The page range.</param>
/// <param name="Doi">The DOI, without a resolver prefix.</param>
/// <param name="Pmid">The PubMed id.</param>
/// <param name="Url">A URL for works without a DOI.</param>
/// <param name="Evidence">What kind of evidence the work provides.</param>
public sealed record ReferenceFrontMatter(
    string Title,
    string? Type,
    IReadOnlyList<Author> Authors,
    string? ContainerTitle,
    string? Issued,
    string? Volume,
    string? Issue,
    string? Page,
    string? Doi,
    string? Pmid,
    string? Url,
    EvidenceLevel? Evidence) : FrontMatter(Title);
