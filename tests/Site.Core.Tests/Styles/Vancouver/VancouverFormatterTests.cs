using Site.Core.Content;
using Site.Core.Styles;
using Site.Core.Styles.Vancouver;

namespace Site.Core.Tests.Styles.Vancouver;

public sealed class VancouverFormatterTests
{
    public static TheoryData<string> CaseIds => [.. VancouverCases.Ids];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Should_format_each_case_exactly_as_citation_js_does(string id)
    {
        // Given a CSL-JSON item read as front matter, and citation-js's line for it
        var (reference, expected) = VancouverCases.Get(id);

        // When it is formatted
        var entry = VancouverFormatter.Format(reference);

        // Then the text is the same, character for character
        entry.Text.ShouldBe(expected);
    }

    [Fact]
    public void Should_have_one_expected_line_for_each_of_at_least_25_distinct_cases()
    {
        // Given the golden files
        var ids = VancouverCases.Ids.ToList();

        // When cases and lines are counted
        // Then every case has its line, ids are unique, and no line is blank
        ids.Count.ShouldBeGreaterThanOrEqualTo(25);
        ids.Distinct(StringComparer.Ordinal).Count().ShouldBe(ids.Count);
        VancouverCases.Expected.Count.ShouldBe(ids.Count);
        VancouverCases.Expected.ShouldAllBe(line => line.Length > 0 && !line.StartsWith("1. "));
    }

    [Fact]
    public void Should_link_the_doi_and_the_pubmed_id()
    {
        // Given a journal article with a DOI and a PubMed id
        var reference = Jones() with { Doi = "10.3389/fpsyt.2018.00277", Pmid = "30140240" };

        // When it is formatted
        var segments = VancouverFormatter.Format(reference).Segments.ToList();

        // Then the DOI is bare text after "doi:", linking to doi.org
        var doi = segments.Single(s => s.Part == EntryPart.Doi);
        doi.Text.ShouldBe("10.3389/fpsyt.2018.00277");
        doi.Href.ShouldBe("https://doi.org/10.3389/fpsyt.2018.00277");
        segments[segments.IndexOf(doi) - 1].ShouldBe(new EntrySegment("doi:", EntryPart.Punctuation));

        // And the PubMed id is digits between "PubMed PMID: " and ".", linking to PubMed
        var pmid = segments.Single(s => s.Part == EntryPart.Pmid);
        pmid.Text.ShouldBe("30140240");
        pmid.Href.ShouldBe("https://pubmed.ncbi.nlm.nih.gov/30140240/");
        segments[segments.IndexOf(pmid) - 1].ShouldBe(new EntrySegment("PubMed PMID: ", EntryPart.Punctuation));
        segments[segments.IndexOf(pmid) + 1].ShouldBe(new EntrySegment(".", EntryPart.Punctuation));
        segments.Count(s => s.Href is not null).ShouldBe(2);
    }

    [Fact]
    public void Should_link_the_url_after_available_from()
    {
        // Given a preprint found only at its URL
        const string url = "https://osf.io/5sy4c";
        var reference = new ReferenceFrontMatter("The promising therapeutic effects")
        {
            Type = "article",
            Authors = [new Author("Gent", "EM")],
            Issued = new PartialDate(2023, 6, 29),
            Accessed = new PartialDate(2024, 3, 15),
            Url = url,
        };

        // When it is formatted
        var entry = VancouverFormatter.Format(reference);

        // Then the URL links to itself, after "Available from: ", and the date seen is marked as such
        var segments = entry.Segments.ToList();
        var link = segments.Single(s => s.Href is not null);
        link.ShouldBe(new EntrySegment(url, EntryPart.Availability, url));
        segments[segments.IndexOf(link) - 1].Text.ShouldBe("Available from: ");
        segments.Single(s => s.Part == EntryPart.Accessed).Text.ShouldBe("2024 Mar 15");
        entry.Text.ShouldBe("Gent EM. The promising therapeutic effects [Internet]. 2023 [cited 2024 Mar 15]. Available from: https://osf.io/5sy4c");
    }

    [Fact]
    public void Should_keep_the_url_out_of_a_journal_article_with_a_doi()
    {
        // Given a journal article with a DOI, a URL and the date it was seen
        var reference = Jones() with { Doi = "10.3389/fpsyt.2018.00277", Url = "https://example.org/a", Accessed = new PartialDate(2024, 3, 15) };

        // When it is formatted
        var entry = VancouverFormatter.Format(reference);

        // Then the DOI stands in for "[Internet]", "[cited ...]" and "Available from"
        entry.Text.ShouldBe("Jones JL, Mateus CF. Efficacy of ketamine. Front Psychiatry. 2018 Jul 24;9:277. doi:10.3389/fpsyt.2018.00277");
        entry.Segments.ShouldNotContain(s => s.Part == EntryPart.Availability || s.Part == EntryPart.Accessed);
    }

    [Fact]
    public void Should_percent_encode_in_the_link_what_a_doi_may_contain_but_a_url_may_not()
    {
        // Given an old-style DOI with angle brackets
        const string doi = "10.1002/(SICI)1097-4679(199711)53:7<657::AID-JCLP3>3.0.CO;2-F";

        // When it is formatted
        var segment = VancouverFormatter.Format(Jones() with { Doi = doi }).Segments.Single(s => s.Part == EntryPart.Doi);

        // Then the text is the DOI as written, and the link escapes only what would break it
        segment.Text.ShouldBe(doi);
        segment.Href.ShouldBe("https://doi.org/10.1002/(SICI)1097-4679(199711)53:7%3C657::AID-JCLP3%3E3.0.CO;2-F");
    }

    [Theory]
    [InlineData(6, "A1 B, A2 B, A3 B, A4 B, A5 B, A6 B. T.")]
    [InlineData(7, "A1 B, A2 B, A3 B, A4 B, A5 B, A6 B, et al. T.")]
    [InlineData(12, "A1 B, A2 B, A3 B, A4 B, A5 B, A6 B, et al. T.")]
    public void Should_list_six_authors_then_et_al(int count, string expected)
    {
        // Given a work with this many authors
        var reference = new ReferenceFrontMatter("T")
        {
            Type = "book",
            Authors = [.. Enumerable.Range(1, count).Select(i => new Author($"A{i}", "B"))],
        };

        // When it is formatted
        var text = VancouverFormatter.Format(reference).Text;

        // Then up to six are listed, and more than six give the first six and "et al." (with one period)
        text.ShouldBe(expected);
    }

    [Theory]
    [InlineData("575-582", "575–82")]
    [InlineData("1234-1239", "1234–9")]
    [InlineData("99-101", "99–101")]
    [InlineData("100-109", "100–9")]
    [InlineData("110-111", "110–1")]
    [InlineData("321-28", "321–8")]
    [InlineData("575–582", "575–82")]
    [InlineData("575 - 582", "575–82")]
    [InlineData("e23-e30", "e23–30")]
    [InlineData("1-3, 5-7", "1–3, 5–7")]
    [InlineData("277", "277")]
    [InlineData("e23", "e23")]
    [InlineData("iii-xii", "iii–xii")]
    public void Should_shorten_page_ranges_to_the_digits_that_change(string page, string expected)
    {
        // Given a journal article with these pages
        var reference = new ReferenceFrontMatter("T") { Type = CslTypes.ArticleJournal, ContainerTitle = "J", Issued = new PartialDate(2020), Page = page };

        // When it is formatted
        var entry = VancouverFormatter.Format(reference);

        // Then the range is minimal, with an en dash
        entry.Text.ShouldBe($"T. J. 2020;{expected}.");
        entry.Segments.Single(s => s.Part == EntryPart.Locator).Text.ShouldBe(expected);
    }

    [Theory]
    [InlineData("JL", "Jones JL")]
    [InlineData("J.L.", "Jones JL")]
    [InlineData("J. L.", "Jones JL")]
    [InlineData("Jennifer L.", "Jones JL")]
    [InlineData("Jennifer Lynn", "Jones JL")]
    public void Should_write_given_names_as_initials_and_keep_initials_as_written(string given, string expected)
    {
        // Given an author whose given names are written one way or another
        var reference = new ReferenceFrontMatter("T") { Type = "book", Authors = [new Author("Jones", given)] };

        // When it is formatted
        var text = VancouverFormatter.Format(reference).Text;

        // Then the name is the family name and every initial, unlike citation-js which reads "JL" as "J"
        text.ShouldBe($"{expected}. T.");
    }

    [Theory]
    [InlineData("Do the psychoactive effects matter?", "Do the psychoactive effects matter? Drug Alcohol Depend. 2014.")]
    [InlineData("A review.", "A review. Drug Alcohol Depend. 2014.")]
    [InlineData("Stop now!", "Stop now! Drug Alcohol Depend. 2014.")]
    [InlineData("  A review.  ", "A review. Drug Alcohol Depend. 2014.")]
    public void Should_not_double_the_punctuation_that_ends_a_title(string title, string expected)
    {
        // Given a title ending in punctuation of its own (or in spaces around it)
        var reference = new ReferenceFrontMatter(title) { Type = CslTypes.ArticleJournal, ContainerTitle = "Drug Alcohol Depend", Issued = new PartialDate(2014) };

        // When it is formatted
        var text = VancouverFormatter.Format(reference).Text;

        // Then no period is added after it
        text.ShouldBe(expected);
    }

    [Fact]
    public void Should_not_double_the_period_after_a_name_or_a_last_title()
    {
        // Given an organisation whose name ends in a period, and a page of a site whose title ends in one
        var reference = new ReferenceFrontMatter("What is ketamine?")
        {
            Type = "webpage",
            Authors = [new Author("Acme Inc.", null)],
            ContainerTitle = "Acme",
        };

        // When it is formatted
        var text = VancouverFormatter.Format(reference).Text;

        // Then neither is followed by a second period
        text.ShouldBe("Acme Inc. Acme. What is ketamine?");
        text.ShouldNotContain("..");
    }

    [Fact]
    public void Should_not_write_in_before_a_missing_book()
    {
        // Given a chapter whose book is not known (citation-js writes a bare "In." here)
        var reference = new ReferenceFrontMatter("Ketamine") { Type = "chapter", Publisher = "Academic Press", Issued = new PartialDate(2017), Page = "201-215" };

        // When it is formatted
        var text = VancouverFormatter.Format(reference).Text;

        // Then the chapter goes straight on to its publisher, as the style's group would when empty
        text.ShouldBe("Ketamine. Academic Press; 2017. p. 201–15.");
    }

    [Fact]
    public void Should_format_an_empty_reference_as_its_title()
    {
        // Given a reference with nothing but a title and no type
        var reference = new ReferenceFrontMatter("Untitled note");

        // When it is formatted
        var entry = VancouverFormatter.Format(reference);

        // Then it is the title with its period, and every segment has text
        entry.Text.ShouldBe("Untitled note.");
        entry.Segments.ShouldAllBe(s => s.Text.Length > 0);
    }

    private static ReferenceFrontMatter Jones() => new("Efficacy of ketamine")
    {
        Type = CslTypes.ArticleJournal,
        Authors = [new Author("Jones", "JL"), new Author("Mateus", "CF")],
        ContainerTitle = "Front Psychiatry",
        Issued = new PartialDate(2018, 7, 24),
        Volume = "9",
        Page = "277",
    };
}
