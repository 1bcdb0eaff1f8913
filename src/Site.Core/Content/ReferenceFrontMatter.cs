namespace Site.Core.Content;

/// <summary>
/// Front matter of a reference, with CSL-JSON field names (<c>container-title</c>, <c>DOI</c>...)
/// so import and export are lossless, plus the site's own <c>evidence</c> level. The citation key is
/// the document id.
/// </summary>
/// <param name="Title">The work's title.</param>
public sealed record ReferenceFrontMatter(string Title) : FrontMatter(Title)
{
    /// <summary>The CSL type (<c>article-journal</c>, <c>chapter</c>, <c>report</c>, <c>webpage</c>...), or null when missing.</summary>
    public string? Type { get; init; }

    /// <summary>The authors, in order.</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>The journal, or the book a chapter is in (CSL <c>container-title</c>).</summary>
    public string? ContainerTitle { get; init; }

    /// <summary>The publisher of a book, chapter or report.</summary>
    public string? Publisher { get; init; }

    /// <summary>Where the publisher is (CSL <c>publisher-place</c>).</summary>
    public string? PublisherPlace { get; init; }

    /// <summary>When the work was published.</summary>
    public PartialDate? Issued { get; init; }

    /// <summary>When an online work was last seen at its URL.</summary>
    public PartialDate? Accessed { get; init; }

    /// <summary>The volume.</summary>
    public string? Volume { get; init; }

    /// <summary>The issue.</summary>
    public string? Issue { get; init; }

    /// <summary>The page or page range, e.g. <c>575-82</c> or <c>e23</c>.</summary>
    public string? Page { get; init; }

    /// <summary>The DOI, without a resolver prefix: <c>10.3389/fpsyt.2018.00277</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>The PubMed id: digits only.</summary>
    public string? Pmid { get; init; }

    /// <summary>An absolute http(s) URL, for works without a DOI.</summary>
    public string? Url { get; init; }

    /// <summary>What kind of evidence the work provides, or null when not assessed.</summary>
    public EvidenceLevel? Evidence { get; init; }

    /// <summary>When the work was retracted, or placed under an expression of concern (the site's own <c>retraction-date</c>).</summary>
    public PartialDate? RetractionDate { get; init; }

    /// <summary>
    /// The address of the retraction notice, from the site's own <c>retraction-notice</c> (a DOI or an http(s) URL), or null.
    /// </summary>
    public string? RetractionNoticeUrl { get; init; }

    /// <summary>
    /// Every other CSL variable the front matter holds (<c>editor</c>, <c>abstract</c>, <c>ISSN</c>, <c>PMCID</c>...), in
    /// the order of <see cref="CslVariables.All"/>, for the exports to carry unchanged.
    /// </summary>
    public IReadOnlyList<CslValue> Variables { get; init; } = [];

    /// <summary>The text of a string or number variable among <see cref="Variables"/>, or null when it is not there.</summary>
    public string? Text(string name) => Variables.OfType<CslText>().FirstOrDefault(v => v.Variable.Name == name)?.Text;

    /// <summary>The year of publication, or null.</summary>
    public int? Year => Issued?.Year;

    /// <summary>The DOI's resolver address; characters a DOI may hold but a URL path may not are percent-encoded.</summary>
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + DoiPath(Doi);

    /// <summary>The PubMed page of the PMID.</summary>
    public string? PubMedUrl => Pmid is null ? null : $"https://pubmed.ncbi.nlm.nih.gov/{Uri.EscapeDataString(Pmid)}/";

    // "<", ">", "#", "%" and spaces occur in old DOIs (10.1002/(SICI)...<657::AID-JCLP3>...).
    private static string DoiPath(string doi)
    {
        var path = new System.Text.StringBuilder();
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(doi))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".Contains(c))
            {
                path.Append(c);
            }
            else
            {
                path.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return path.ToString();
    }
}
