using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Building;
using Site.Theme;

namespace Site.Core.Tests.Styles.Apa;

/// <summary>How citations read in the text under <c>citationStyle: apa</c>: in brackets and, APA's narrative form, in the text.</summary>
public sealed class ApaCitationsTests
{
    [Theory]
    [InlineData("@jones-2018 found it works.", "Jones et al. (2018) found it works.")]
    [InlineData("As @smith-2020 found, it works.", "As Smith and Roe (2020b) found, it works.")]
    [InlineData("As @roe-2019 [p. 3] found, it works.", "As Roe (2019, p. 3) found, it works.")]
    [InlineData("As @who-2021 says, it works.", "As Ketamine guideline (2021) says, it works.")]
    [InlineData("As @jones-2018 [p. 3; @roe-2019] found, it works.", "As Jones et al. (2018, p. 3; Roe, 2019) found, it works.")]
    public void Should_write_an_author_in_text_citation_as_the_names_then_the_year_in_parentheses(string sentence, string shown)
    {
        // Given an APA page citing works of three authors, two (with a year suffix: "A trial" sorts after "Another trial"), one with a page, and none, in the text
        var page = Render(sentence + "\n");

        // When it is rendered
        var paragraph = page.ShouldHave("main .body p");

        // Then it reads as APA's narrative citation, "and" not "&", the suffix and the locator inside the parentheses
        paragraph.TextContent.ShouldBe(shown);
        paragraph.ShouldHave("a.citation[data-cite]").GetAttribute("href").ShouldStartWith("#ref-");
        paragraph.ShouldHave(".citation-group").Id.ShouldBe("cite-1");
    }

    [Fact]
    public void Should_keep_the_space_before_a_citation_in_parentheses()
    {
        // Given bracketed citations after a word
        var page = Render("Trials agree [@jones-2018]. So do reviews [-@smith-2020].\n");

        // When it is rendered
        var paragraph = page.ShouldHave("main .body p");

        // Then the parentheses stand apart from the word, and a suppressed author leaves the year
        paragraph.TextContent.ShouldBe("Trials agree (Jones et al., 2018). So do reviews (2020b).");
    }

    [Fact]
    public void Should_write_markdown_in_a_prefix_and_a_locator_and_no_link_inside_a_link()
    {
        // Given a prefix and a locator in markdown, and a citation in a link's text
        var page = Render("It helps [*see* @roe-2019, p. **32**]; [the trial [@jones-2018]](https://example.org).\n");

        // When it is rendered
        var paragraph = page.ShouldHave("main .body p");

        // Then both are inline markdown, and the citation in the link is text with its hooks
        paragraph.ShouldHave(".citation-group em").TextContent.ShouldBe("see");
        paragraph.ShouldHave(".citation-group .locator strong").TextContent.ShouldBe("32");
        var link = paragraph.ShouldHave("a[href='https://example.org']");
        link.QuerySelectorAll("a").ShouldBeEmpty();
        link.ShouldHave("span.citation[data-cite='jones-2018']").TextContent.ShouldBe("Jones et al., 2018");
    }

    private static IHtmlDocument Render(string body)
    {
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\ncitationStyle: apa\n",
            ["about.md"] = "---\ntitle: About\n---\n\n" + body,
            ["references/jones-2018.md"] = "---\ntitle: A review\ntype: report\nauthor: [Jones JL, Mateus CF, Back SE]\nissued: 2018\n---\n",
            ["references/smith-2020.md"] = "---\ntitle: A trial\ntype: report\nauthor: [Smith A, Roe B]\nissued: 2020\n---\n",
            ["references/smith-2020b.md"] = "---\ntitle: Another trial\ntype: report\nauthor: [Smith A, Roe B]\nissued: 2020\n---\n",
            ["references/roe-2019.md"] = "---\ntitle: A cohort\ntype: report\nauthor: [Roe B]\nissued: 2019\n---\n",
            ["references/who-2021.md"] = "---\ntitle: Ketamine guideline\ntype: report\nissued: 2021\n---\n",
        });
        var compilation = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile();
        return new HtmlParser().ParseDocument(compilation.Site.PageAt("/about/")!.Html);
    }
}
