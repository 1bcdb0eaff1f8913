using AngleSharp.Html.Parser;
using Site.Core.Building;
using Site.Core.Styles.Vancouver;
using Site.Theme;

namespace Site.Core.Tests.Styles.Vancouver;

public sealed class VancouverCitationsTests
{
    [Theory]
    [InlineData(new[] { 1 }, "1")]
    [InlineData(new[] { 1, 2 }, "1,2")]
    [InlineData(new[] { 1, 2, 3 }, "1–3")]
    [InlineData(new[] { 1, 2, 3, 5 }, "1–3,5")]
    [InlineData(new[] { 1, 3, 4, 5, 6, 8, 9 }, "1,3–6,8,9")]
    [InlineData(new[] { 2, 4, 6 }, "2,4,6")]
    public void Should_collapse_runs_of_three_or_more_consecutive_numbers_into_a_range(int[] numbers, string shown)
    {
        // Given the numbers of the works one citation names, in ascending order
        var cited = numbers.Select(n => (n, Key(n), (string?)null)).ToArray();

        // When the citation's parts are worked out
        var parts = VancouverCitations.Parts(cited);

        // Then pairs stay apart and only runs of three or more become a range
        Shown(parts).ShouldBe(shown);
    }

    [Theory]
    [InlineData(new[] { 3, 1, 2 }, "1–3")]
    [InlineData(new[] { 5, 2, 1, 3 }, "1–3,5")]
    [InlineData(new[] { 9, 4 }, "4,9")]
    public void Should_sort_the_numbers_whatever_order_the_keys_are_written_in(int[] numbers, string shown)
    {
        // Given keys written out of number order ("[@c; @a; @b]")
        var cited = numbers.Select(n => (n, Key(n), (string?)null)).ToArray();

        // When the citation's parts are worked out
        var parts = VancouverCitations.Parts(cited);

        // Then they are shown in ascending order
        Shown(parts).ShouldBe(shown);
    }

    [Theory]
    [InlineData(new[] { 1, 1 }, "1")]
    [InlineData(new[] { 2, 1, 2 }, "1,2")]
    [InlineData(new[] { 1, 2, 2, 3 }, "1–3")]
    public void Should_show_a_work_named_twice_in_one_citation_once(int[] numbers, string shown)
    {
        // Given a key written twice in one citation ("[@a; @b; @a]")
        var cited = numbers.Select(n => (n, Key(n), (string?)null)).ToArray();

        // When the citation's parts are worked out
        var parts = VancouverCitations.Parts(cited);

        // Then its number appears once, and still counts toward a range
        Shown(parts).ShouldBe(shown);
    }

    [Fact]
    public void Should_keep_a_number_with_a_locator_on_its_own_so_it_breaks_a_run()
    {
        // Given three consecutive works, the middle one with a page
        (int, string, string?)[] cited = [(1, "a", null), (2, "b", "p. 3"), (3, "c", null)];

        // When the citation's parts are worked out
        var parts = VancouverCitations.Parts(cited);

        // Then no range is made across it, and the locator stays with its number
        Shown(parts).ShouldBe("1,2(p. 3),3");
    }

    [Fact]
    public void Should_make_a_range_of_the_numbers_around_a_locator_when_they_alone_form_a_run()
    {
        // Given four consecutive works without locators, then a fifth with one
        (int, string, string?)[] cited = [(5, "e", "ch. 2"), (4, "d", null), (3, "c", null), (2, "b", null), (1, "a", null)];

        // When the citation's parts are worked out
        var parts = VancouverCitations.Parts(cited);

        // Then the run before it collapses and the number with a locator follows it
        Shown(parts).ShouldBe("1–4,5(ch. 2)");
    }

    [Fact]
    public void Should_drop_the_bare_number_of_a_work_also_cited_with_a_locator()
    {
        // Given "[@a; @a, p. 3]": the same work with and without a page
        (int, string, string?)[] cited = [(1, "a", null), (1, "a", "p. 3")];

        // When the citation's parts are worked out
        var parts = VancouverCitations.Parts(cited);

        // Then only the number with the page is shown
        Shown(parts).ShouldBe("1(p. 3)");
    }

    [Fact]
    public void Should_link_a_range_to_the_works_at_its_two_ends()
    {
        // Given three consecutive works and a fourth apart
        (int, string, string?)[] cited = [(2, "b", null), (1, "a", null), (3, "c", null), (5, "e", null)];

        // When the citation's parts are worked out
        var parts = VancouverCitations.Parts(cited);

        // Then the range starts at the first work's key and ends at the last's; the lone number keeps its own
        parts.Select(p => (p.First.Key, p.Last?.Key)).ShouldBe([("a", "c"), ("e", null)]);
    }

    [Fact]
    public void Should_show_an_unknown_key_as_written_while_the_build_fails()
    {
        // Given a citation of a known and an unknown key, compiled in memory (as preview does while there are errors)
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["about.md"] = "---\ntitle: About\n---\n\nTrials agree [@smith-2020; @jones-2018].\n",
            ["references/jones-2018.md"] = "---\ntitle: A review\ntype: report\nissued: 2018\n---\n",
        });

        // When the page is rendered
        var compilation = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root).Compile();
        var page = new HtmlParser().ParseDocument(compilation.Site.PageAt("/about/")!.Html);

        // Then the known key is a numbered link and the unknown one is marked, never numbered
        compilation.Diagnostics.Select(d => d.Code).ShouldBe(["unknown-citation"]);
        var sup = page.ShouldHave("#cite-1 sup");
        sup.TextContent.ShouldBe("1,@smith-2020");
        sup.ShouldHave("a.citation").GetAttribute("href").ShouldBe("#ref-jones-2018");
        sup.ShouldHave(".citation-unknown").TextContent.ShouldBe("@smith-2020");
        page.QuerySelectorAll("a[href='#ref-smith-2020'], #ref-smith-2020").ShouldBeEmpty();
    }

    [Fact]
    public void Should_set_the_number_against_the_word_it_supports_without_the_space_written_before_it()
    {
        // Given citations written after one space, after two, and at the start of a line, as Pandoc has them
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["about.md"] = "---\ntitle: About\n---\n\nTrials agree [@jones-2018]. So do reviews  [@jones-2018; @smith-2020], mostly. And a trial\n[@smith-2020].\n",
            ["references/jones-2018.md"] = "---\ntitle: A review\ntype: report\nissued: 2018\n---\n",
            ["references/smith-2020.md"] = "---\ntitle: A trial\ntype: report\nissued: 2020\n---\n",
        });

        // When the page is rendered
        var compilation = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile();
        var paragraph = new HtmlParser().ParseDocument(compilation.Site.PageAt("/about/")!.Html).ShouldHave("main .body p");

        // Then no space comes before either number, and the text around them is kept
        paragraph.TextContent.ShouldBe("Trials agree1. So do reviews1,2, mostly. And a trial2.");
    }

    private static string Key(int number) => ((char)('a' + number - 1)).ToString();

    private static string Shown(IReadOnlyList<((int Number, string Key) First, (int Number, string Key)? Last, string? Locator)> parts) =>
        string.Join(',', parts.Select(p => $"{p.First.Number}{(p.Last is { } last ? $"–{last.Number}" : "")}{(p.Locator is { } locator ? $"({locator})" : "")}"));
}
