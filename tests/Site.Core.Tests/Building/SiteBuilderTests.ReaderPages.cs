using System.Security.Cryptography;
using AngleSharp.Html.Parser;

namespace Site.Core.Tests.Building;

/// <summary>What every page gives a reader besides its content: breadcrumbs, the home page's cards, a 404 page that helps, the theme's files, tables that fit.</summary>
public sealed partial class SiteBuilderTests
{
    [Theory]
    [InlineData("/substances/ketamine/", new[] { "Home", "Substances", "Ketamine" }, new[] { "/", "/substances/", "/substances/ketamine/" })]
    [InlineData("/mechanisms/opioid-receptor-agonism/", new[] { "Home", "Mechanisms", "Opioid receptor agonism" }, new[] { "/", "/mechanisms/", "/mechanisms/opioid-receptor-agonism/" })]
    [InlineData("/references/jones-2018/", new[] { "Home", "References", "Ketamine for cocaine use disorder" }, new[] { "/", "/references/", "/references/jones-2018/" })]
    [InlineData("/substances/", new[] { "Home", "Substances" }, new[] { "/", "/substances/" })]
    [InlineData("/evidence/", new[] { "Home", "Evidence map" }, new[] { "/", "/evidence/" })]
    [InlineData("/about/", new[] { "Home", "About this site" }, new[] { "/", "/about/" })]
    public void Should_show_breadcrumbs_from_the_home_page_down_to_the_current_page(string url, string[] titles, string[] targets)
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When the page's breadcrumb navigation is read
        var trail = site.Page(url).ShouldHave("nav[aria-label=Breadcrumb]");
        var links = trail.QuerySelectorAll("ol > li > a");

        // Then it is an ordered list from home to the page, the last marked as the current page
        links.Select(a => a.TextContent.Trim()).ShouldBe(titles);
        links.Select(a => SiteUrl(url, a.GetAttribute("href")!)).ShouldBe(targets);
        links.Select(a => a.GetAttribute("aria-current")).ShouldBe([.. Enumerable.Repeat<string?>(null, titles.Length - 1), "page"]);
    }

    [Fact]
    public void Should_show_no_breadcrumbs_on_the_home_page()
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When the home page is read
        var home = site.Page("/");

        // Then it has no breadcrumb navigation: it is where every trail starts
        home.QuerySelector("nav[aria-label=Breadcrumb]").ShouldBeNull();
        home.QuerySelector("nav[aria-label=Site]").ShouldNotBeNull();
    }

    [Fact]
    public void Should_show_the_evidence_behind_a_page_at_a_glance_under_its_title_strongest_first()
    {
        // Given a substance citing a case report, a trial and a study not assessed, and one that cites nothing
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: T\n",
                ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nOne case [@case].\n\nA trial [@trial; @other].\n\nAgain [@trial].\n",
                ["substances/methadone.md"] = "---\ntitle: Methadone\n---\n\n::: editorial\nNothing yet.\n:::\n",
                ["references/case.md"] = "---\ntype: report\ntitle: A case\nissued: 2020\nevidence: case-report\n---\n",
                ["references/trial.md"] = "---\ntype: report\ntitle: A trial\nissued: 2021\nevidence: rct\n---\n",
                ["references/other.md"] = "---\ntype: report\ntitle: Another\nissued: 2022\n---\n",
            },
            output: true);

        // When the pages are read
        var ketamine = site.Page("/substances/ketamine/");
        var methadone = site.Page("/substances/methadone/");

        // Then the header shows each level's badge and count, strongest first, and the claims, linking to the chart below
        var glance = ketamine.ShouldHave("article header .evidence-glance");
        glance.QuerySelectorAll(".evidence-badge").Select(b => b.GetAttribute("data-evidence")).ShouldBe(["rct", "case-report", "not-assessed"]);
        glance.QuerySelectorAll(".evidence-glance-count").Select(c => c.TextContent).ShouldBe(["1", "1", "1"]);
        glance.ShouldHave(".evidence-glance-claims").TextContent.ShouldBe("· 3 claims");
        var link = glance.ShouldHave("a").GetAttribute("href")!;
        link.ShouldBe("#evidence-behind-this-page");
        ketamine.GetElementById("evidence-behind-this-page").ShouldNotBeNull();

        // And a page that cites nothing has no such line
        methadone.QuerySelector(".evidence-glance").ShouldBeNull();
    }

    [Fact]
    public void Should_show_each_substance_and_mechanism_on_the_home_page_as_a_card_with_its_evidence_counts()
    {
        // Given a substance with two claims citing two references (one twice) and one with none, and a mechanism with one
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: T\n",
                ["substances/ketamine.md"] = "---\ntitle: Ketamine\nsummary: An anaesthetic.\n---\n\nIt works [@a].\n\nIt lasts [@a; @b].\n",
                ["substances/methadone.md"] = "---\ntitle: Methadone\n---\n\n::: editorial\nNothing yet.\n:::\n",
                ["mechanisms/nmda.md"] = "---\ntitle: NMDA antagonism\n---\n\nIt blocks [@b].\n",
                ["references/a.md"] = "---\ntype: report\ntitle: A\nissued: 2020\n---\n",
                ["references/b.md"] = "---\ntype: report\ntitle: B\nissued: 2021\n---\n",
            },
            output: true);

        // When the home page is read
        var home = site.Page("/");
        var cards = home.QuerySelectorAll("section[aria-labelledby=substances] ul.cards > li.card")
            .Concat(home.QuerySelectorAll("section[aria-labelledby=mechanisms] ul.cards > li.card"))
            .Select(card => (
                Title: card.ShouldHave("h3 > a").TextContent.Trim(),
                Url: SiteUrl("/", card.ShouldHave("h3 > a").GetAttribute("href")!),
                Summary: card.QuerySelector(".summary")?.TextContent.Trim(),
                Counts: card.ShouldHave(".evidence-counts").TextContent.Trim()));

        // Then each is a card in a list, headed by a link to its page, with its summary and its distinct
        // references and claims counted, under headings that go h1, h2, h3
        cards.ShouldBe(
        [
            ("Ketamine", "/substances/ketamine/", "An anaesthetic.", "2 references · 2 claims"),
            ("Methadone", "/substances/methadone/", null, "0 references · 0 claims"),
            ("NMDA antagonism", "/mechanisms/nmda/", null, "1 reference · 1 claim"),
        ]);
        home.QuerySelectorAll("main h1, main h2, main h3").Select(h => h.LocalName).ShouldBe(["h1", "h2", "h3", "h3", "h2", "h3"]);
    }

    [Theory]
    [InlineData("title: T\n", "/")]
    [InlineData("title: T\nbaseUrl: https://example.org/\n", "/")]
    [InlineData("title: T\nbaseUrl: https://example.org/evidence/\n", "/evidence/")]
    public void Should_link_the_404_page_home_and_to_every_section_from_the_root_of_where_the_site_is_published(string config, string root)
    {
        // Given a site, at the root of its host or in a folder
        using var site = TestSite.Build(new Dictionary<string, string> { ["site.yml"] = config, ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n" }, output: true);

        // When the 404 page is served for a missing address deep in the site
        var page = site.Page("/404.html");
        var served = new Uri("https://example.org" + root + "substances/no/such/page/");
        var links = page.ShouldHave("main").QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();

        // Then it is titled as such, and every link in it (and its stylesheet) reaches the page it names
        // from that address, home and every section among them
        page.ShouldHave("main h1").TextContent.Trim().ShouldBe("Page not found");
        page.Title!.ShouldStartWith("Page not found");
        links.Select(href => new Uri(served, href).AbsolutePath).ShouldBe(
            [root, root + "substances/", root + "mechanisms/", root + "conditions/", root + "references/", root + "evidence/"]);
        foreach (var href in links.Append(page.ShouldHave("link[rel=stylesheet]").GetAttribute("href")!))
        {
            var path = new Uri(served, href).AbsolutePath;
            path.ShouldStartWith(root);
            File.Exists(site.FileOf("/" + path[root.Length..])).ShouldBeTrue(href);
        }
    }

    [Fact]
    public void Should_name_the_theme_stylesheet_and_script_by_their_content_and_link_every_page_to_them()
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When the theme's files and the pages are read
        var theme = site.FilesIn().Where(f => f.StartsWith("theme/", StringComparison.Ordinal)).ToList();
        var pages = site.FilesIn().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

        // Then each file is named by the first ten hexadecimal digits of its SHA-256, and every page
        // links to exactly those files, never to the plain names
        theme.Count.ShouldBe(3);
        foreach (var file in theme)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.OutputDirectory, file))))[..10];
            file.ShouldBeOneOf($"theme/site.{hash}.css", $"theme/site.{hash}.js", $"theme/search.{hash}.js");
        }

        foreach (var file in pages)
        {
            var url = "/" + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
            var html = File.ReadAllText(Path.Combine(site.OutputDirectory, file));
            var page = new HtmlParser().ParseDocument(html);
            var stylesheet = SiteUrl(url, page.ShouldHave("link[rel=stylesheet]").GetAttribute("href")!);
            var scripts = page.QuerySelectorAll("script[src]").Select(s => SiteUrl(url, s.GetAttribute("src")!));
            new[] { stylesheet }.Concat(scripts).ShouldBe(theme.Select(t => "/" + t), ignoreOrder: true, file);
            html.ShouldNotContain("site.css\"", Case.Sensitive, file);
            html.ShouldNotContain("site.js\"", Case.Sensitive, file);
            html.ShouldNotContain("search.js\"", Case.Sensitive, file);
        }
    }

    [Fact]
    public void Should_put_each_table_of_the_text_in_a_labelled_box_that_scrolls_on_its_own()
    {
        // Given a page with two tables
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: T\n",
                ["about.md"] = "---\ntitle: About\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nText.\n\n| c |\n| - |\n| 3 |\n",
            },
            output: true);

        // When the page is read
        var boxes = site.Page("/about/").QuerySelectorAll("main .body .table-scroll");

        // Then each table is alone in a focusable region, named by its number so that no two regions share a name
        boxes.Select(b => (b.GetAttribute("role"), b.GetAttribute("tabindex"), b.GetAttribute("aria-label"), b.Children.Single().LocalName))
            .ShouldBe([("region", "0", "Table 1", "table"), ("region", "0", "Table 2", "table")]);
    }

    [Fact]
    public void Should_show_a_references_abstract_under_its_own_heading_as_text_paragraph_by_paragraph()
    {
        // Given a reference whose abstract has two paragraphs and markup, and an annotation
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["references/jones-2018.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\nabstract: |\n"
                    + "  Background: <b>ketamine</b> & craving.\n\n  Results: fewer relapses.\n---\n\nWhat the editor makes of it.\n",
                ["about.md"] = "---\ntitle: About\n---\n\nSee [@jones-2018].\n",
            },
            output: true);

        // When the reference page is read
        var page = site.Page("/references/jones-2018/");
        var section = page.QuerySelector("section.abstract").ShouldNotBeNull();

        // Then the abstract is its own section, headed "Abstract", before the annotation, each paragraph as written
        site.Result.Diagnostics.ShouldBeEmpty();
        page.QuerySelectorAll("article h2").Select(h => h.TextContent).ShouldBe(["Abstract", "Annotation", "Cited by"]);
        section.GetAttribute("aria-labelledby").ShouldBe(section.QuerySelector("h2")!.Id);
        section.QuerySelectorAll("p").Select(p => p.TextContent).ShouldBe(["Background: <b>ketamine</b> & craving.", "Results: fewer relapses."]);
        section.QuerySelector("b").ShouldBeNull();
    }

    [Fact]
    public void Should_show_no_abstract_section_for_a_reference_without_one()
    {
        // Given a reference without an abstract
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["references/jones-2018.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\n---\n",
                ["about.md"] = "---\ntitle: About\n---\n\nSee [@jones-2018].\n",
            },
            output: true);

        // When the reference page is read
        // Then it has no abstract section
        site.Page("/references/jones-2018/").QuerySelector("section.abstract").ShouldBeNull();
    }
}
