using System.Text.RegularExpressions;
using Site.Core.Content;
using Site.Core.Exporting;

namespace Site.Core.Tests.Exporting;

public sealed class BibTexExportTests
{
    [Theory]
    [InlineData("article-journal", "article", "journal", "publisher")]
    [InlineData("article-magazine", "article", "journal", "publisher")]
    [InlineData("article-newspaper", "article", "journal", "publisher")]
    [InlineData("book", "book", null, "publisher")]
    [InlineData("chapter", "incollection", "booktitle", "publisher")]
    [InlineData("paper-conference", "inproceedings", "booktitle", "publisher")]
    [InlineData("report", "techreport", null, "institution")]
    [InlineData("thesis", "phdthesis", null, "school")]
    [InlineData("webpage", "misc", "howpublished", "publisher")]
    [InlineData("dataset", "misc", "howpublished", "publisher")]
    [InlineData(null, "misc", "howpublished", "publisher")]
    public void Should_choose_the_entry_type_and_fields_from_the_csl_type(string? cslType, string entryType, string? containerField, string publisherField)
    {
        // Given a reference of a CSL type, with a container title and a publisher
        var reference = ReferenceSamples.TitleOnly() with { Type = cslType, ContainerTitle = "Psychopharmacology Handbook", Publisher = "Springer" };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then the entry type is the BibTeX one, and the container and publisher are in that type's fields
        entry.Type.ShouldBe(entryType);
        entry.Key.ShouldBe("notes");
        entry[publisherField].ShouldBe("Springer");
        if (containerField is null)
        {
            entry.Fields.ShouldNotContain(f => f.Value.Contains("Psychopharmacology Handbook", StringComparison.Ordinal));
        }
        else
        {
            entry[containerField].ShouldBe("{Psychopharmacology Handbook}");
        }
    }

    [Fact]
    public void Should_write_every_field_of_a_journal_article()
    {
        // Given a journal article with every field set
        var reference = ReferenceSamples.Full();

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("jones-2018", reference)]));

        // Then each field holds the value, in a fixed order, and the day of the date is dropped
        entry.Type.ShouldBe("article");
        entry.Key.ShouldBe("jones-2018");
        entry.Fields.Select(f => (f.Name, f.Value, f.IsBraced)).ShouldBe(
        [
            ("author", "Jones, J. L. and van der Berg, Anna M. and {World Health Organization}", true),
            ("title", "{Ketamine for treatment-resistant depression: a randomised trial}", true),
            ("journal", "{Front Psychiatry}", true),
            ("publisher", "Frontiers Media", true),
            ("address", "Lausanne", true),
            ("year", "2018", true),
            ("month", "jul", false),
            ("date", "2018-07-24", true),
            ("volume", "9", true),
            ("number", "3", true),
            ("pages", "575--582", true),
            ("doi", "10.3389/fpsyt.2018.00277", true),
            ("pmid", "30140240", true),
            ("url", "https://example.org/jones-2018", true),
            ("urldate", "2024-03", true),
            ("keywords", "evidence: rct", true),
        ]);
    }

    [Theory]
    [InlineData("abstract", "Background: ketamine & pain.", "abstract", @"Background: ketamine \& pain.")]
    [InlineData("annote", "Read twice", "annote", "Read twice")]
    [InlineData("note", "Chapter 4", "note", "Chapter 4")]
    [InlineData("ISSN", "1664-0640", "issn", "1664-0640")]
    [InlineData("ISBN", "978-3-16-148410-0", "isbn", "978-3-16-148410-0")]
    [InlineData("PMCID", "PMC6090012", "pmcid", "PMC6090012")]
    [InlineData("edition", "2", "edition", "2")]
    [InlineData("language", "en", "language", "en")]
    [InlineData("genre", "PhD dissertation", "type", "PhD dissertation")]
    [InlineData("status", "in press", "pubstate", "in press")]
    [InlineData("event-place", "Vienna", "venue", "Vienna")]
    [InlineData("chapter-number", "4", "chapter", "4")]
    [InlineData("number-of-pages", "300", "pagetotal", "300")]
    [InlineData("version", "1.2", "version", "1.2")]
    public void Should_write_a_text_variable_in_the_field_bibtex_or_biblatex_has_for_it(string variable, string value, string field, string expected)
    {
        // Given a reference with a variable the record has no property for
        var reference = ReferenceSamples.TitleOnly() with { Type = "book", Variables = [ReferenceSamples.Variable(variable, value)] };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then the value is in the field of the same meaning, escaped as every text field
        entry.Names.ShouldBe(["title", field]);
        entry[field].ShouldBe(expected);
    }

    [Fact]
    public void Should_write_names_and_dates_of_variables_as_authors_and_iso_dates()
    {
        // Given a chapter with editors, a translator, the book's author and an original date
        var reference = ReferenceSamples.TitleOnly() with
        {
            Type = "chapter",
            Variables =
            [
                ReferenceSamples.Variable("container-author", [new Author("Roe", "Richard")]),
                ReferenceSamples.Variable("editor", [new Author("Smith", "Anna"), new Author("World Health Organization", null)]),
                ReferenceSamples.Variable("translator", [new Author("Müller", "Zoë")]),
                new CslDate(CslVariables.Find("event-date")!, new PartialDate(2017, 5, 2)),
                new CslDate(CslVariables.Find("original-date")!, new PartialDate(1999, 5)),
            ],
        };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then names are joined by "and" with organisations braced, and dates are ISO 8601 as precise as written
        entry.Names.ShouldBe(["title", "bookauthor", "editor", "translator", "eventdate", "origdate"]);
        entry["bookauthor"].ShouldBe("Roe, Richard");
        entry["editor"].ShouldBe("Smith, Anna and {World Health Organization}");
        entry["translator"].ShouldBe("Müller, Zoë");
        entry["eventdate"].ShouldBe("2017-05-02");
        entry["origdate"].ShouldBe("1999-05");
    }

    [Theory]
    [InlineData("archive_location", "Box 3")]
    [InlineData("dimensions", "24 cm")]
    [InlineData("citation-number", "4")]
    [InlineData("references", "12 references")]
    public void Should_leave_out_a_variable_bibtex_has_no_field_for(string variable, string value)
    {
        // Given a reference with a variable that neither BibTeX nor BibLaTeX has a field for
        var reference = ReferenceSamples.TitleOnly() with { Variables = [ReferenceSamples.Variable(variable, value)] };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then the entry has only its title
        entry.Names.ShouldBe(["title"]);
    }

    [Fact]
    public void Should_leave_out_a_list_variable()
    {
        // Given a reference with categories, which BibTeX has no field for
        var reference = ReferenceSamples.TitleOnly() with { Variables = [ReferenceSamples.Variable("categories", ["addiction"])] };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then the entry has only its title
        entry.Names.ShouldBe(["title"]);
    }

    [Theory]
    [InlineData("article-journal", "3", "e0123", "number=3 eid=e0123")]
    [InlineData("article-journal", null, "e0123", "eid=e0123")]
    [InlineData("report", null, "TR-9", "number=TR-9")]
    [InlineData("report", "2", "TR-9", "number=TR-9 issue=2")]
    [InlineData("report", "2", null, "number=2")]
    public void Should_write_an_articles_number_as_eid_and_a_reports_as_number(string type, string? issue, string? number, string expected)
    {
        // Given a work with an issue, a CSL number, or both
        var reference = ReferenceSamples.TitleOnly() with
        {
            Type = type,
            Issue = issue,
            Variables = number is null ? [] : [ReferenceSamples.Variable("number", number)],
        };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then each is in the field BibLaTeX means it for, and neither is lost
        string.Join(" ", entry.Fields.Where(f => f.Name != "title").Select(f => $"{f.Name}={f.Value}")).ShouldBe(expected);
    }

    [Fact]
    public void Should_write_the_evidence_level_and_the_works_own_keywords_as_one_list()
    {
        // Given a reference with an evidence level and keywords of its own
        var reference = ReferenceSamples.TitleOnly() with { Evidence = EvidenceLevel.Rct, Variables = [ReferenceSamples.Variable("keyword", "ketamine, addiction")] };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then keywords holds the evidence level first, then the keywords
        entry["keywords"].ShouldBe("evidence: rct, ketamine, addiction");
    }

    [Theory]
    [InlineData("chapter", "booktitle")]
    [InlineData("paper-conference", "booktitle")]
    [InlineData("article-journal", "journal")]
    [InlineData("webpage", "howpublished")]
    public void Should_keep_the_capitals_of_a_container_title_in_braces(string type, string field)
    {
        // Given a work in a book, proceedings, journal or website whose name has capitals
        var reference = ReferenceSamples.TitleOnly() with { Type = type, ContainerTitle = "Facing Addiction in America: The Surgeon General’s Report" };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then the name is wrapped in braces as the title is, so that no style or reader lowers its capitals
        entry[field].ShouldBe("{Facing Addiction in America: The Surgeon General’s Report}");
    }

    [Theory]
    [InlineData("collection-title", "series")]
    [InlineData("original-title", "origtitle")]
    [InlineData("event-title", "eventtitle")]
    [InlineData("title-short", "shorttitle")]
    [InlineData("container-title-short", "shortjournal")]
    public void Should_keep_the_capitals_of_every_other_title_in_braces(string variable, string field)
    {
        // Given a reference with another title among its variables
        var reference = ReferenceSamples.TitleOnly() with { Type = "book", Variables = [ReferenceSamples.Variable(variable, "The Big Title")] };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then it is wrapped in braces too
        entry[field].ShouldBe("{The Big Title}");
    }

    [Theory]
    [InlineData("A -- B", "A -{}- B")]
    [InlineData("A --- B", "A -{}-{}- B")]
    [InlineData("A - B", "A - B")]
    [InlineData("Beason-Held", "Beason-Held")]
    public void Should_keep_hyphens_apart_that_tex_would_join_into_a_dash(string written, string expected)
    {
        // Given a title, a journal and a publisher with two or three hyphens in a row
        var reference = ReferenceSamples.TitleOnly(written) with { Type = "article-journal", ContainerTitle = written, Publisher = written };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then an empty group stands between the hyphens, so that TeX, pandoc and citation-js print them as written
        entry["title"].ShouldBe("{" + expected + "}");
        entry["journal"].ShouldBe("{" + expected + "}");
        entry["publisher"].ShouldBe(expected);
    }

    [Fact]
    public void Should_leave_absent_fields_out()
    {
        // Given a reference with only a title
        var reference = ReferenceSamples.TitleOnly();

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then the entry is a misc with its title and nothing else
        entry.Type.ShouldBe("misc");
        entry.Names.ShouldBe(["title"]);
    }

    [Fact]
    public void Should_escape_every_special_character_in_the_title_exactly()
    {
        // Given a title with each character TeX treats specially
        const string title = @"Cost & benefit: 50% of x_y {z} for $5 #1 ~2 ^3 a\b";

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", ReferenceSamples.TitleOnly(title))]));

        // Then each is escaped, and the title is wrapped in braces that keep its capitals
        entry["title"].ShouldBe(@"{Cost \& benefit: 50\% of x\_y \{z\} for \$5 \#1 \textasciitilde{}2 \textasciicircum{}3 a\textbackslash{}b}");
    }

    [Fact]
    public void Should_not_let_a_title_close_its_entry_and_start_another()
    {
        // Given a title written to break out of its field and add an entry of its own
        const string title = "x}}, @misc{injected, title={y";

        // When it is exported
        var entries = BibTexReader.Read(BibTexExport.Write([("notes", ReferenceSamples.TitleOnly(title))]));

        // Then there is one entry, whose only field is the title, holding the text as written
        var entry = entries.ShouldHaveSingleItem();
        entry.Key.ShouldBe("notes");
        entry.Names.ShouldBe(["title"]);
        entry["title"].ShouldBe(@"{x\textbraceright{}\textbraceright{}, @misc\textbraceleft{}injected, title=\textbraceleft{}y}");
    }

    [Theory]
    [InlineData("Closing } alone", @"Closing \textbraceright{} alone")]
    [InlineData("Opening { alone", @"Opening \textbraceleft{} alone")]
    [InlineData("Out of order } then {", @"Out of order \textbraceright{} then \textbraceleft{}")]
    [InlineData("Paired {a} and {b}", @"Paired \{a\} and \{b\}")]
    public void Should_count_braces_as_bibtex_does_in_every_text_field(string text, string expected)
    {
        // Given an author and a journal whose braces may not pair up
        var reference = ReferenceSamples.TitleOnly() with { Type = "article-journal", Authors = [new Author(text, null)], ContainerTitle = text };

        // When they are exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then the entry reads back whole: escaped braces where they pair, brace commands where they do not
        entry.Names.ShouldBe(["author", "title", "journal"]);
        entry["author"].ShouldBe("{" + expected + "}");
        entry["journal"].ShouldBe("{" + expected + "}");
    }

    [Fact]
    public void Should_escape_special_characters_in_every_text_field()
    {
        // Given special characters in authors, journal, publisher, place, volume, issue and pages
        var reference = new ReferenceFrontMatter("T")
        {
            Type = "article-journal",
            Authors = [new Author("O'Brien_Smith", "J#"), new Author("Johnson & Johnson", null)],
            ContainerTitle = "Drugs & Aging",
            Publisher = "Adis 100%",
            PublisherPlace = "Auckland $",
            Volume = "9_a",
            Issue = "3~4",
            Page = "S1-S5 ^",
        };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("obrien-2019", reference)]));

        // Then each is escaped as in titles
        entry["author"].ShouldBe(@"O'Brien\_Smith, J\# and {Johnson \& Johnson}");
        entry["journal"].ShouldBe(@"{Drugs \& Aging}");
        entry["publisher"].ShouldBe(@"Adis 100\%");
        entry["address"].ShouldBe(@"Auckland \$");
        entry["volume"].ShouldBe(@"9\_a");
        entry["number"].ShouldBe(@"3\textasciitilde{}4");
        entry["pages"].ShouldBe(@"S1--S5 \textasciicircum{}");
    }

    [Fact]
    public void Should_keep_unicode_characters_as_they_are()
    {
        // Given a title and an author with characters outside ASCII
        const string title = "Kétamine et β-bloquants – « essai » 日本語";
        var reference = ReferenceSamples.TitleOnly(title) with { Authors = [new Author("Müller", "Zoë")] };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("muller-2020", reference)]));

        // Then they are written as UTF-8 text, not as TeX accents
        entry["title"].ShouldBe("{" + title + "}");
        entry["author"].ShouldBe("Müller, Zoë");
    }

    [Theory]
    [InlineData("575-582", "575--582")]
    [InlineData("575–582", "575--582")]
    [InlineData("575--582", "575--582")]
    [InlineData("575-82", "575--82")]
    [InlineData("S1-S5, S9-S12", "S1--S5, S9--S12")]
    [InlineData("e23", "e23")]
    [InlineData("112", "112")]
    public void Should_write_page_ranges_with_a_double_hyphen(string page, string expected)
    {
        // Given a page or page range written with a hyphen or an en dash
        var reference = ReferenceSamples.TitleOnly() with { Page = page };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then the range dash is BibTeX's "--"
        entry["pages"].ShouldBe(expected);
    }

    [Theory]
    [InlineData(1, "jan")]
    [InlineData(7, "jul")]
    [InlineData(9, "sep")]
    [InlineData(12, "dec")]
    public void Should_write_the_month_as_an_unbraced_macro(int month, string macro)
    {
        // Given a reference issued in a month
        var reference = ReferenceSamples.TitleOnly() with { Issued = new PartialDate(2018, month, 1) };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then the year is a field and the month the standard macro, without braces
        entry["year"].ShouldBe("2018");
        entry.Field("month").ShouldBe(new BibTexField("month", macro, IsBraced: false));
    }

    [Fact]
    public void Should_write_no_month_for_a_year()
    {
        // Given a reference issued in a year
        var reference = ReferenceSamples.TitleOnly() with { Issued = new PartialDate(2018) };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then there is a year and no month
        entry.Names.ShouldBe(["title", "year"]);
    }

    [Fact]
    public void Should_write_doi_and_url_verbatim_with_braces_percent_encoded()
    {
        // Given a DOI and a URL with characters that would be escaped in text
        var reference = ReferenceSamples.TitleOnly() with
        {
            Doi = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0_x#y~z",
            Url = "https://example.org/a_b/~me/?q=50%25&r=^1#{part}",
        };

        // When it is exported
        var entry = BibTexReader.ReadSingle(BibTexExport.Write([("notes", reference)]));

        // Then they are kept as written, but for the braces that would break the entry, percent-encoded
        entry["doi"].ShouldBe("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0_x#y~z");
        entry["url"].ShouldBe("https://example.org/a_b/~me/?q=50%25&r=^1#%7Bpart%7D");
    }

    [Fact]
    public void Should_write_each_evidence_level_as_a_keyword()
    {
        // Given references with evidence levels
        (string, ReferenceFrontMatter)[] references =
        [
            ("a", ReferenceSamples.TitleOnly() with { Evidence = EvidenceLevel.SystematicReview }),
            ("b", ReferenceSamples.TitleOnly() with { Evidence = EvidenceLevel.InVitro }),
        ];

        // When they are exported
        var entries = BibTexReader.Read(BibTexExport.Write(references));

        // Then each level is a keyword named as in front matter
        entries.Select(e => e["keywords"]).ShouldBe(["evidence: systematic-review", "evidence: in-vitro"]);
    }

    [Fact]
    public void Should_separate_entries_by_a_blank_line_with_one_field_a_line()
    {
        // Given three references
        (string, ReferenceFrontMatter)[] references =
            [("smith-2020", ReferenceSamples.TitleOnly()), ("jones-2018", ReferenceSamples.Full()), ("adams-2019", ReferenceSamples.TitleOnly())];

        // When they are exported
        var text = BibTexExport.Write(references);

        // Then the entries come in that order, each field alone on a line, indented by two spaces and
        // followed by a comma, with one blank line between entries and a newline at the end
        BibTexReader.Read(text).Select(e => e.Key).ShouldBe(["smith-2020", "jones-2018", "adams-2019"]);
        text.ShouldNotContain('\r');
        text.ShouldEndWith("}\n");
        text.ShouldNotEndWith("\n\n");
        var blocks = text.TrimEnd('\n').Split("\n\n");
        blocks.Length.ShouldBe(3);
        foreach (var lines in blocks.Select(b => b.Split('\n')))
        {
            lines[0].ShouldMatch(@"^@[a-z]+\{[a-z0-9-]+,$");
            lines[^1].ShouldBe("}");
            lines[1..^1].ShouldAllBe(line => Regex.IsMatch(line, @"^  [a-z]+ = (\{.*\}|[a-z0-9]+),$"));
        }
    }

    [Fact]
    public void Should_write_the_same_text_for_the_same_references()
    {
        // Given the same references built twice
        (string, ReferenceFrontMatter)[] First() => [("jones-2018", ReferenceSamples.Full()), ("notes", ReferenceSamples.TitleOnly())];

        // When each is exported
        var first = BibTexExport.Write(First());
        var second = BibTexExport.Write(First());

        // Then the texts are identical
        second.ShouldBe(first);
    }

    [Fact]
    public void Should_write_nothing_when_there_are_no_references()
    {
        // Given no references
        // When they are exported
        var text = BibTexExport.Write([]);

        // Then the file is empty
        text.ShouldBeEmpty();
    }
}
