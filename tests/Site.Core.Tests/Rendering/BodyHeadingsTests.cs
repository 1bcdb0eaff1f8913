using AngleSharp.Dom;

namespace Site.Core.Tests.Rendering;

/// <summary>"On this page" as readers get it: the body's headings, linking to their ids, nested by level.</summary>
public sealed class BodyHeadingsTests
{
    private const string Reference = "---\ntitle: A review\ntype: report\nissued: 2018\nevidence: systematic-review\n---\n";

    private static TestSite Build(string body, string path = "about.md", string title = "About") => TestSite.Build(new Dictionary<string, string>
    {
        ["site.yml"] = "title: Test\nclaims: { substances: off, mechanisms: off, conditions: off }\n",
        ["index.md"] = TestSite.HomeLinking(Path.GetFileNameWithoutExtension(path)),
        [path] = $"---\ntitle: {title}\n---\n\n{body}",
        ["references/jones-2018.md"] = Reference,
    }, output: true);

    private static string UrlOf(string path) => path == "about.md" ? "/about/" : $"/{Path.ChangeExtension(path, null)}/";

    private static IElement? Contents(IDocument page) => page.QuerySelector("nav.page-contents");

    [Theory]
    [InlineData("about.md")]
    [InlineData("substances/ketamine.md")]
    [InlineData("mechanisms/neuroplasticity.md")]
    [InlineData("conditions/alcohol-use-disorder.md")]
    public void Should_list_three_headings_linking_to_the_ids_they_have(string path)
    {
        // Given a page of any kind with a body of three second-level headings
        using var site = Build("## Dosing\n\nText.\n\n## Effects\n\nText.\n\n## Risks\n\nText.\n", path, "Ketamine");

        // When the page is built
        var page = site.Page(UrlOf(path));

        // Then it has a nav named "On this page" whose links lead, in order, to the headings' own ids
        var nav = Contents(page).ShouldNotBeNull();
        nav.GetAttribute("aria-label").ShouldBe("On this page");
        nav.QuerySelector("summary")!.TextContent.ShouldBe("On this page");
        var links = nav.QuerySelectorAll("a");
        links.Select(a => a.TextContent).ShouldBe(["Dosing", "Effects", "Risks"]);
        var headings = page.QuerySelectorAll("main .body h2");
        links.Select(a => a.GetAttribute("href")).ShouldBe(headings.Select(h => "#" + h.Id));
        headings.Select(h => h.Id).ShouldBe(["dosing", "effects", "risks"]);
    }

    [Fact]
    public void Should_list_nothing_for_a_page_with_two_headings()
    {
        // Given a body with two headings
        using var site = Build("## Dosing\n\nText.\n\n### Effects\n\nText.\n");

        // When the page is built
        // Then it has no contents
        Contents(site.Page("/about/")).ShouldBeNull();
    }

    [Fact]
    public void Should_nest_third_level_headings_under_the_second_level_one_before_them_and_leave_out_the_fourth()
    {
        // Given a third-level heading before any second-level one, two second-level headings with third-level ones and a fourth-level one
        using var site = Build("### Preface\n\n## Dosing\n\n### Adults\n\n#### Weight\n\n### Children\n\n## Risks\n\n### Heart\n");

        // When the page is built
        var list = Contents(site.Page("/about/")).ShouldNotBeNull().QuerySelector("details > ol").ShouldNotBeNull();

        // Then the top level is the first third-level heading and the second-level ones, each with its third-level ones nested; no fourth level
        var top = list.Children.Where(c => c.TagName == "LI").ToArray();
        top.Select(li => li.QuerySelector("a")!.TextContent).ShouldBe(["Preface", "Dosing", "Risks"]);
        top[0].QuerySelector("ol").ShouldBeNull();
        top[1].QuerySelector("ol")!.QuerySelectorAll("a").Select(a => a.TextContent).ShouldBe(["Adults", "Children"]);
        top[2].QuerySelector("ol")!.QuerySelectorAll("a").Select(a => a.TextContent).ShouldBe(["Heart"]);
        list.TextContent.ShouldNotContain("Weight");
    }

    [Fact]
    public void Should_show_a_heading_as_plain_text_without_links_citation_numbers_or_note_marks()
    {
        // Given headings with a wiki link, emphasis, a citation and a footnote reference
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nclaims: { substances: off }\n",
            ["index.md"] = TestSite.HomeLinking("about"),
            ["about.md"] = "---\ntitle: About\n---\n\n## How [[ketamine]] works [@jones-2018]\n\nText.\n\n## *Risky* use[^1]\n\nText.\n\n## Plain\n\n[^1]: A note.\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nSee [[about]].\n",
            ["references/jones-2018.md"] = Reference,
        }, output: true);

        // When the page is built
        var nav = Contents(site.Page("/about/")).ShouldNotBeNull();

        // Then the contents read as plain words, link to the headings' ids, and hold no link but their own
        nav.QuerySelectorAll("li > a").Select(a => a.TextContent).ShouldBe(["How Ketamine works", "Risky use", "Plain"]);
        nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["#how-ketamine-works", "#risky-use", "#plain"]);
        nav.QuerySelectorAll("sup, em, .citation").ShouldBeEmpty();
        site.Page("/about/").GetElementById("how-ketamine-works").ShouldNotBeNull().TagName.ShouldBe("H2");
    }

    [Fact]
    public void Should_list_only_the_headings_of_the_bodys_own_sections()
    {
        // Given headings in a quote, in a list item, in an editorial block and at the top level
        using var site = Build("## One\n\n> ## Quoted\n\n- ## Listed\n\n::: editorial\n## Two\n:::\n\n## Three\n");

        // When the page is built
        var nav = Contents(site.Page("/about/")).ShouldNotBeNull();

        // Then the quoted and listed headings are left out
        nav.QuerySelectorAll("a").Select(a => a.TextContent).ShouldBe(["One", "Two", "Three"]);
    }

    [Fact]
    public void Should_lead_to_the_bodys_heading_when_the_theme_gives_its_own_section_the_same_id()
    {
        // Given a substance page whose body has a heading named as the theme's own "Mechanisms of action" section
        using var site = Build("## Mechanisms of action\n\nText.\n\n## Dosing\n\nText.\n\n## Risks\n\nText.\n", "substances/ketamine.md", "Ketamine");

        // When the page is built
        var page = site.Page("/substances/ketamine/");

        // Then the body's heading is numbered past the theme's id, the contents link to it, and every id of the page is unique
        var first = Contents(page).ShouldNotBeNull().QuerySelector("a")!.GetAttribute("href")!;
        first.ShouldBe("#mechanisms-of-action-2");
        page.GetElementById(first[1..])!.Closest(".body").ShouldNotBeNull();
        page.QuerySelectorAll("[id]").Select(e => e.Id).ShouldBeUnique();
    }

    [Fact]
    public void Should_give_headings_ids_no_claim_or_citation_of_the_page_has()
    {
        // Given a substance page that checks claims, with headings named like a citation's id and repeated
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["index.md"] = TestSite.HomeLinking("ketamine"),
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\n## Cite 1\n\nIt works [@jones-2018].\n\n## Effects\n\n## Effects\n",
            ["references/jones-2018.md"] = Reference,
        }, output: true);

        // When the page is built
        var page = site.Page("/substances/ketamine/");

        // Then the heading does not take the citation's id, the repeated heading is numbered, and the contents follow
        page.QuerySelectorAll("main .body h2").Select(h => h.Id).ShouldBe(["cite-1-2", "effects", "effects-2"]);
        Contents(page)!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["#cite-1-2", "#effects", "#effects-2"]);
        page.QuerySelectorAll("[id]").Select(e => e.Id).ShouldBeUnique();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void Should_give_headings_ids_no_claim_anchor_of_the_page_has(int claims)
    {
        // Given a substance page of claims, and then a heading whose slug is its first claim's anchor, with more claims
        var body = string.Concat(Enumerable.Range(1, claims).Select(i => $"Finding {i} holds [@jones-2018].\n\n"));
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["index.md"] = TestSite.HomeLinking("ketamine"),
            ["substances/ketamine.md"] = $"---\ntitle: Ketamine\n---\n\n{body}",
            ["references/jones-2018.md"] = Reference,
        };
        string anchor;
        using (var first = TestSite.Build(files, output: true))
        {
            anchor = first.Page("/substances/ketamine/").QuerySelector("main .body p[id^=claim-]")!.Id!;
        }

        files["substances/ketamine.md"] = $"---\ntitle: Ketamine\n---\n\n## {anchor}\n\n{body}";
        using var site = TestSite.Build(files, output: true);

        // When the page is built
        var page = site.Page("/substances/ketamine/");

        // Then the heading is numbered past the claim's anchor, which stays the claim's, and every id of the page is its own
        page.QuerySelector("main .body h2")!.Id.ShouldBe(anchor + "-2");
        page.QuerySelector("#" + anchor)!.LocalName.ShouldBe("p");
        page.QuerySelectorAll("[id]").Select(e => e.Id).ShouldBeUnique();
    }

    [Fact]
    public void Should_give_a_reference_page_no_contents()
    {
        // Given a reference whose annotation has three headings
        using var annotated = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["index.md"] = TestSite.HomeLinking("jones-2018") + "\nCites [@jones-2018].\n",
            ["references/jones-2018.md"] = Reference + "\n## Design\n\nText.\n\n## Findings\n\nText.\n\n## Limits\n\nText.\n",
        }, output: true);

        // When its page is built
        // Then it has none: the page's own sections (abstract, annotation, cited by) are its outline
        Contents(annotated.Page("/references/jones-2018/")).ShouldBeNull();
    }
}
