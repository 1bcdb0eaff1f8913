using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Cli.Tests;

/// <summary>
/// The repository's own input/, the site's first edition, built as an editor and CI build it: it
/// must check clean with warnings as errors, cite every reference, and let a reader reach every
/// substance, mechanism and condition from the home page.
/// </summary>
public sealed class RealInputTests : IDisposable
{
    // The substances and mechanisms the first edition covers.
    private static readonly string[] Substances = ["alcohol", "buprenorphine", "cannabis", "cocaine", "ketamine", "methadone", "nicotine", "opioids"];

    private static readonly string[] Mechanisms =
    [
        "dopaminergic-reward-pathway", "memory-reconsolidation", "neuroplasticity", "nmda-receptor-antagonism",
        "opioid-receptor-agonism", "rapid-antidepressant-effect",
    ];

    // The conditions the source articles are organised by.
    private static readonly string[] Conditions =
    [
        "alcohol-use-disorder", "cannabis-use-disorder", "cocaine-use-disorder", "nicotine-use-disorder", "opioid-use-disorder",
    ];

    // The conditions a reference shows ketamine was studied for: no reference here studies it in nicotine or cannabis addiction.
    private static readonly string[] KetamineConditions = ["alcohol-use-disorder", "cocaine-use-disorder", "opioid-use-disorder"];

    // Every reference of the two source articles, the one they share merged into one.
    private static readonly string[] References =
    [
        "frimpong-2023", "gent-2023", "gubser-2023", "hilal-2023", "horowitz-2023", "jones-2018",
        "ketamine-addiction-review-2018", "ketamine-cocaine-motivation-2014", "ketamine-mindfulness-cocaine-2019",
        "ketamine-psychoactive-effects-2014", "lalanne-2016", "rowland-2010", "samhsa-2016",
    ];

    private static readonly string Input = Path.Combine(RepositoryRoot.Path, "input");

    private readonly SiteFolder _scratch = new(new Dictionary<string, string>());

    [Fact]
    public void Should_check_clean_with_warnings_as_errors()
    {
        // Given the repository's own input/
        // When it is checked as CI checks it
        var run = CliRun.InProcess(_scratch.Root, "check", "--input", Input, "--warnings-as-errors", "--format", "json");

        // Then it succeeds with no diagnostic of any severity
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.Trim().ShouldBe("[]");
    }

    [Fact]
    public void Should_build_a_page_for_every_markdown_file_and_each_substance_mechanism_condition_and_reference_of_the_first_edition()
    {
        // Given the repository's own input/
        // When it is built into a scratch folder
        var site = Build();

        // Then every markdown file has its page, and the first edition's documents are all among them
        foreach (var document in Directory.EnumerateFiles(Input, "*.md", SearchOption.AllDirectories))
        {
            var stem = Path.GetRelativePath(Input, document).Replace('\\', '/')[..^3];
            File.Exists(Path.Combine(site, stem == "index" ? "index.html" : stem + "/index.html")).ShouldBeTrue(stem);
        }

        Pages(site, "substances").ShouldBe(Substances);
        Pages(site, "mechanisms").ShouldBe(Mechanisms);
        Pages(site, "conditions").ShouldBe(Conditions);
        Pages(site, "references").ShouldBe(References);
    }

    [Fact]
    public void Should_list_at_least_one_citing_claim_on_every_reference_page()
    {
        // Given the built first edition
        var site = Build();

        // When each reference page's "Cited by" is read
        foreach (var key in References)
        {
            var page = Parse(Path.Combine(site, "references", key, "index.html"));
            var passages = page.QuerySelectorAll("section.cited-by .passages li a");

            // Then it quotes at least one claim, each linked to its anchor on a substance, mechanism or condition page
            passages.ShouldNotBeEmpty(key);
            foreach (var passage in passages)
            {
                passage.GetAttribute("href")!.ShouldMatch(@"^\.\./\.\./(substances|mechanisms|conditions)/[a-z0-9-]+/#claim-[a-z0-9-]+$", key);
                passage.TextContent.Trim().ShouldNotBeEmpty(key);
            }
        }
    }

    [Fact]
    public void Should_let_a_reader_reach_every_substance_mechanism_and_condition_from_the_home_page_by_following_links()
    {
        // Given the built first edition
        var site = Build();

        // When every link is followed from the home page, page to page
        var reached = Crawl(site);

        // Then every substance, mechanism and condition page is reached, and so is every reference
        foreach (var url in Substances.Select(s => $"/substances/{s}/").Concat(Mechanisms.Select(m => $"/mechanisms/{m}/"))
            .Concat(Conditions.Select(c => $"/conditions/{c}/")).Concat(References.Select(r => $"/references/{r}/")))
        {
            reached.ShouldContain(url);
        }
    }

    [Fact]
    public void Should_link_each_substance_to_its_mechanisms_and_each_mechanism_back_to_its_substances()
    {
        // Given the built first edition
        var site = Build();

        // When the mechanisms section of each substance page is read
        foreach (var substance in Substances)
        {
            var page = Parse(Path.Combine(site, "substances", substance, "index.html"));
            var mechanisms = page.QuerySelectorAll("section.related[aria-labelledby=mechanisms-of-action] a").Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToList();

            // Then each lists at least one mechanism, and each of those mechanism pages links back to it
            mechanisms.ShouldNotBeEmpty(substance);
            foreach (var mechanism in mechanisms)
            {
                var back = Parse(Path.Combine(site, "mechanisms", mechanism, "index.html"));
                back.QuerySelectorAll($"section.related a[href='../../substances/{substance}/']").ShouldNotBeEmpty($"{mechanism} -> {substance}");
            }
        }
    }

    [Fact]
    public void Should_link_ketamine_to_the_conditions_it_was_studied_for_and_each_of_them_back_to_it()
    {
        // Given the built first edition
        var site = Build();

        // When ketamine's conditions and each condition's substances are read
        var ketamine = Parse(Path.Combine(site, "substances", "ketamine", "index.html"));
        var conditions = ketamine.QuerySelectorAll("section.related[aria-labelledby=conditions-studied] a").Select(a => a.GetAttribute("href")!.Split('/')[^2]);

        // Then ketamine lists the conditions a reference shows it was studied for, and only those list it
        conditions.ShouldBe(KetamineConditions);
        foreach (var condition in Conditions)
        {
            var page = Parse(Path.Combine(site, "conditions", condition, "index.html"));
            var substances = page.QuerySelectorAll("section.related a").Select(a => a.GetAttribute("href")).ToList();
            substances.ShouldBe(KetamineConditions.Contains(condition) ? ["../../substances/ketamine/"] : [], condition);
        }
    }

    [Fact]
    public void Should_quote_on_every_condition_page_a_claim_of_a_substance_page_that_links_to_it()
    {
        // Given the built first edition
        var site = Build();

        foreach (var condition in Conditions)
        {
            // When the claims that connect substances to the condition are read
            var page = Parse(Path.Combine(site, "conditions", condition, "index.html"));
            var passages = page.QuerySelectorAll("section.connections .passages li a.claim-link");

            // Then there is at least one, each linked to its anchor on a substance page that links back to the condition
            passages.ShouldNotBeEmpty(condition);
            foreach (var passage in passages)
            {
                var href = passage.GetAttribute("href")!;
                href.ShouldMatch(@"^\.\./\.\./substances/[a-z0-9-]+/#claim-[a-z0-9-]+$", condition);
                var substance = Parse(Path.Combine(site, "substances", href.Split('/')[3], "index.html"));
                var claim = substance.GetElementById(href.Split('#')[1]).ShouldNotBeNull(href);
                claim.QuerySelectorAll($"a[href='../../conditions/{condition}/']").ShouldNotBeEmpty(href);
            }
        }
    }

    [Fact]
    public void Should_give_every_page_a_canonical_url_open_graph_tags_and_json_ld_of_its_kind()
    {
        // Given the built first edition, published at site.yml's baseUrl
        var site = Build();
        const string baseUrl = "https://example.org/";

        // When the head of every page but the 404 page is read
        foreach (var url in HtmlPages(site).Where(u => u != "/404.html"))
        {
            var page = Parse(FileOf(site, url));

            // Then it names its absolute URL as canonical and in Open Graph, and describes itself in
            // JSON-LD that parses, as the kind of page it is
            page.QuerySelector("link[rel=canonical]").ShouldNotBeNull(url).GetAttribute("href").ShouldBe(baseUrl + url.TrimStart('/'), url);
            page.QuerySelector("meta[property='og:url']").ShouldNotBeNull(url).GetAttribute("content").ShouldBe(baseUrl + url.TrimStart('/'), url);
            page.QuerySelector("meta[property='og:title']").ShouldNotBeNull(url).GetAttribute("content").ShouldNotBeNullOrWhiteSpace(url);
            page.QuerySelector("meta[name=description]").ShouldNotBeNull(url).GetAttribute("content").ShouldNotBeNullOrWhiteSpace(url);
            var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
            scripts.Length.ShouldBe(1, url);
            var node = JsonNode.Parse(scripts[0].TextContent)!["@graph"]![0]!;
            var type = node["@type"]!.GetValue<string>();
            var substance = url.StartsWith("/substances/", StringComparison.Ordinal) && url != "/substances/";
            var condition = url.StartsWith("/conditions/", StringComparison.Ordinal) && url != "/conditions/";
            if (substance || condition)
            {
                type.ShouldBe("MedicalWebPage", url);
                node["about"]!["@type"]!.GetValue<string>().ShouldBe(substance ? "Drug" : "MedicalCondition", url);
                node["lastReviewed"]!.GetValue<string>().ShouldMatch(@"^\d{4}-\d{2}-\d{2}$", url);
                var citations = node["citation"]!.AsArray();
                citations.Count.ShouldBe(page.QuerySelectorAll("ol.reference-list > li").Length, url);
                citations.ShouldAllBe(c => c!["url"]!.GetValue<string>().StartsWith(baseUrl + "references/", StringComparison.Ordinal));
            }
            else if (url.StartsWith("/references/", StringComparison.Ordinal) && url != "/references/")
            {
                type.ShouldBeOneOf("ScholarlyArticle", "Report", "Book", "Chapter", "WebPage", "CreativeWork");
                node["name"]!.GetValue<string>().ShouldBe(page.QuerySelector("main h1")!.TextContent.Trim(), url);
            }
            else
            {
                type.ShouldBeOneOf("WebSite", "MedicalWebPage", "WebPage", "CollectionPage");
            }
        }
    }

    [Fact]
    public void Should_list_exactly_the_pages_but_the_404_page_in_the_sitemap_and_name_it_in_robots_txt()
    {
        // Given the built first edition
        var site = Build();

        // When sitemap.xml and robots.txt are read
        var locs = XDocument.Load(Path.Combine(site, "sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        var robots = File.ReadAllText(Path.Combine(site, "robots.txt"));

        // Then the sitemap has every HTML page written but the 404 page, by absolute URL, in order, and robots.txt points to it
        locs.ShouldBe(HtmlPages(site).Where(u => u != "/404.html").Select(u => "https://example.org" + u).Order(StringComparer.Ordinal));
        // (the home, about and evidence pages, and the lists of substances, mechanisms, conditions and references)
        locs.Count.ShouldBe(Substances.Length + Mechanisms.Length + Conditions.Length + References.Length + 7);
        robots.ShouldContain("Sitemap: https://example.org/sitemap.xml\n");
    }

    [Fact]
    public void Should_link_every_page_to_the_theme_files_under_their_hashed_names_only()
    {
        // Given the built first edition
        var site = Build();

        // When the theme folder and every page are read
        // (ordered by extension: the hashes decide the order of the names themselves)
        var theme = Directory.GetFiles(Path.Combine(site, "theme")).Select(Path.GetFileName).OfType<string>().OrderBy(Path.GetExtension, StringComparer.Ordinal).ToList();

        // Then the stylesheet and the scripts (citation previews, search) are there under hashed names only, and every page links to all three
        theme.Count.ShouldBe(3);
        theme[0].ShouldMatch(@"^site\.[0-9a-f]{10}\.css$");
        theme.Skip(1).Order(StringComparer.Ordinal).ShouldSatisfyAllConditions(
            t => t.First().ShouldMatch(@"^search\.[0-9a-f]{10}\.js$"),
            t => t.Last().ShouldMatch(@"^site\.[0-9a-f]{10}\.js$"));
        foreach (var url in HtmlPages(site))
        {
            var html = File.ReadAllText(FileOf(site, url));
            var page = Parse(FileOf(site, url));
            var targets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
                .Select(href => Path.GetFileName(new Uri(new Uri("https://site.invalid" + url), href).AbsolutePath));
            targets.ShouldBe(theme, ignoreOrder: true, url);
            html.ShouldNotContain("site.css\"", Case.Sensitive, url);
            html.ShouldNotContain("site.js\"", Case.Sensitive, url);
            html.ShouldNotContain("search.js\"", Case.Sensitive, url);
        }
    }

    [Fact]
    public void Should_link_the_404_page_to_pages_that_exist_when_it_is_served_at_a_deep_address()
    {
        // Given the built first edition
        var site = Build();

        // When the 404 page is served for a missing address three folders deep
        var page = Parse(Path.Combine(site, "404.html"));
        var served = new Uri("https://example.org/substances/ketamine/no/such/page");
        var hrefs = page.QuerySelectorAll("a[href], link[rel=stylesheet][href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();

        // Then every link, and its stylesheet, reaches a file that was written
        hrefs.Count.ShouldBeGreaterThan(8);
        foreach (var href in hrefs)
        {
            File.Exists(FileOf(site, new Uri(served, href).AbsolutePath)).ShouldBeTrue(href);
        }
    }

    public void Dispose() => _scratch.Dispose();

    // Every HTML page written, by site URL: "/", "/substances/ketamine/", "/404.html".
    private static IEnumerable<string> HtmlPages(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Select(u => u.EndsWith("/index.html", StringComparison.Ordinal) ? u[..^"index.html".Length] : u)
            .Order(StringComparer.Ordinal);

    private static string FileOf(string site, string url) =>
        Path.Combine(site, url.TrimStart('/') + (url.EndsWith('/') ? "index.html" : string.Empty));

    private string Build()
    {
        var run = CliRun.InProcess(_scratch.Root, "build", "--input", Input, "--output", "site", "--warnings-as-errors");
        run.ExitCode.ShouldBe(0, run.All);
        return _scratch.PathOf("site");
    }

    private static string[] Pages(string site, string folder) =>
        [.. Directory.GetDirectories(Path.Combine(site, folder)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static IDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    // Breadth-first over the site's own pages, following every relative link from the home page.
    private static HashSet<string> Crawl(string site)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.TryDequeue(out var url))
        {
            var file = Path.Combine(site, url.TrimStart('/'), "index.html");
            if (!File.Exists(file))
            {
                continue;
            }

            foreach (var link in Parse(file).QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (href.Contains(':', StringComparison.Ordinal) || href.StartsWith('#'))
                {
                    continue;
                }

                var target = new Uri(new Uri("https://site.invalid" + url), href).AbsolutePath;
                if (target.EndsWith('/') && reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return reached;
    }
}
