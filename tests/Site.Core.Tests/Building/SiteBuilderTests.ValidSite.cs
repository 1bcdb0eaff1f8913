using AngleSharp.Dom;

namespace Site.Core.Tests.Building;

/// <summary>The valid fixture site, built with the real theme: what readers get.</summary>
public sealed partial class SiteBuilderTests
{
    private static readonly Uri SiteOrigin = new("https://site.test/");

    [Fact]
    public void Should_build_the_valid_fixture_without_diagnostics()
    {
        // Given the valid fixture site
        using var site = TestSite.FromFixture("valid/basic");

        // When it is built
        var result = site.Build(output: true);

        // Then nothing is reported and the output was written
        result.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        result.Written.ShouldBeTrue();
    }

    [Theory]
    [InlineData("/", "Basic evidence")]
    [InlineData("/about/", "About this site")]
    [InlineData("/substances/ketamine/", "Ketamine")]
    [InlineData("/substances/methadone/", "Methadone")]
    [InlineData("/mechanisms/nmda-receptor-antagonism/", "NMDA receptor antagonism")]
    [InlineData("/mechanisms/opioid-receptor-agonism/", "Opioid receptor agonism")]
    [InlineData("/references/jones-2018/", "Ketamine for cocaine use disorder")]
    [InlineData("/substances/", "Substances")]
    [InlineData("/mechanisms/", "Mechanisms")]
    [InlineData("/404.html", "Page not found")]
    public void Should_give_every_document_and_list_a_page_with_its_title(string url, string title)
    {
        // Given the valid fixture site
        using var site = TestSite.FromFixture("valid/basic");

        // When it is built
        site.Build(output: true);

        // Then the page exists and its heading is the document's title
        File.Exists(site.FileOf(url)).ShouldBeTrue(url);
        site.Page(url).ShouldHave("main h1").TextContent.Trim().ShouldBe(title);
    }

    // The search index of the fixture: a shard of terms and one of records, for it is small, and a file for each evidence level.
    private static readonly string[] SearchIndexFiles =
    [
        .. Site.Core.Search.SearchShardWriter.LevelNames.Select(l => $"search/levels/{l}.json").Order(StringComparer.Ordinal),
        "search/manifest.json", "search/records/0.json", "search/terms/0.json",
    ];

    [Fact]
    public void Should_write_one_page_per_document_plus_the_generated_pages_and_all_assets()
    {
        // Given the valid fixture site
        using var site = TestSite.FromFixture("valid/basic");

        // When it is built
        var result = site.Build(output: true);

        // Then the output holds exactly the pages, the exports, the search index, the theme's stylesheet and scripts
        // (named by their content), the content asset and the marker
        site.FilesIn().Select(f => ContentHash.Replace(f, ".HASH.")).Order(StringComparer.Ordinal).ShouldBe(
        [
            ".site-output",
            "404.html",
            "about/index.html",
            "assets/receptor.svg",
            "claims.json",
            "conditions/index.html",
            "evidence/index.html",
            "index.html",
            "mechanisms/index.html",
            "mechanisms/nmda-receptor-antagonism/index.html",
            "mechanisms/opioid-receptor-agonism/index.html",
            "references.bib",
            "references.json",
            "references/index.html",
            "references/jones-2018/index.html",
            "robots.txt",
            .. SearchIndexFiles,
            "sitemap.xml",
            "substances/index.html",
            "substances/ketamine/index.html",
            "substances/methadone/index.html",
            "theme/search.HASH.js",
            "theme/site.HASH.css",
            "theme/site.HASH.js",
        ]);
        result.PageCount.ShouldBe(13);
        File.ReadAllBytes(Path.Combine(site.OutputDirectory, "assets", "receptor.svg"))
            .ShouldBe(File.ReadAllBytes(Path.Combine(site.InputDirectory, "assets", "receptor.svg")));
    }

    [Fact]
    public void Should_list_substances_and_mechanisms_with_their_summaries_on_the_home_page()
    {
        // Given the valid fixture site
        using var site = TestSite.FromFixture("valid/basic");

        // When it is built
        site.Build(output: true);

        // Then the home page lists both kinds, in title order, each linking to its page with its summary
        var home = site.Page("/");
        ListedItems(home, "section[aria-labelledby=substances] li", "/").ShouldBe(
        [
            ("/substances/ketamine/", "Ketamine", "A dissociative anaesthetic, now studied as a treatment for addiction."),
            ("/substances/methadone/", "Methadone", "A long-acting opioid agonist used in opioid agonist treatment."),
        ]);
        ListedItems(home, "section[aria-labelledby=mechanisms] li", "/").ShouldBe(
        [
            ("/mechanisms/nmda-receptor-antagonism/", "NMDA receptor antagonism", "Blocking the N-methyl-D-aspartate glutamate receptor."),
            ("/mechanisms/opioid-receptor-agonism/", "Opioid receptor agonism", "Activating the mu-opioid receptor."),
        ]);
    }

    [Fact]
    public void Should_link_substances_and_mechanisms_both_ways()
    {
        // Given ketamine listing NMDA receptor antagonism, and methadone listing opioid receptor agonism
        using var site = TestSite.FromFixture("valid/basic");

        // When the site is built
        site.Build(output: true);

        // Then each substance page links to its mechanism, and each mechanism page back to its substance
        RelatedLinks(site, "/substances/ketamine/").ShouldBe([("/mechanisms/nmda-receptor-antagonism/", "NMDA receptor antagonism")]);
        RelatedLinks(site, "/substances/methadone/").ShouldBe([("/mechanisms/opioid-receptor-agonism/", "Opioid receptor agonism")]);
        RelatedLinks(site, "/mechanisms/nmda-receptor-antagonism/").ShouldBe([("/substances/ketamine/", "Ketamine")]);
        RelatedLinks(site, "/mechanisms/opioid-receptor-agonism/").ShouldBe([("/substances/methadone/", "Methadone")]);
    }

    [Fact]
    public void Should_rewrite_wiki_and_markdown_links_to_relative_pretty_urls()
    {
        // Given an about page with wiki links, an anchor, a relative .md link, a same-page anchor and an image
        using var site = TestSite.FromFixture("valid/basic");

        // When the site is built
        site.Build(output: true);

        // Then the links in its body are relative and point at the pages' URLs
        var body = site.Page("/about/").ShouldHave("article .body");
        body.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe(
        [
            ("../substances/ketamine/", "Ketamine"),
            ("../substances/ketamine/#dosing", "dosing section"),
            ("../mechanisms/nmda-receptor-antagonism/", "NMDA antagonism"),
            ("../substances/methadone/#dosing", "methadone page"),
            ("../references/jones-2018/", "Ketamine for cocaine use disorder"),
            ("../", "back home"),
            ("#how-to-read-it", "the top of this page"),
        ]);
        body.ShouldHave("img").GetAttribute("src").ShouldBe("../assets/receptor.svg");
        site.Page("/").ShouldHave("main .body a").GetAttribute("href").ShouldBe("about/");
    }

    [Fact]
    public void Should_only_link_to_files_and_anchors_that_exist_in_the_output()
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);
        var checkedLinks = 0;

        // When every local href and src of every page is resolved against the page's URL
        foreach (var page in site.FilesIn().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var pageUrl = "/" + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);
            var document = site.Page(pageUrl);
            var targets = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!));
            foreach (var href in targets)
            {
                var target = new Uri(new Uri(SiteOrigin, pageUrl), href);
                if (target.Host != SiteOrigin.Host)
                {
                    continue;
                }

                // Then the file exists, and so does the element a fragment names
                // The 404 page is served at any address, so it alone links from the site root.
                if (pageUrl == "/404.html" && !href.StartsWith('#'))
                {
                    href.ShouldStartWith("/", customMessage: $"the 404 page links to '{href}', which breaks when it is served at a deeper address");
                }
                else
                {
                    href.ShouldNotStartWith("/", customMessage: $"{pageUrl} links to '{href}', which is not relative");
                }

                var file = site.FileOf(target.AbsolutePath);
                File.Exists(file).ShouldBeTrue($"{pageUrl} links to '{href}', but {target.AbsolutePath} was not written");
                if (target.Fragment.Length > 1)
                {
                    var id = Uri.UnescapeDataString(target.Fragment[1..]);
                    site.Page(target.AbsolutePath).GetElementById(id).ShouldNotBeNull($"{pageUrl} links to '{href}', but the target has no id '{id}'");
                }

                checkedLinks++;
            }
        }

        checkedLinks.ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Should_give_headings_the_ids_that_anchors_link_to()
    {
        // Given ketamine's '## Dosing' heading, linked to as [[ketamine#dosing]]
        using var site = TestSite.FromFixture("valid/basic");

        // When the site is built
        site.Build(output: true);

        // Then the heading carries the id, and so does the about page's own heading
        site.Page("/substances/ketamine/").ShouldHave("h2#dosing").TextContent.ShouldBe("Dosing");
        site.Page("/about/").ShouldHave("h2#how-to-read-it").TextContent.ShouldBe("How to read it");
    }

    [Fact]
    public void Should_show_raw_html_in_markdown_as_text()
    {
        // Given a page with an inline tag and a script block written in markdown
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["index.md"] = "---\ntitle: Home\n---\n\nSome <b onclick=\"steal()\">bold</b> text.\n\n<script>alert(\"hi\")</script>\n",
            },
            output: true);

        // When it is built (raw HTML is a warning, so the site is written)
        site.Result.Written.ShouldBeTrue();

        // Then no element comes from the content: readers see the markup as text
        var body = site.Page("/").ShouldHave("main .body");
        body.QuerySelectorAll("script, b, [onclick]").ShouldBeEmpty();
        body.TextContent.ShouldContain("<script>alert(\"hi\")</script>");
        body.TextContent.ShouldContain("<b onclick=\"steal()\">bold</b>");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/substances/")]
    [InlineData("/substances/ketamine/")]
    public void Should_encode_every_front_matter_string(string url)
    {
        // Given a substance whose title, class, alias and summary hold markup
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["substances/ketamine.md"] =
                    "---\ntitle: <script>alert(1)</script>\nclass: <i>Dissociative</i>\naliases: [\"<img src=x onerror=alert(2)>\"]\n" +
                    "summary: \"\\\"><svg onload=alert(3)>\"\n---\n",
            },
            output: true);

        // When it is built
        var page = site.Page(url);

        // Then the markup is shown as text wherever it appears, and no element or handler comes from it
        site.Result.Diagnostics.ShouldBeEmpty();
        page.QuerySelectorAll("img, svg, i, [onerror], [onload]").ShouldBeEmpty();
        page.QuerySelectorAll("script").ShouldAllBe(s => IsThemeScriptOrStructuredData(s));
        page.ShouldHave("main").TextContent.ShouldContain("<script>alert(1)</script>");
        page.ShouldHave("main").TextContent.ShouldContain("\"><svg onload=alert(3)>");
    }

    private static (string Url, string Title, string? Summary)[] ListedItems(IDocument page, string selector, string pageUrl) =>
    [
        .. page.QuerySelectorAll(selector).Select(li => (
            SiteUrl(pageUrl, li.QuerySelector("a")!.GetAttribute("href")!),
            li.QuerySelector("a")!.TextContent.Trim(),
            li.QuerySelector(".summary")?.TextContent.Trim())),
    ];

    private static (string Url, string Title)[] RelatedLinks(TestSite site, string url) =>
    [
        .. site.Page(url).QuerySelectorAll("section.related a")
            .Select(a => (SiteUrl(url, a.GetAttribute("href")!), a.TextContent.Trim())),
    ];

    private static string SiteUrl(string pageUrl, string href) => new Uri(new Uri(SiteOrigin, pageUrl), href).AbsolutePath;
}
