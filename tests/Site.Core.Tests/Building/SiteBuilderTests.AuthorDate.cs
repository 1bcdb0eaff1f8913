using System.Text.RegularExpressions;

namespace Site.Core.Tests.Building;

/// <summary>
/// The citations fixture under <c>citationStyle: apa</c>, with a second "Jones et al., 2018" so that the two need year
/// suffixes: what a reader sees in the text, in each page's reference list, on reference pages and in the bibliography.
/// </summary>
public sealed partial class SiteBuilderTests
{
    // A second work that reads "Jones et al., 2018" in the text: its co-authors sort after jones-2018's ("Smith" after "Mateus").
    private const string SecondJones =
        "---\ntype: article-journal\ntitle: Ketamine and alcohol craving\nauthor: [Jones JL, Smith A, Roe B]\n"
        + "container-title: Addiction\nissued: 2018\nvolume: \"113\"\npage: 10-19\nevidence: rct\n---\n\nA trial.\n";

    [Fact]
    public void Should_build_the_citations_fixture_in_apa_without_diagnostics()
    {
        // Given the citations fixture set to APA
        using var site = AuthorDateSite();

        // When it is built
        var result = site.Build(output: true);

        // Then nothing is reported
        result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        result.Written.ShouldBeTrue();
    }

    [Theory]
    [InlineData("/substances/ketamine/", new[]
    {
        "cite-1 (Jones et al., 2018a)", "cite-2 (see Hilal et al., 2023, p. 165)", "cite-3 (Horowitz & Taylor, 2023)", "cite-4 (Lalanne et al., 2016)",
        "cite-5 (Rowland et al., 2010)", "cite-6 (Hilal et al., 2023; Horowitz & Taylor, 2023; Jones et al., 2018a; Rowland et al., 2010)",
        "cite-7 (Jones et al., 2018a)", "cite-8 (Lalanne et al., 2016)",
    })]
    [InlineData("/substances/alcohol/", new[] { "cite-1 (Jones et al., 2018a)", "cite-2 (Hilal et al., 2023; Jones et al., 2018a; Jones et al., 2018b)" })]
    public void Should_write_each_citation_as_authors_and_year_in_parentheses(string url, string[] expected)
    {
        // Given the APA site, where alcohol also cites the second Jones 2018
        using var site = AuthorDateSite();

        // When it is built
        site.Build(output: true);

        // Then each citation has its id and reads as APA writes it: prefix, names, year and suffix, locator, in the list's order
        var groups = site.Page(url).QuerySelectorAll("main .body .citation-group");
        groups.Select(g => $"{g.Id} {g.TextContent}").ShouldBe(expected);
        groups.ShouldAllBe(g => g.QuerySelectorAll("sup").Length == 0);
    }

    [Fact]
    public void Should_link_each_author_date_citation_to_the_reference_list_with_the_same_hooks_as_numbers()
    {
        // Given the APA site
        using var site = AuthorDateSite();

        // When it is built
        site.Build(output: true);

        // Then each name and year is a.citation[data-cite] leading to #ref-KEY, and each entry links back to the citation's id
        var page = site.Page("/substances/ketamine/");
        var links = page.ShouldHave("#cite-6").QuerySelectorAll("a.citation[data-cite]");
        links.Select(a => $"{a.GetAttribute("data-cite")} {a.GetAttribute("href")} {a.TextContent}").ShouldBe(
        [
            "hilal-2023 #ref-hilal-2023 Hilal et al., 2023",
            "horowitz-2023 #ref-horowitz-2023 Horowitz & Taylor, 2023",
            "jones-2018 #ref-jones-2018 Jones et al., 2018a",
            "rowland-2010 #ref-rowland-2010 Rowland et al., 2010",
        ]);
        var backlinks = page.ShouldHave("#ref-jones-2018").QuerySelectorAll(".backlinks a[href]");
        backlinks.Select(a => $"{a.GetAttribute("href")} {a.GetAttribute("aria-label")}").ShouldBe(
        [
            "#cite-1 Back to citation 1 of Jones et al., 2018a",
            "#cite-6 Back to citation 2 of Jones et al., 2018a",
            "#cite-7 Back to citation 3 of Jones et al., 2018a",
        ]);
        foreach (var backlink in backlinks)
        {
            page.GetElementById(backlink.GetAttribute("href")![1..]).ShouldNotBeNull();
        }
    }

    [Fact]
    public void Should_list_a_pages_references_by_author_without_numbers()
    {
        // Given the APA site
        using var site = AuthorDateSite();

        // When it is built
        site.Build(output: true);

        // Then the list is unnumbered, sorted by first author, each entry APA's with its year suffix
        var list = site.Page("/substances/ketamine/").ShouldHave("section.references ul.reference-list");
        var entries = list.QuerySelectorAll(":scope > li");
        entries.Select(li => li.Id).ShouldBe(["ref-hilal-2023", "ref-horowitz-2023", "ref-jones-2018", "ref-lalanne-2016", "ref-rowland-2010"]);
        entries.ShouldAllBe(li => !li.HasAttribute("value"));
        site.Page("/substances/ketamine/").QuerySelector("ol.reference-list").ShouldBeNull();
        Collapse(entries[2].ShouldHave(".entry").TextContent).ShouldStartWith("Jones, J. L., Mateus, C. F., Malcolm, R. J., Brady, K. T., & Back, S. E. (2018a). Efficacy of Ketamine");
        entries[2].ShouldHave(".entry i").TextContent.ShouldBe("Front Psychiatry");
    }

    [Fact]
    public void Should_give_a_work_the_same_year_suffix_on_every_page_its_reference_page_and_the_bibliography()
    {
        // Given the APA site, with two works that read "Jones et al., 2018"
        using var site = AuthorDateSite();

        // When it is built
        site.Build(output: true);

        // Then jones-2018 is 2018a and the second 2018b wherever they are shown
        foreach (var url in new[] { "/substances/ketamine/", "/substances/alcohol/" })
        {
            site.Page(url).QuerySelectorAll("a.citation[data-cite='jones-2018']").ShouldAllBe(a => a.TextContent == "Jones et al., 2018a", url);
            site.Page(url).ShouldHave("#ref-jones-2018 .entry").TextContent.ShouldContain("(2018a).", Case.Sensitive, url);
        }

        site.Page("/substances/alcohol/").ShouldHave("#ref-jones-2018-craving .entry").TextContent.ShouldContain("(2018b).");
        site.Page("/references/jones-2018/").ShouldHave("p.entry.full-entry").TextContent.ShouldContain("(2018a).");
        site.Page("/references/jones-2018-craving/").ShouldHave("p.entry.full-entry").TextContent.ShouldContain("(2018b).");
        var bibliography = site.Page("/references/").QuerySelectorAll("li[data-cite^='jones-2018']");
        bibliography.Select(li => Regex.Match(li.TextContent, @"\(2018[ab]\)").Value).Order().ShouldBe(["(2018a)", "(2018b)"]);
    }

    [Fact]
    public void Should_sort_the_bibliography_by_author_within_each_evidence_level()
    {
        // Given the APA site, whose "not assessed" level holds works of several authors
        using var site = AuthorDateSite();

        // When it is built
        site.Build(output: true);

        // Then within each level the works follow APA's order (authors, then year)
        var levels = site.Page("/references/").QuerySelectorAll("section[data-evidence]");
        levels.ShouldNotBeEmpty();
        foreach (var level in levels)
        {
            var keys = level.QuerySelectorAll("li[data-cite]").Select(li => li.GetAttribute("data-cite")!).ToList();
            keys.ShouldBe([.. keys.Order(StringComparer.Ordinal)], level.Id);
        }
    }

    private static TestSite AuthorDateSite()
    {
        var site = TestSite.FromFixture(Citations);
        site.WriteText("site.yml", "title: Citations fixture\nbaseUrl: https://example.org/\nlanguage: en\ncitationStyle: apa\n");
        site.WriteText("references/jones-2018-craving.md", SecondJones);
        var alcohol = Path.Combine(site.InputDirectory, "substances", "alcohol.md");
        File.WriteAllText(alcohol, File.ReadAllText(alcohol).Replace("[@hilal-2023; @jones-2018]", "[@hilal-2023; @jones-2018; @jones-2018-craving]", StringComparison.Ordinal));
        return site;
    }
}
