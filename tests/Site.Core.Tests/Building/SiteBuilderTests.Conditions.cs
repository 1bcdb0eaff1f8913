using System.Text.Json;
using AngleSharp.Dom;

namespace Site.Core.Tests.Building;

/// <summary>The condition kind: condition pages, their list, the links both ways with substances, and their grid on the evidence map.</summary>
public sealed partial class SiteBuilderTests
{
    // Ketamine lists both conditions and links to one in a claim; cocaine lists one and links to none; methadone lists none.
    private static Dictionary<string, string> ConditionSite(string? claims = null) => new()
    {
        ["site.yml"] = "title: T\nbaseUrl: https://example.org/\n" + (claims is null ? "" : $"claims:\n  conditions: {claims}\n"),
        ["index.md"] = TestSite.HomeLinking("methadone"),
        ["conditions/alcohol-use-disorder.md"] =
            "---\ntitle: Alcohol use disorder\naliases: [AUD]\nsummary: Drinking that harms and is hard to stop.\nreviewed: 2025-05-01\n---\n\nIt is common [@jones-2018].\n",
        ["conditions/cocaine-use-disorder.md"] = "---\ntitle: Cocaine use disorder\nsummary: Use of cocaine that harms and is hard to stop.\n---\n\nIt has no approved medicine [@jones-2018].\n",
        ["substances/ketamine.md"] =
            "---\ntitle: Ketamine\nsummary: A dissociative anaesthetic.\nconditions: [alcohol-use-disorder, cocaine-use-disorder]\n---\n\n"
            + "Ketamine reduced drinking in [[alcohol-use-disorder]] [@jones-2018].\n\nIt is given by infusion [@jones-2018].\n",
        ["substances/cocaine.md"] = "---\ntitle: Cocaine\nsummary: A stimulant.\nconditions: [cocaine-use-disorder]\n---\n\nCocaine is a stimulant [@jones-2018].\n",
        ["substances/methadone.md"] = "---\ntitle: Methadone\nsummary: An opioid.\n---\n\nMethadone is an opioid [@jones-2018].\n",
        ["references/jones-2018.md"] = "---\ntype: report\ntitle: A review\nissued: 2018\nevidence: systematic-review\n---\n",
    };

    [Fact]
    public void Should_give_a_condition_a_page_with_the_substances_studied_for_it_and_the_claims_that_link_them()
    {
        // Given two substances studied for alcohol use disorder, one of which links to it in a claim
        using var site = TestSite.Build(ConditionSite(), output: true);
        site.Result.Diagnostics.ShouldBeEmpty();

        // When the condition's page is read
        var page = site.Page("/conditions/alcohol-use-disorder/");

        // Then it shows its title, aliases, summary and body, and the substances that list it, with their summaries
        var article = page.ShouldHave("article.condition");
        article.ShouldHave("h1").TextContent.ShouldBe("Alcohol use disorder");
        article.ShouldHave(".aliases").TextContent.ShouldBe("Also known as AUD");
        article.ShouldHave(".lead").TextContent.ShouldBe("Drinking that harms and is hard to stop.");
        article.ShouldHave(".body p[data-claim]").TextContent.ShouldStartWith("It is common");
        var studied = page.ShouldHave("section[aria-labelledby=substances-studied]");
        studied.QuerySelectorAll("li > a").Select(a => (a.TextContent, SiteUrl("/conditions/alcohol-use-disorder/", a.GetAttribute("href")!)))
            .ShouldBe([("Ketamine", "/substances/ketamine/")]);
        studied.ShouldHave("li .summary").TextContent.ShouldBe("A dissociative anaesthetic.");

        // And the claims on substance pages that link to it, each leading to the claim on its page
        var connections = page.ShouldHave("section[aria-labelledby=connecting-claims]");
        connections.QuerySelectorAll("section.pair h3").Select(h => h.TextContent).ShouldBe(["Ketamine"]);
        connections.ShouldHave("blockquote").TextContent.ShouldBe("Ketamine reduced drinking in Alcohol use disorder.");
        var href = connections.ShouldHave("a.claim-link").GetAttribute("href")!;
        var anchor = href[(href.IndexOf('#') + 1)..];
        SiteUrl("/conditions/alcohol-use-disorder/", href).ShouldBe("/substances/ketamine/");
        site.Page("/substances/ketamine/").GetElementById(anchor).ShouldNotBeNull().TextContent.ShouldStartWith("Ketamine reduced drinking");

        // And the evidence behind the page, as a mechanism page shows it
        page.ShouldHave("#evidence-behind-this-page");
        article.ShouldHave(".evidence-glance .evidence-badge").GetAttribute("data-evidence").ShouldBe("systematic-review");
    }

    [Fact]
    public void Should_say_so_when_no_substance_links_to_a_condition_in_a_claim()
    {
        // Given a condition two substances list, neither linking to it from a claim
        using var site = TestSite.Build(ConditionSite(), output: true);

        // When its page is read
        var page = site.Page("/conditions/cocaine-use-disorder/");

        // Then both substances are listed, in title order, and no claim is quoted
        page.ShouldHave("section[aria-labelledby=substances-studied]").QuerySelectorAll("li > a").Select(a => a.TextContent).ShouldBe(["Cocaine", "Ketamine"]);
        var connections = page.ShouldHave("section[aria-labelledby=connecting-claims]");
        connections.QuerySelector("blockquote").ShouldBeNull();
        connections.ShouldHave(".empty").TextContent.ShouldBe("No claim on a substance's page links to Cocaine use disorder yet.");
    }

    [Fact]
    public void Should_list_a_substances_conditions_on_its_page_and_nothing_for_a_substance_with_none()
    {
        // Given substances with and without conditions
        using var site = TestSite.Build(ConditionSite(), output: true);

        // When their pages are read
        var ketamine = site.Page("/substances/ketamine/");
        var methadone = site.Page("/substances/methadone/");

        // Then ketamine lists its conditions in the order written, linking to their pages
        var section = ketamine.ShouldHave("section[aria-labelledby=conditions-studied]");
        section.ShouldHave("h2").TextContent.ShouldBe("Conditions it has been studied for");
        section.QuerySelectorAll("li > a").Select(a => SiteUrl("/substances/ketamine/", a.GetAttribute("href")!))
            .ShouldBe(["/conditions/alcohol-use-disorder/", "/conditions/cocaine-use-disorder/"]);

        // And methadone has no such section
        methadone.QuerySelector("section[aria-labelledby=conditions-studied]").ShouldBeNull();
    }

    [Fact]
    public void Should_list_every_condition_at_conditions_and_link_it_from_every_page_and_the_breadcrumbs()
    {
        // Given the site with two conditions
        using var site = TestSite.Build(ConditionSite(), output: true);

        // When the list, a page's navigation and a condition's breadcrumbs are read
        var list = site.Page("/conditions/");
        var navigation = site.Page("/substances/methadone/").ShouldHave("nav[aria-label=Site]");
        var trail = site.Page("/conditions/cocaine-use-disorder/").ShouldHave("nav[aria-label=Breadcrumb]");

        // Then the list names each condition, in title order, with its summary
        list.ShouldHave("h1").TextContent.ShouldBe("Conditions");
        list.QuerySelectorAll("main li > a").Select(a => a.TextContent).ShouldBe(["Alcohol use disorder", "Cocaine use disorder"]);
        list.QuerySelectorAll("main li .summary").Select(p => p.TextContent).ShouldBe(["Drinking that harms and is hard to stop.", "Use of cocaine that harms and is hard to stop."]);

        // And the navigation links to the list after mechanisms, and the trail runs Home, Conditions, the page
        navigation.QuerySelectorAll("a").Select(a => a.TextContent).ShouldBe(["Substances", "Mechanisms", "Conditions", "References", "Evidence map"], ignoreOrder: false);
        trail.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ShouldBe(["Home", "Conditions", "Cocaine use disorder"]);
    }

    [Fact]
    public void Should_count_conditions_on_the_home_page_as_it_counts_mechanisms()
    {
        // Given the site with two conditions, each cited once
        using var site = TestSite.Build(ConditionSite(), output: true);

        // When the home page is read
        var section = site.Page("/").ShouldHave("section[aria-labelledby=conditions]");

        // Then it has a card per condition with its references and claims
        section.ShouldHave("h2").TextContent.ShouldBe("Conditions");
        section.QuerySelectorAll(".evidence-counts").Select(c => c.TextContent).ShouldBe(["1 reference · 1 claim", "1 reference · 1 claim"]);
    }

    [Fact]
    public void Should_show_substances_by_condition_as_a_second_grid_of_the_evidence_map()
    {
        // Given ketamine listing both conditions and linking to one, and cocaine listing one
        using var site = TestSite.Build(ConditionSite(), output: true);

        // When the evidence map is read
        var map = site.Page("/evidence/");
        var grids = map.QuerySelectorAll("table.evidence-grid");
        var grid = map.ShouldHave("section[aria-labelledby=condition-grid-caption] table.evidence-grid");

        // Then the second grid is headed, captioned and scrollable as the first is, substances by condition
        map.ShouldHave("#condition-grid-heading").TextContent.ShouldBe("Substances by condition");
        grid.ShouldHave("caption").TextContent.ShouldStartWith("Substances by condition:");
        grid.ParentElement!.GetAttribute("tabindex").ShouldBe("0");
        grid.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent).ShouldBe(["Alcohol use disorder", "Cocaine use disorder"]);
        grid.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent).ShouldBe(["Cocaine", "Ketamine"]);

        // And each cell counts the claims linking the two, leading to them; a listed pair without claims says so
        Cell(grid, "Ketamine", 0).GetAttribute("data-claims").ShouldBe("1");
        Cell(grid, "Ketamine", 0).ShouldHave("a.cell-link").GetAttribute("href").ShouldBe("#ketamine--alcohol-use-disorder");
        Cell(grid, "Ketamine", 1).ShouldHave("a.listed-only").GetAttribute("href").ShouldBe("#ketamine--cocaine-use-disorder");
        Cell(grid, "Cocaine", 0).Children.ShouldBeEmpty();
        map.ShouldHave("#ketamine--alcohol-use-disorder blockquote").TextContent.ShouldBe("Ketamine reduced drinking in Alcohol use disorder.");
        map.ShouldHave("#condition-connections").TextContent.ShouldBe("Connections to conditions");

        // And no substance lists or links to a mechanism, so the mechanism grid says so and is not drawn
        grids.Length.ShouldBe(1);
        map.ShouldHave("main .empty").TextContent.ShouldBe("No substance lists or links to a mechanism yet.");

        static IElement Cell(IElement table, string substance, int column) =>
            table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == substance).QuerySelectorAll("td")[column];
    }

    [Fact]
    public void Should_leave_the_condition_grid_out_of_the_evidence_map_when_no_substance_lists_a_condition()
    {
        // Given a site without conditions
        var files = ConditionSite();
        files.Remove("conditions/alcohol-use-disorder.md");
        files.Remove("conditions/cocaine-use-disorder.md");
        files["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nKetamine is an anaesthetic [@jones-2018].\n";
        files["substances/cocaine.md"] = "---\ntitle: Cocaine\n---\n\nCocaine is a stimulant [@jones-2018].\n";
        files["index.md"] = TestSite.HomeLinking("methadone", "ketamine", "cocaine");
        using var site = TestSite.Build(files, output: true);

        // When the evidence map and the home page are read
        var map = site.Page("/evidence/");

        // Then neither the grid nor its heading is there, nor a home page section, and the list of conditions is empty
        map.QuerySelector("#condition-grid-heading").ShouldBeNull();
        map.QuerySelector("#condition-grid-caption").ShouldBeNull();
        site.Page("/").QuerySelector("section[aria-labelledby=conditions]").ShouldBeNull();
        site.Page("/conditions/").ShouldHave("main .empty").TextContent.ShouldBe("No conditions yet.");
    }

    [Fact]
    public void Should_report_an_unknown_condition_at_its_list_item_with_a_did_you_mean()
    {
        // Given a substance listing a misspelt condition and a substance's id as a condition
        var files = ConditionSite();
        files["substances/cocaine.md"] = "---\ntitle: Cocaine\nsummary: A stimulant.\nconditions:\n  - cocaine-use-disordr\n  - ketamine\n---\n\nCocaine is a stimulant [@jones-2018].\n";
        using var site = TestSite.Build(files);

        // When the site is checked
        var unknown = site.Result.Diagnostics.Where(d => d.Code == "unknown-condition").ToArray();

        // Then each is an error at its list item: the misspelling with the id meant, the substance named for what it is
        unknown.Select(DiagnosticLine.Of).ShouldBe(["input/substances/cocaine.md:5:5 error unknown-condition", "input/substances/cocaine.md:6:5 error unknown-condition"]);
        unknown[0].Message.ShouldBe("no condition has the id 'cocaine-use-disordr'");
        unknown[0].Hint.ShouldBe("did you mean 'cocaine-use-disorder'?");
        unknown[1].Message.ShouldBe("'ketamine' is a substance, not a condition");
        site.Result.Diagnostics.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("paragraph", 1)]
    [InlineData("sentence", 2)]
    [InlineData("off", 0)]
    public void Should_check_the_claims_of_condition_pages_under_the_conditions_policy(string? policy, int uncited)
    {
        // Given a condition with an uncited paragraph, and a cited paragraph whose second sentence is uncited
        var files = ConditionSite(policy);
        files["conditions/cocaine-use-disorder.md"] =
            "---\ntitle: Cocaine use disorder\n---\n\nIt has no approved medicine.\n\nIt is common [@jones-2018]. It is treatable.\n";
        using var site = TestSite.Build(files);

        // When the site is checked
        var lines = site.Result.Diagnostics.Where(d => d.Code == "uncited-claim").Select(d => d.Location.Line).ToArray();

        // Then the default is paragraph, as for substances; 'claims: conditions:' sets it
        lines.Length.ShouldBe(uncited);
        if (uncited > 0)
        {
            lines[0].ShouldBe(5);
        }
    }

    [Fact]
    public void Should_publish_condition_pages_in_claims_json_the_sitemap_and_json_ld()
    {
        // Given the site with conditions and a baseUrl
        using var site = TestSite.Build(ConditionSite(), output: true);

        // When claims.json, the sitemap and the condition page's JSON-LD are read
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "claims.json")));
        var claims = json.RootElement.EnumerateArray().Select(c => c.GetProperty("page").GetString()).ToArray();
        var sitemap = File.ReadAllText(Path.Combine(site.OutputDirectory, "sitemap.xml"));
        using var jsonLd = JsonDocument.Parse(site.Page("/conditions/alcohol-use-disorder/").ShouldHave("script[type='application/ld+json']").TextContent);
        var page = jsonLd.RootElement.GetProperty("@graph").EnumerateArray().First();

        // Then each condition's claims are there, its page is in the sitemap, and it is a medical page about a condition
        claims.ShouldContain("/conditions/alcohol-use-disorder/");
        claims.ShouldContain("/conditions/cocaine-use-disorder/");
        sitemap.ShouldContain("<loc>https://example.org/conditions/alcohol-use-disorder/</loc>");
        sitemap.ShouldContain("<loc>https://example.org/conditions/</loc>");
        page.GetProperty("@type").GetString().ShouldBe("MedicalWebPage");
        page.GetProperty("lastReviewed").GetString().ShouldBe("2025-05-01");
        page.GetProperty("about").GetProperty("@type").GetString().ShouldBe("MedicalCondition");
        page.GetProperty("about").GetProperty("alternateName")[0].GetString().ShouldBe("AUD");
    }

    [Fact]
    public void Should_refuse_a_plain_page_on_the_conditions_list_url()
    {
        // Given a plain page whose URL is the list of conditions
        var files = ConditionSite();
        files["conditions.md"] = "---\ntitle: Mine\n---\n\nText.\n";
        using var site = TestSite.Build(files);

        // When the site is checked
        var reserved = site.Result.Diagnostics.Where(d => d.Code == "reserved-url").Select(d => d.Location.Path).ToArray();

        // Then it is reserved, as the other lists are
        reserved.ShouldBe(["input/conditions.md"]);
    }
}
