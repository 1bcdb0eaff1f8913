namespace Site.Core.Rendering.Vancouver;

/// <summary>
/// What a <see cref="VancouverSegment"/> of a formatted reference is, so a theme can style or link
/// each part without parsing the text.
/// </summary>
public enum VancouverPart
{
    /// <summary>The author list, "Jones JL, Mateus CF" or an organisation, with "et al." after six.</summary>
    Authors,

    /// <summary>The work's title (for a page of a website, the page's title).</summary>
    Title,

    /// <summary>The journal, the book a chapter is in, or the website a page is on.</summary>
    Container,

    /// <summary>The place of publication, the publisher or the date of publication.</summary>
    Publication,

    /// <summary>The volume, the issue or the pages.</summary>
    Locator,

    /// <summary>The date an online work was seen, inside "[cited ...]".</summary>
    Accessed,

    /// <summary>The URL after "Available from: "; its segment links to itself.</summary>
    Availability,

    /// <summary>The bare DOI after "doi:"; its segment links to <c>https://doi.org/</c>.</summary>
    Doi,

    /// <summary>The PubMed id after "PubMed PMID: "; its segment links to PubMed.</summary>
    Pmid,

    /// <summary>
    /// Delimiters and the style's fixed wording: ". ", "; ", "In: ", "[Internet]", "[cited ", "p. ",
    /// "Available from: ", "doi:", "PubMed PMID: ".
    /// </summary>
    Punctuation,
}
