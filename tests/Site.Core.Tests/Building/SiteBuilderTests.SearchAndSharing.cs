using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Core.Tests.Building;

/// <summary>
/// What search engines and link previews read: the head of every page (description, canonical link,
/// Open Graph, robots), its schema.org JSON-LD, sitemap.xml and robots.txt.
/// </summary>
public sealed partial class SiteBuilderTests
{
    private const string BaseUrl = "https://example.org/";

    // The content hash a theme stylesheet or script carries in its name: "site.3f2a9c1b04.css".
    private static readonly Regex ContentHash = new(@"\.[0-9a-f]{10}\.(?=(css|js)$)");

    // Relative, or on the 404 page from the root of the folder the site is published in.
    private static readonly Regex ThemeScript = new(@"^((\.\./)*|/([^?#]*/)?)theme/site\.[0-9a-f]{10}\.js$");

    [Theory]
    [InlineData("/", "Basic evidence", "website")]
    [InlineData("/about/", "About this site", "article")]
    [InlineData("/substances/ketamine/", "Ketamine", "article")]
    [InlineData("/mechanisms/nmda-receptor-antagonism/", "NMDA receptor antagonism", "article")]
    [InlineData("/references/jones-2018/", "Ketamine for cocaine use disorder", "article")]
    [InlineData("/substances/", "Substances", "article")]
    [InlineData("/references/", "References", "article")]
    [InlineData("/evidence/", "Evidence map", "article")]
    public void Should_give_every_indexed_page_a_canonical_link_and_open_graph_tags_with_its_absolute_url(string url, string title, string type)
    {
        // Given the valid fixture site, published at https://example.org/
        using var site = TestSite.FromFixture("valid/basic");

        // When it is built
        site.Build(output: true);

        // Then the page names its absolute URL as canonical and shares it with its title, type, site and locale
        var page = site.Page(url);
        page.ShouldHave("link[rel=canonical]").GetAttribute("href").ShouldBe(BaseUrl + url.TrimStart('/'));
        Meta(page, "og:url").ShouldBe(BaseUrl + url.TrimStart('/'));
        Meta(page, "og:title").ShouldBe(title);
        Meta(page, "og:type").ShouldBe(type);
        Meta(page, "og:site_name").ShouldBe("Basic evidence");
        Meta(page, "og:locale").ShouldBe("en_GB");
        Meta(page, "og:description").ShouldBe(page.ShouldHave("meta[name=description]").GetAttribute("content"));
        page.QuerySelector("meta[name=robots]").ShouldBeNull();
    }

    [Theory]
    [InlineData("/substances/ketamine/", "Ketamine is an anaesthetic.")]
    [InlineData("/mechanisms/nmda/", "Blocks the receptor.")]
    [InlineData("/guide/", "How to read the guide.")]
    [InlineData("/about/", "The site's own sentence.")]
    public void Should_describe_a_page_by_its_summary_or_description_or_else_by_the_site_description(string url, string description)
    {
        // Given pages with a summary or a description, and a page with neither
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: T\ndescription: The site's own sentence.\nbaseUrl: https://example.org/\n",
                ["substances/ketamine.md"] = "---\ntitle: Ketamine\nsummary: Ketamine is an anaesthetic.\n---\n",
                ["mechanisms/nmda.md"] = "---\ntitle: NMDA\nsummary: Blocks the receptor.\n---\n",
                ["guide.md"] = "---\ntitle: Guide\ndescription: How to read the guide.\n---\n\nText.\n",
                ["about.md"] = "---\ntitle: About\n---\n\nText.\n",
            },
            output: true);

        // When the page is read
        var page = site.Page(url);

        // Then search results and link previews show that sentence
        page.ShouldHave("meta[name=description]").GetAttribute("content").ShouldBe(description);
        Meta(page, "og:description").ShouldBe(description);
        StructuredDataOf(page)[0]!["description"]!.GetValue<string>().ShouldBe(description);
    }

    [Fact]
    public void Should_leave_out_every_absolute_url_and_the_sitemap_when_site_yml_has_no_base_url()
    {
        // Given a site that does not say where it is published
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: T\n",
                ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nIt works [@jones-2018].\n",
                ["references/jones-2018.md"] = "---\ntype: report\ntitle: A study\nissued: 2018\nDOI: 10.1000/x\n---\n",
            },
            output: true);

        // When its pages and files are read
        var pages = site.FilesIn().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

        // Then no page has a canonical link or an og:url, the JSON-LD names no page of the site (a DOI
        // is still absolute), there is no sitemap, and robots.txt points to none
        pages.Count.ShouldBeGreaterThan(5);
        foreach (var file in pages)
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputDirectory, file)));
            page.QuerySelector("link[rel=canonical]").ShouldBeNull(file);
            page.QuerySelector("meta[property='og:url']").ShouldBeNull(file);
            Meta(page, "og:title").ShouldNotBeNullOrEmpty(file);
            foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                script.TextContent.ShouldNotContain("\"url\"", Case.Sensitive, file);
                script.TextContent.ShouldNotContain("\"item\"", Case.Sensitive, file);
            }
        }

        StructuredDataOf(site.Page("/substances/ketamine/"))[0]!["citation"]![0]!["sameAs"]![0]!.GetValue<string>().ShouldBe("https://doi.org/10.1000/x");
        File.Exists(site.FileOf("/sitemap.xml")).ShouldBeFalse();
        File.ReadAllText(site.FileOf("/robots.txt")).ShouldBe("User-agent: *\nAllow: /\n");
    }

    [Fact]
    public void Should_keep_the_404_page_out_of_search_results()
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When the 404 page is read
        var page = site.Page("/404.html");

        // Then it asks not to be indexed, and claims no address or structured data of its own
        page.ShouldHave("meta[name=robots]").GetAttribute("content").ShouldBe("noindex");
        page.QuerySelector("link[rel=canonical]").ShouldBeNull();
        page.QuerySelector("meta[property='og:url']").ShouldBeNull();
        page.QuerySelector("script[type='application/ld+json']").ShouldBeNull();
    }

    [Theory]
    [InlineData("/", "WebSite")]
    [InlineData("/about/", "WebPage")]
    [InlineData("/substances/ketamine/", "MedicalWebPage")]
    [InlineData("/mechanisms/nmda-receptor-antagonism/", "MedicalWebPage")]
    [InlineData("/references/jones-2018/", "ScholarlyArticle")]
    [InlineData("/substances/", "CollectionPage")]
    [InlineData("/mechanisms/", "CollectionPage")]
    [InlineData("/references/", "CollectionPage")]
    [InlineData("/evidence/", "WebPage")]
    public void Should_describe_each_kind_of_page_in_json_ld_as_the_schema_org_type_it_is(string url, string type)
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When the page's JSON-LD is read
        var page = site.Page(url);
        var script = page.QuerySelectorAll("script[type='application/ld+json']").ShouldHaveSingleItem();
        var json = JsonNode.Parse(script.TextContent)!;

        // Then it is schema.org JSON, and its first node is the page as that type, at its address
        json["@context"]!.GetValue<string>().ShouldBe("https://schema.org");
        var node = json["@graph"]![0]!;
        node["@type"]!.GetValue<string>().ShouldBe(type);
        node["url"]!.GetValue<string>().ShouldBe(BaseUrl + url.TrimStart('/'));
    }

    [Fact]
    public void Should_describe_a_substance_page_as_about_a_drug_reviewed_on_its_date_and_citing_its_works()
    {
        // Given ketamine, with an alias, a class, a review date and one cited journal article
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When its JSON-LD is read
        var node = StructuredDataOf(site.Page("/substances/ketamine/"))[0]!;

        // Then it is about the drug, says when it was reviewed, and cites the article as a scholarly work
        // found by its DOI, by the id its page on this site describes it under, without the description itself
        node["name"]!.GetValue<string>().ShouldBe("Ketamine");
        node["inLanguage"]!.GetValue<string>().ShouldBe("en");
        node["lastReviewed"]!.GetValue<string>().ShouldBe("2024-05-01");
        var drug = node["about"]!;
        drug["@type"]!.GetValue<string>().ShouldBe("Drug");
        drug["name"]!.GetValue<string>().ShouldBe("Ketamine");
        Strings(drug["alternateName"]).ShouldBe(["Ketalar"]);
        drug["drugClass"]!["@type"]!.GetValue<string>().ShouldBe("DrugClass");
        drug["drugClass"]!["name"]!.GetValue<string>().ShouldBe("Dissociative anaesthetic");
        var cited = node["citation"]!.AsArray().ShouldHaveSingleItem()!;
        cited["@type"]!.GetValue<string>().ShouldBe("ScholarlyArticle");
        cited["name"]!.GetValue<string>().ShouldBe("Ketamine for cocaine use disorder");
        cited["@id"]!.GetValue<string>().ShouldBe(BaseUrl + "references/jones-2018/#work");
        Strings(cited["sameAs"]).ShouldBe(["https://doi.org/10.1016/j.drugalcdep.2018.01.001"]);
        cited["url"]!.GetValue<string>().ShouldBe(BaseUrl + "references/jones-2018/");
        cited.AsObject().Select(p => p.Key).ShouldBe(["@id", "@type", "name", "sameAs", "url"]);
    }

    [Fact]
    public void Should_describe_a_mechanism_page_with_its_other_names_and_no_citations_when_it_cites_nothing()
    {
        // Given NMDA receptor antagonism, with an alias and no citation
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When its JSON-LD is read
        var node = StructuredDataOf(site.Page("/mechanisms/nmda-receptor-antagonism/"))[0]!;

        // Then it is about the mechanism by both its names, and lists no citation
        node["about"]!["name"]!.GetValue<string>().ShouldBe("NMDA receptor antagonism");
        Strings(node["about"]!["alternateName"]).ShouldBe(["NMDA antagonism"]);
        node["citation"].ShouldBeNull();
    }

    [Fact]
    public void Should_describe_a_reference_page_as_the_work_with_its_authors_date_journal_and_doi()
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When the reference page's JSON-LD is read
        var work = StructuredDataOf(site.Page("/references/jones-2018/"))[0]!;

        // Then it is the article in full, under the id the substance page cites it by
        work["@type"]!.GetValue<string>().ShouldBe("ScholarlyArticle");
        work["name"]!.GetValue<string>().ShouldBe("Ketamine for cocaine use disorder");
        work["author"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).ShouldBe(["JL Jones", "E Dakwar"]);
        work["isPartOf"]!["name"]!.GetValue<string>().ShouldBe("Drug and Alcohol Dependence");
        Strings(work["sameAs"]).ShouldBe(["https://doi.org/10.1016/j.drugalcdep.2018.01.001"]);
        work["datePublished"]!.GetValue<string>().ShouldBe("2018");
        work["@id"]!.GetValue<string>().ShouldBe(StructuredDataOf(site.Page("/substances/ketamine/"))[0]!["citation"]![0]!["@id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/substances/ketamine/", new[] { "Home", "Substances", "Ketamine" }, new[] { "", "substances/", "substances/ketamine/" })]
    [InlineData("/references/jones-2018/", new[] { "Home", "References", "Ketamine for cocaine use disorder" }, new[] { "", "references/", "references/jones-2018/" })]
    [InlineData("/mechanisms/", new[] { "Home", "Mechanisms" }, new[] { "", "mechanisms/" })]
    [InlineData("/about/", new[] { "Home", "About this site" }, new[] { "", "about/" })]
    public void Should_give_every_page_but_the_home_page_a_breadcrumb_list_in_json_ld(string url, string[] names, string[] paths)
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When the page's JSON-LD is read
        var breadcrumbs = StructuredDataOf(site.Page(url)).Single(n => n!["@type"]!.GetValue<string>() == "BreadcrumbList")!;

        // Then it lists the way from the home page, numbered from 1, each step at its absolute URL
        var items = breadcrumbs["itemListElement"]!.AsArray();
        items.Select(i => i!["position"]!.GetValue<int>()).ShouldBe(Enumerable.Range(1, names.Length));
        items.Select(i => i!["name"]!.GetValue<string>()).ShouldBe(names);
        items.Select(i => i!["item"]!.GetValue<string>()).ShouldBe(paths.Select(p => BaseUrl + p));
        StructuredDataOf(site.Page("/")).ShouldNotContain(n => n!["@type"]!.GetValue<string>() == "BreadcrumbList");
    }

    [Theory]
    [InlineData("substances/ketamine.md", "---\ntitle: \"</script><script>alert(1)</script>\"\n---\n\nIt works [@r].\n", "/substances/ketamine/")]
    [InlineData("references/r.md", "---\ntype: report\ntitle: \"</SCRIPT ><!--<script>alert(2)</script>\"\nissued: 2020\n---\n", "/substances/ketamine/")]
    [InlineData("site.yml", "title: \"</script><script>alert(3)</script>\"\nbaseUrl: https://example.org/\n", "/")]
    public void Should_keep_text_that_would_close_the_script_element_inside_the_json_ld(string path, string text, string url)
    {
        // Given a title that, written into the page as it is, would end the JSON-LD and start a script
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: T\nbaseUrl: https://example.org/\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nIt works [@r].\n",
            ["references/r.md"] = "---\ntype: report\ntitle: R\nissued: 2020\n---\n",
        };
        files[path] = text;
        using var site = TestSite.Build(files, output: true);

        // When the page is parsed as a browser parses it
        var page = site.Page(url);
        var title = Regex.Match(text, "title: \"(.*)\"").Groups[1].Value;

        // Then it holds the theme's script and one JSON-LD block, which parses and holds the title as written
        page.QuerySelectorAll("script").ShouldAllBe(s => IsThemeScriptOrStructuredData(s));
        page.QuerySelectorAll("script").Length.ShouldBe(2);
        var json = page.ShouldHave("script[type='application/ld+json']").TextContent;
        json.ShouldNotContain("<", Case.Sensitive);
        Texts(JsonNode.Parse(json)!).ShouldContain(title);
    }

    [Fact]
    public void Should_list_every_page_but_the_404_page_in_the_sitemap_by_absolute_url_in_order_with_review_dates()
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When sitemap.xml is read
        var sitemap = XDocument.Load(site.FileOf("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var entries = sitemap.Root!.Elements(ns + "url").Select(u => (Loc: u.Element(ns + "loc")!.Value, LastMod: u.Element(ns + "lastmod")?.Value)).ToList();

        // Then it lists exactly the HTML pages written but the 404 page, by absolute URL, sorted, with
        // the review date of the pages that have one
        sitemap.Root.Name.ShouldBe(ns + "urlset");
        var pages = site.FilesIn()
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html")
            .Select(f => BaseUrl + f[..^"index.html".Length])
            .Order(StringComparer.Ordinal);
        entries.Select(e => e.Loc).ShouldBe(pages);
        entries.Single(e => e.Loc == BaseUrl + "substances/ketamine/").LastMod.ShouldBe("2024-05-01");
        entries.Single(e => e.Loc == BaseUrl + "substances/methadone/").LastMod.ShouldBeNull();
        entries.Single(e => e.Loc == BaseUrl).LastMod.ShouldBeNull();
    }

    [Fact]
    public void Should_let_every_crawler_read_every_page_and_point_it_to_the_sitemap()
    {
        // Given the valid fixture site, built
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true);

        // When robots.txt is read
        var robots = File.ReadAllText(site.FileOf("/robots.txt"));

        // Then it allows everything and names the sitemap's absolute URL
        robots.ShouldBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n");
    }

    [Fact]
    public void Should_publish_every_absolute_url_under_the_folder_of_a_base_url_with_a_path()
    {
        // Given a site published in a folder, its baseUrl written without the closing slash
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: T\nbaseUrl: https://example.org/evidence\n",
                ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n",
            },
            output: true);

        // When the pages and files are read
        var page = site.Page("/substances/ketamine/");
        var locs = XDocument.Load(site.FileOf("/sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value);

        // Then every absolute URL is under the folder
        page.ShouldHave("link[rel=canonical]").GetAttribute("href").ShouldBe("https://example.org/evidence/substances/ketamine/");
        locs.ShouldContain("https://example.org/evidence/");
        locs.ShouldAllBe(l => l.StartsWith("https://example.org/evidence/", StringComparison.Ordinal));
        File.ReadAllText(site.FileOf("/robots.txt")).ShouldEndWith("Sitemap: https://example.org/evidence/sitemap.xml\n");
    }

    // A theme script by its hashed name (relative, or from the root on the 404 page), or a JSON-LD data
    // block, which browsers never run, whose text cannot end its element.
    private static bool IsThemeScriptOrStructuredData(IElement script) =>
        script.GetAttribute("src") is { } src
            ? ThemeScript.IsMatch(src) && script.TextContent.Length == 0
            : script.GetAttribute("type") == "application/ld+json" && !script.TextContent.Contains('<') && JsonNode.Parse(script.TextContent) is not null;

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static JsonArray StructuredDataOf(IDocument page) =>
        JsonNode.Parse(page.ShouldHave("script[type='application/ld+json']").TextContent)!["@graph"]!.AsArray();

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    // Every string value anywhere in a JSON document.
    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Texts(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : Texts(n)),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
