namespace Site.Core.Styles;

/// <summary>
/// What a <see cref="EntrySegment"/> of a formatted reference is, so a theme can style or link
/// each part without parsing the text.
/// </summary>
public enum EntryPart
{
    /// <summary>The author list ("Jones JL, Mateus CF"; "Jones, J. L., &amp; Mateus, C. F.") or an organisation.</summary>
    Authors,

    /// <summary>The work's title (for a page of a website, the page's title).</summary>
    Title,

    /// <summary>The journal, the book a chapter is in, or the website a page is on.</summary>
    Container,

    /// <summary>The place of publication, the publisher or the date of publication (with its year suffix, "2018a").</summary>
    Publication,

    /// <summary>The volume, the issue or the pages.</summary>
    Locator,

    /// <summary>The date an online work was seen, inside "[cited ...]".</summary>
    Accessed,

    /// <summary>The URL after "Available from: "; its segment links to itself.</summary>
    Availability,

    /// <summary>The DOI (bare after Vancouver's "doi:", APA's whole <c>https://doi.org/</c> address); its segment links to doi.org.</summary>
    Doi,

    /// <summary>The PubMed id after "PubMed PMID: "; its segment links to PubMed.</summary>
    Pmid,

    /// <summary>
    /// Delimiters and the style's fixed wording: ". ", "; ", "In: ", "[Internet]", "[cited ", "p. ",
    /// "Available from: ", "doi:", "PubMed PMID: ", "(", "). ", "In ", "pp. ".
    /// </summary>
    Punctuation,
}
