using Site.Core.Diagnostics;
using Site.Core.Generating;
using Site.Core.Linking;
using Site.Core.Writing;

namespace Site.Core.Tests.Generating;

public sealed class GeneratedOutputsTests
{
    private const string Reference = "---\ntype: article-journal\ntitle: Ketamine for cocaine use disorder\ncontainer-title: Drug and Alcohol Dependence\nauthor: [Jones JL]\nissued: 2018\nevidence: rct\n---\n\nA trial.\n";

    // The pages the documents of the small site make, apart from the generated ones.
    private static readonly string[] DocumentPages = ["substances/ketamine/index.html", "mechanisms/nmda-receptor-antagonism/index.html", "references/jones-2018/index.html"];

    private static Dictionary<string, string> SmallSite(bool baseUrl) => new()
    {
        ["site.yml"] = baseUrl ? "title: Generated\nbaseUrl: https://example.org/evidence/\n" : "title: Generated\n",
        ["references/jones-2018.md"] = Reference,
        ["substances/ketamine.md"] = "---\ntitle: Ketamine\nsummary: An anaesthetic.\nmechanisms: [nmda-receptor-antagonism]\n---\n\nA single ketamine infusion reduced cocaine use in a randomised trial [@jones-2018].\n",
        ["mechanisms/nmda-receptor-antagonism.md"] = "---\ntitle: NMDA receptor antagonism\nsummary: Blocking the NMDA receptor.\n---\n\nKetamine blocks NMDA receptors [@jones-2018].\n",
        ["assets/diagram.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    };

    [Fact]
    public void Should_produce_every_reserved_url_from_exactly_one_record_with_a_producer_for_its_kind()
    {
        // Given the reserved URLs and the records
        var reserved = SitePaths.Reserved;

        // When each reserved URL is looked up among the records
        var producers = reserved.ToDictionary(url => url, url => GeneratedOutputs.All.Where(o => o.Url == url).ToArray());

        // Then each comes from exactly one record, which makes it: a page from a page-model builder, a file from an export writer
        foreach (var (url, records) in producers)
        {
            records.Length.ShouldBe(1, url);
            var record = records[0];
            (record.Page is not null).ShouldBe(record.Kind == GeneratedOutputKind.Page, url);
            (record.File is not null).ShouldBe(record.Kind == GeneratedOutputKind.File, url);
            (record.ContentType is not null).ShouldBe(record.Kind == GeneratedOutputKind.File, url);
            (record.Title is not null).ShouldBe(record.Kind == GeneratedOutputKind.Page, url);
        }

        // And the only record a document may take instead is the home page, which is therefore not reserved
        GeneratedOutputs.All.Where(o => !reserved.Contains(o.Url)).Select(o => o.Url).ShouldBe([SitePaths.Home]);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Should_write_besides_the_documents_pages_and_the_assets_exactly_the_records_that_exist_for_the_build(bool baseUrl, bool previous)
    {
        // Given a small site with or without a baseUrl, built once, and again with the first edition as the previous one or without
        using var site = TestSite.Build(SmallSite(baseUrl), output: true);
        site.Result.Written.ShouldBeTrue();
        site.BuildInto("again", previous: previous ? "output" : null).Written.ShouldBeTrue();

        // When the second output's files are listed, leaving out the documents' pages, the folders the registry reserves and the output's marker
        var folders = GeneratedOutputs.All.Where(o => o.Kind == GeneratedOutputKind.Folder).Select(o => o.Url.TrimStart('/')).ToArray();
        var generated = site.FilesIn("again")
            .Where(f => !DocumentPages.Contains(f) && f != OutputFolder.MarkerFileName && !folders.Any(folder => f.StartsWith(folder, StringComparison.Ordinal)))
            .ToArray();

        // Then they are exactly the records' pages and files that exist with this baseUrl and previous edition
        var expected = GeneratedOutputs.All
            .Where(o => o.Kind != GeneratedOutputKind.Folder && o.Exists(baseUrl, previous))
            .Select(o => SitePaths.OutputPathOf(o.Url))
            .Order(StringComparer.Ordinal);
        generated.ShouldBe(expected);
        site.FilesIn("again").ShouldContain("assets/diagram.svg");
        site.Result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Should_list_in_the_sitemap_every_generated_page_the_build_makes_except_those_its_record_leaves_out()
    {
        // Given a small site with a baseUrl, built with a previous edition so that every generated page exists
        using var site = TestSite.Build(SmallSite(baseUrl: true), output: true);
        site.BuildInto("again", previous: "output").Written.ShouldBeTrue();

        // When its sitemap is read
        var sitemap = System.Xml.Linq.XDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "again", "sitemap.xml")));
        var listed = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToHashSet(StringComparer.Ordinal);

        // Then each generated page is listed exactly when its record says so
        foreach (var page in GeneratedOutputs.Pages)
        {
            listed.Contains("https://example.org/evidence" + page.Url).ShouldBe(page.InSitemap, page.Url);
        }
    }

    [Fact]
    public void Should_link_the_navigation_and_the_page_not_found_to_the_pages_their_records_name()
    {
        // Given a small site
        using var site = TestSite.Build(SmallSite(baseUrl: false), output: true);

        // When its substance page and its page not found are read
        var navigation = site.Page("/substances/ketamine/").QuerySelectorAll("nav[aria-label=Site] a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToArray();
        var notFound = site.Page("/404.html").QuerySelectorAll("ul.not-found-links a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToArray();

        // Then the navigation links the records in the navigation, by title, and the page not found those it guides readers to
        navigation.ShouldBe(GeneratedOutputs.Pages.Where(p => p.InNavigation).Select(p => ((string?)SitePaths.Relative("/substances/ketamine/", p.Url), p.Title!)));
        notFound.ShouldBe(GeneratedOutputs.Pages.Where(p => p.OnNotFoundPage)
            .Select(p => ((string?)p.Url, p.Url == SitePaths.Home ? Site.Core.Languages.SiteStrings.English["home_page_link"] : p.Title!)));
    }
}
