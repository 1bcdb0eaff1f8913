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

    /// <summary>
    /// A book chapter with variables the record has no property for: one of each kind, in the schema's order, as the
    /// front matter reader keeps them.
    /// </summary>
    public static ReferenceFrontMatter WithVariables() => new("Ketamine in the clinic")
    {
        Type = "chapter",
        Authors = [new Author("Jones", "JL")],
        ContainerTitle = "Handbook of Addiction",
        Issued = new PartialDate(2018),
        Variables =
        [
            Variable("categories", ["addiction", "ketamine"]),
            Variable("editor", [new Author("Smith", "Anna"), new Author("World Health Organization", null)]),
            new CslDate(CslVariables.Find("original-date")!, new PartialDate(1999, 5)),
            Variable("abstract", "Background: ketamine. Methods: we searched."),
            Variable("edition", "2"),
            Variable("ISSN", "1664-0640"),
            Variable("PMCID", "PMC6090012"),
        ],
    };

    /// <summary>A string or number variable's value.</summary>
    public static CslText Variable(string name, string text) => new(CslVariables.Find(name)!, text);

    /// <summary>A name variable's value.</summary>
    public static CslNames Variable(string name, IReadOnlyList<Author> names) => new(CslVariables.Find(name)!, names);

    /// <summary>A list variable's value.</summary>
    public static CslTextList Variable(string name, IReadOnlyList<string> items) => new(CslVariables.Find(name)!, items);

    /// <summary>A reference with nothing but its title.</summary>
    public static ReferenceFrontMatter TitleOnly(string title = "Notes on dosing") => new(title);
}
