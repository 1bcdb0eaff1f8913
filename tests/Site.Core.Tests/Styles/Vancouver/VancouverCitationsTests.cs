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

    [Fact]
    public void Should_give_any_citation_the_parts_of_its_works_each_once_in_order_as_first_written()
    {
        // Given citations of up to 30 works, out of order, repeated, with and without locators, and a number under two
        // keys (which of them is kept shows which occurrence wins)
        var random = new Random(20);
        string?[] locators = [null, null, "p. 3", "p. 4"];
        for (var run = 0; run < 2000; run++)
        {
            var cited = Enumerable.Range(0, random.Next(1, run % 10 == 0 ? 30 : 6))
                .Select(i => (Number: random.Next(1, 9), Key: $"k{i}", Locator: locators[random.Next(locators.Length)]))
                .ToArray();
            // The plain definition: each (number, locator) once as first written, by number, the bare number first.
            var ordered = cited.DistinctBy(c => (c.Number, c.Locator)).OrderBy(c => c.Number).ThenBy(c => c.Locator is not null).ToArray();

            // When the parts are worked out from the citation as written and from its plain ordering
            var parts = VancouverCitations.Parts(cited);

            // Then they are the same, keys included
            parts.ShouldBe(VancouverCitations.Parts(ordered), string.Join("; ", cited));
        }
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

    [Theory]
    [InlineData("@jones-2018 found it works.", "Jones et al.1 found it works.")]
    [InlineData("As @smith-2020 found, it works.", "As Smith and Roe2 found, it works.")]
    [InlineData("As @roe-2019 [p. 3] found, it works.", "As Roe3(p. 3) found, it works.")]
    [InlineData("As @who-2021 says, it works.", "As Ketamine guideline4 says, it works.")]
    public void Should_write_an_author_in_text_citation_as_the_authors_names_and_the_number(string sentence, string shown)
    {
        // Given a page citing four works in brackets, then one of them in the text: three authors, two, one with a page, none
        var page = InText("We cite [@jones-2018; @smith-2020; @roe-2019; @who-2021].\n\n" + sentence + "\n");

        // When it is rendered
        var paragraph = page.QuerySelectorAll("main .body p")[1];

        // Then it reads as the names (or the title) and the work's number, with the space before the names kept
        paragraph.TextContent.ShouldBe(shown);
        paragraph.ShouldHave("sup a.citation[data-cite]").GetAttribute("href").ShouldStartWith("#ref-");
    }

    [Fact]
    public void Should_join_two_authors_with_the_sites_languages_word_for_and()
    {
        // Given a German site citing a work of two authors in the text
        var page = InText("Laut @smith-2020 wirkt es.\n", settings: "language: de\n");

        // When it is rendered
        var paragraph = page.ShouldHave("main .body p");

        // Then the names are joined as German joins them
        paragraph.TextContent.ShouldBe("Laut Smith und Roe1 wirkt es.");
    }

    [Theory]
    [InlineData("en", "reference 1")]
    [InlineData("de", "Quelle 1")]
    [InlineData("fr", "référence 1")]
    public void Should_name_a_citations_number_for_screen_readers_in_the_sites_language(string language, string label)
    {
        // Given a site in a language, citing a work in brackets and in the text
        var page = InText("Laut @smith-2020 wirkt es [@smith-2020].\n", settings: $"language: {language}\n");

        // When it is rendered
        var names = page.QuerySelectorAll("main .body a.citation").Select(a => a.GetAttribute("aria-label"));

        // Then each number is named in that language
        names.ShouldBe([label, label]);
    }

    [Fact]
    public void Should_number_an_author_in_text_citation_in_order_of_first_citation_and_link_back_to_it()
    {
        // Given a page whose first citation is in the text, then one in brackets
        var page = InText("@smith-2020 found it, later confirmed [@jones-2018; @smith-2020].\n");

        // When it is rendered
        var groups = page.QuerySelectorAll("main .body .citation-group");

        // Then the in-text work is 1, both groups have their ids, and the reference list links back to each
        groups.Select(g => $"{g.Id} {g.TextContent}").ShouldBe(["cite-1 Smith and Roe1", "cite-2 1,2"]);
        page.ShouldHave("#ref-smith-2020").QuerySelectorAll(".backlinks a[href]").Select(a => a.GetAttribute("href")).ShouldBe(["#cite-1", "#cite-2"]);
        page.QuerySelectorAll("ol.reference-list > li").Select(li => li.Id).ShouldBe(["ref-smith-2020", "ref-jones-2018"]);
    }

    [Fact]
    public void Should_join_the_further_works_of_an_in_text_citations_bracket_to_its_number()
    {
        // Given in-text citations followed by a locator and a work, and by a bracketed citation with a prefix
        var page = InText("@jones-2018 [p. 3; @roe-2019] agree, and @smith-2020 [see @who-2021] too.\n");

        // When it is rendered
        var groups = page.QuerySelectorAll("main .body .citation-group");

        // Then each is one citation: the names, the number with its page, the other works after it
        groups.Select(g => g.TextContent).ShouldBe(["Jones et al.1(p. 3),2", "Smith and Roe3 see 4"]);
        groups[0].QuerySelectorAll("a.citation").Select(a => a.GetAttribute("data-cite")).ShouldBe(["jones-2018", "roe-2019"]);
    }

    [Fact]
    public void Should_keep_the_space_before_a_citation_that_starts_with_a_prefix()
    {
        // Given "debated [see @a]", a prefix in markdown, and a parenthesis as the prefix
        var page = InText("This is debated [see @jones-2018]. It is [*see* @smith-2020, p. **32**] and [(@roe-2019)].\n");

        // When it is rendered
        var paragraph = page.ShouldHave("main .body p");

        // Then the prefix is apart from the word before it, its markdown rendered, and "(" hugs the number
        paragraph.TextContent.ShouldBe("This is debated see 1. It is see 2(p. 32) and (3).");
        var groups = paragraph.QuerySelectorAll(".citation-group");
        groups[1].ShouldHave("em").TextContent.ShouldBe("see");
        groups[1].ShouldHave(".locator strong").TextContent.ShouldBe("32");
    }

    [Fact]
    public void Should_encode_markup_in_a_prefix_or_a_locator()
    {
        // Given a prefix and a locator holding raw HTML
        var page = InText("It is [<script>x</script> @jones-2018, p. 3 & <b>4</b>].\n");

        // When it is rendered
        var group = page.ShouldHave("main .body .citation-group");

        // Then the tags are text, never elements
        group.TextContent.ShouldBe("<script>x</script> 1(p. 3 & <b>4</b>)");
        group.QuerySelectorAll("script, b").ShouldBeEmpty();
    }

    [Fact]
    public void Should_write_a_citation_in_a_links_text_without_a_link_inside_the_link()
    {
        // Given a citation inside a link's text, then one outside it
        var page = InText("Read [the review [@jones-2018]](https://example.org) and [@smith-2020].\n");

        // When it is rendered
        var link = page.ShouldHave("main .body p > a[href='https://example.org']");

        // Then no link is nested in the link, the number keeps its hooks and its group the id the list links back to
        link.QuerySelectorAll("a").ShouldBeEmpty();
        link.ShouldHave("#cite-1 span.citation[data-cite='jones-2018']").TextContent.ShouldBe("1");
        page.ShouldHave("#ref-jones-2018 .backlinks a[href='#cite-1']");
        page.ShouldHave("#cite-2 a.citation").TextContent.ShouldBe("2");
    }

    [Fact]
    public void Should_show_a_citation_in_an_images_alt_text_as_text_and_number_nothing_for_it()
    {
        // Given an image whose alt text holds a citation, in a paragraph citing another work
        var page = InText("![Dose curve [@jones-2018]](curve.png) as shown [@smith-2020].\n");

        // When it is rendered
        var image = page.ShouldHave("main .body img");

        // Then the alt text shows it as written; only the other work is numbered and listed, and no back-link dangles
        image.GetAttribute("alt").ShouldBe("Dose curve [@jones-2018]");
        page.QuerySelectorAll("main .body .citation-group").Select(g => g.TextContent).ShouldBe(["1"]);
        page.QuerySelectorAll("ol.reference-list > li").Select(li => li.Id).ShouldBe(["ref-smith-2020"]);
        foreach (var backlink in page.QuerySelectorAll(".backlinks a[href^='#']"))
        {
            page.GetElementById(backlink.GetAttribute("href")![1..]).ShouldNotBeNull();
        }
    }

    [Fact]
    public void Should_cite_both_works_joined_by_and_without_showing_and_as_a_locator()
    {
        // Given "[as reviewed in @a and @b]"
        var page = InText("It helps [as reviewed in @jones-2018 and @smith-2020].\n");

        // When it is rendered
        var group = page.ShouldHave("main .body .citation-group");

        // Then both works are numbered after the prefix, and no "(and)" locator is shown
        group.TextContent.ShouldBe("as reviewed in 1,2");
        group.QuerySelectorAll(".locator").ShouldBeEmpty();
    }

    [Fact]
    public void Should_cite_keys_with_letters_and_digits_outside_the_basic_multilingual_plane()
    {
        // Given references whose ids hold a mathematical letter and digit
        var page = InText("Shown [@𝒜-2020] and [@smith𝟏].\n", ("𝒜-2020", "A study"), ("smith𝟏", "Another study"));

        // When it is rendered
        var links = page.QuerySelectorAll("main .body a.citation");

        // Then both are cited by their whole keys
        links.Select(a => a.GetAttribute("data-cite")).ShouldBe(["𝒜-2020", "smith𝟏"]);
    }

    [Fact]
    public void Should_write_an_at_word_that_names_no_reference_as_the_text_written()
    {
        // Given prose naming a handle, an e-mail address and an escaped key
        var page = InText("Follow @twitter or write to editor@example.org about \\@jones-2018, as a review [@jones-2018] does.\n");

        // When it is rendered
        var paragraph = page.ShouldHave("main .body p");

        // Then they are text, and only the bracketed citation is a citation
        paragraph.TextContent.ShouldBe("Follow @twitter or write to editor@example.org about @jones-2018, as a review1 does.");
        paragraph.QuerySelectorAll(".citation-group").Length.ShouldBe(1);
    }

    // A page citing works of three, two, one and no authors, rendered in memory.
    private static AngleSharp.Html.Dom.IHtmlDocument InText(string body, params (string Id, string Title)[] more) => InText(body, string.Empty, more);

    private static AngleSharp.Html.Dom.IHtmlDocument InText(string body, string settings, params (string Id, string Title)[] more)
    {
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n" + settings,
            ["about.md"] = "---\ntitle: About\n---\n\n" + body,
            ["references/jones-2018.md"] = "---\ntitle: A review\ntype: report\nauthor: [Jones JL, Mateus CF, Back SE]\nissued: 2018\n---\n",
            ["references/smith-2020.md"] = "---\ntitle: A trial\ntype: report\nauthor: [Smith A, Roe B]\nissued: 2020\n---\n",
            ["references/roe-2019.md"] = "---\ntitle: A cohort\ntype: report\nauthor: [Roe B]\nissued: 2019\n---\n",
            ["references/who-2021.md"] = "---\ntitle: Ketamine guideline\ntype: report\nissued: 2021\n---\n",
        };
        foreach (var (id, title) in more)
        {
            files[$"references/{id}.md"] = $"---\ntitle: {title}\ntype: report\nissued: 2020\n---\n";
        }

        using var site = TestSite.Write(files);
        var compilation = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile();
        return new HtmlParser().ParseDocument(compilation.Site.PageAt("/about/")!.Html);
    }

    private static string Key(int number) => ((char)('a' + number - 1)).ToString();

    private static string Shown(IReadOnlyList<((int Number, string Key) First, (int Number, string Key)? Last, string? Locator)> parts) =>
        string.Join(',', parts.Select(p => $"{p.First.Number}{(p.Last is { } last ? $"–{last.Number}" : "")}{(p.Locator is { } locator ? $"({locator})" : "")}"));
}
