using Site.Core.Content;

namespace Site.Core.Tests.Exporting;

/// <summary>References shared by the export tests.</summary>
internal static class ReferenceSamples
{
    /// <summary>A journal article with every field set: two people and an organisation as authors.</summary>
    public static ReferenceFrontMatter Full() => new("Ketamine for treatment-resistant depression: a randomised trial")
    {
        Type = "article-journal",
        Authors = [new Author("Jones", "JL"), new Author("van der Berg", "Anna M."), new Author("World Health Organization", null)],
        ContainerTitle = "Front Psychiatry",
        Publisher = "Frontiers Media",
        PublisherPlace = "Lausanne",
        Issued = new PartialDate(2018, 7, 24),
        Accessed = new PartialDate(2024, 3),
        Volume = "9",
        Issue = "3",
        Page = "575-582",
        Doi = "10.3389/fpsyt.2018.00277",
        Pmid = "30140240",
        Url = "https://example.org/jones-2018",
        Evidence = EvidenceLevel.Rct,
    };

    /// <summary>A reference with nothing but its title.</summary>
    public static ReferenceFrontMatter TitleOnly(string title = "Notes on dosing") => new(title);
}
