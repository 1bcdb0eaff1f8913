using AngleSharp.Html.Parser;
using Site.Core.Content;
using Site.Core.Styles;
using Site.Core.Styles.Apa;

namespace Site.Core.Tests.Styles.Apa;

public sealed class ApaFormatterTests
{
    /// <summary>
    /// The cases where the site keeps its own entry, not citation-js's, each with the reason. Nothing else may differ.
    /// </summary>
    private static readonly Dictionary<string, (string Ours, string Reason)> KeptDifferences = new(StringComparer.Ordinal)
    {
        // CSL's delimiter-precedes-last="always" and APA 7 (9.8) put a comma before "&" whatever the names are;
        // citeproc-js leaves it out when the last name is an organisation's.
        ["samhsa-2016"] = (
            "Substance Abuse and Mental Health Services Administration (US), & Office of the Surgeon General (US). (2016). THE NEUROBIOLOGY OF SUBSTANCE USE, MISUSE, AND ADDICTION. In Facing Addiction in America: The Surgeon General’s Report on Alcohol, Drugs, and Health. US Department of Health and Human Services. https://www.ncbi.nlm.nih.gov/books/NBK424849/",
            "a comma before '&' with an organisation last, as CSL and APA 7 (9.8) say"),
        ["apa-two-organisations"] = (
            "Jones, A., & World Health Organization. (2018). Joint report. WHO.",
            "a comma before '&' with an organisation last, as CSL and APA 7 (9.8) say"),
        // APA 7 (9.16) gives a retrieval date, "Retrieved March 15, 2024, from URL"; citeproc-js writes "Retrieved" before the
        // address even when there is no date to give, which is no APA wording.
        ["apa-webpage-no-date"] = (
            "Mayo Clinic. (n.d.). Ketamine. Mayo Clinic. https://www.mayoclinic.org/ketamine",
            "no 'Retrieved' without the date the page was seen"),
    };

    public static TheoryData<string> SameCaseIds => [.. ApaCases.Ids.Where(id => !KeptDifferences.ContainsKey(id))];

    public static TheoryData<string> DifferentCaseIds => [.. KeptDifferences.Keys];

    public static TheoryData<string> CaseIds => [.. ApaCases.Ids];

    [Theory]
    [MemberData(nameof(SameCaseIds))]
    public void Should_format_each_case_exactly_as_citation_js_does(string id)
    {
        // Given a CSL-JSON item read as front matter, and citation-js's entry for it
        var (reference, expected, _) = ApaCases.Get(id);

        // When it is formatted
        var entry = ApaFormatter.Format(reference);

        // Then the text is the same, character for character
        entry.Text.ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(DifferentCaseIds))]
    public void Should_differ_from_citation_js_only_as_documented(string id)
    {
        // Given a case whose entry the site writes otherwise, and the reason
        var (reference, theirs, _) = ApaCases.Get(id);
        var (ours, reason) = KeptDifferences[id];

        // When it is formatted
        var entry = ApaFormatter.Format(reference);

        // Then it is the documented entry, and citation-js's is another (else the difference is gone and the list is wrong)
        entry.Text.ShouldBe(ours, reason);
        theirs.ShouldNotBe(ours);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Should_set_in_italics_what_citation_js_sets_in_italics(string id)
    {
        // Given a case, and the parts citation-js sets in <i>
        var (reference, _, italic) = ApaCases.Get(id);

        // When it is formatted as HTML
        var html = new HtmlParser().ParseDocument(ApaFormatter.Format(reference).Html);

        // Then the same parts, in the same order, are in <i>
        html.QuerySelectorAll("i").Select(i => i.TextContent).ShouldBe(italic);
    }

    [Fact]
    public void Should_have_at_least_50_distinct_cases_with_every_author_count_apa_treats_apart()
    {
        // Given the golden files
        var ids = ApaCases.Ids.ToList();

        // When cases are counted
        var authors = ids.Select(id => ApaCases.Get(id).Reference.Authors.Count).ToHashSet();

        // Then each case has its entry, ids are unique, and 0, 1, 2, 3, 20 and 21 or more authors are all there
        ids.Count.ShouldBeGreaterThanOrEqualTo(50);
        ids.Distinct(StringComparer.Ordinal).Count().ShouldBe(ids.Count);
        ApaCases.Expected.Count.ShouldBe(ids.Count);
        new[] { 0, 1, 2, 3, 20, 21, 30 }.ShouldAllBe(n => authors.Contains(n));
    }

    [Theory]
    [InlineData(2018, "a", "Jones, J. L. (2018a). T. J.")]
    [InlineData(null, "b", "Jones, J. L. (n.d.-b). T. J.")]
    [InlineData(null, null, "Jones, J. L. (n.d.). T. J.")]
    public void Should_write_the_year_with_its_suffix_or_no_date(int? year, string? suffix, string expected)
    {
        // Given a journal article of that year, or none
        var reference = new ReferenceFrontMatter("T")
        {
            Type = CslTypes.ArticleJournal,
            Authors = [new Author("Jones", "JL")],
            ContainerTitle = "J",
            Issued = year is { } y ? new PartialDate(y) : null,
        };

        // When it is formatted with the suffix the site gave it
        var text = ApaFormatter.Format(reference, suffix).Text;

        // Then the date is "2018a", "n.d.-b" or "n.d.", and initials written "JL" are two initials
        text.ShouldBe(expected);
    }

    [Fact]
    public void Should_link_the_doi_as_its_address_and_end_with_it()
    {
        // Given a journal article with a DOI and a PubMed id
        var reference = new ReferenceFrontMatter("Efficacy of ketamine")
        {
            Type = CslTypes.ArticleJournal,
            Authors = [new Author("Jones", "JL"), new Author("Mateus", "CF"), new Author("Back", "SE")],
            ContainerTitle = "Front Psychiatry",
            Issued = new PartialDate(2018, 7, 24),
            Volume = "9",
            Issue = "3",
            Page = "277",
            Doi = "10.3389/fpsyt.2018.00277",
            Pmid = "30140240",
        };

        // When it is formatted
        var entry = ApaFormatter.Format(reference);

        // Then the DOI is the entry's last part, its whole address as text and link; the PubMed id is not APA's
        entry.Text.ShouldBe("Jones, J. L., Mateus, C. F., & Back, S. E. (2018). Efficacy of ketamine. Front Psychiatry, 9(3), 277. https://doi.org/10.3389/fpsyt.2018.00277");
        entry.Segments[^1].ShouldBe(new EntrySegment("https://doi.org/10.3389/fpsyt.2018.00277", EntryPart.Doi, "https://doi.org/10.3389/fpsyt.2018.00277"));
        entry.Segments.ShouldNotContain(s => s.Part == EntryPart.Pmid);
        entry.Html.ShouldBe("<span class=\"apa\">Jones, J. L., Mateus, C. F., &amp; Back, S. E. (2018). Efficacy of ketamine. <i>Front Psychiatry</i>, <i>9</i>(3), 277. "
            + "<a href=\"https://doi.org/10.3389/fpsyt.2018.00277\" class=\"doi\" rel=\"noopener\">https://doi.org/10.3389/fpsyt.2018.00277</a></span>");
    }
}
