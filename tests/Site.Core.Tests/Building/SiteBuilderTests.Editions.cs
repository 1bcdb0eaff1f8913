using System.Text;
using Site.Core.Building;
using Site.Core.Diagnostics;

namespace Site.Core.Tests.Building;

/// <summary>build --previous: /changes/ and its Atom feed, and a site without them when no previous edition is given.</summary>
public sealed partial class SiteBuilderTests
{
    private const string TrialReference = "---\ntype: article-journal\ntitle: Ketamine for cocaine use disorder\ncontainer-title: Drug and Alcohol Dependence\nauthor: [Jones JL]\nissued: 2018\nevidence: rct\n---\n\nA trial.\n";
    private const string Review = "---\ntype: article-journal\ntitle: Ketamine in addiction\ncontainer-title: Addiction\nauthor: [Dakwar E]\nissued: 2019\nevidence: systematic-review\n---\n\nA review.\n";

    private const string Alcohol = "---\ntitle: Alcohol\nsummary: A depressant.\n---\n\n"
        + "Alcohol use disorder is common worldwide [@dakwar-2019].\n\n";

    private static Dictionary<string, string> FirstEdition(string siteYml = "title: Editions\nbaseUrl: https://example.org/evidence/\n") => new()
    {
        ["site.yml"] = siteYml,
        ["references/jones-2018.md"] = TrialReference,
        ["references/dakwar-2019.md"] = Review,
        ["substances/ketamine.md"] = "---\ntitle: Ketamine\nsummary: An anaesthetic.\n---\n\n"
            + "A single ketamine infusion reduced cocaine use in a randomised trial [@jones-2018].\n\n"
            + "Ketamine is widely misused at parties in large cities [@jones-2018].\n\n"
            + "Ketamine blocks NMDA receptors [@jones-2018].\n\n"
            + "Reviews find ketamine a promising treatment for addiction [@dakwar-2019].\n",
        ["substances/alcohol.md"] = Alcohol + "Heavy drinking shortens life [@jones-2018].\n",
    };

    // Edits that read the same whether anchors are positional or derived from the text: one claim edited by a word, one
    // citing another work, one added at the end, and on another page the last claim removed.
    private static void WriteSecondEdition(TestSite site)
    {
        site.WriteText("substances/ketamine.md", "---\ntitle: Ketamine\nsummary: An anaesthetic.\n---\n\n"
            + "A single ketamine infusion reduced heavy cocaine use in a randomised trial [@jones-2018].\n\n"
            + "Ketamine is widely misused at parties in large cities [@jones-2018].\n\n"
            + "Ketamine blocks NMDA receptors [@dakwar-2019].\n\n"
            + "Reviews find ketamine a promising treatment for addiction [@dakwar-2019].\n\n"
            + "Ketamine is being studied for alcohol use disorder as well as for depression [@dakwar-2019].\n");
        site.WriteText("substances/alcohol.md", Alcohol);
    }

    [Fact]
    public void Should_write_neither_the_changes_page_nor_the_feed_without_a_previous_edition()
    {
        // Given a site
        using var site = TestSite.Build(FirstEdition(), output: true);

        // When it is built without a previous edition
        var result = site.Result;

        // Then there is no /changes/, no feed, and no page links to either
        result.Diagnostics.ShouldBeEmpty();
        result.Written.ShouldBeTrue();
        var files = site.FilesIn();
        files.ShouldNotContain("changes/index.html");
        files.ShouldNotContain("changes.xml");
        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = site.Page("/" + page);
            document.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).ShouldNotContain(h => h.Contains("changes", StringComparison.Ordinal), page);
        }
    }

    [Fact]
    public void Should_write_the_same_site_and_claims_json_whether_or_not_a_previous_edition_is_given_apart_from_the_changes()
    {
        // Given a site built once, then built again with that edition as the previous one
        using var site = TestSite.Build(FirstEdition(), output: true);
        site.BuildInto("again", previous: "output").Written.ShouldBeTrue();

        // When the two outputs are compared
        var before = site.Snapshot();
        var after = site.Snapshot("again");

        // Then the second adds /changes/ and the feed, and the sitemap lists /changes/; claims.json and the other exports are the same bytes
        after.Keys.Except(before.Keys).Order(StringComparer.Ordinal).ShouldBe(["changes.xml", "changes/index.html"]);
        foreach (var file in before.Keys.Where(f => !f.EndsWith(".html", StringComparison.Ordinal) && f != "sitemap.xml"))
        {
            Encoding.UTF8.GetString(after[file]).ShouldBe(Encoding.UTF8.GetString(before[file]), file);
        }

        var sitemap = Encoding.UTF8.GetString(after["sitemap.xml"]);
        sitemap.Replace("  <url>\n    <loc>https://example.org/evidence/changes/</loc>\n  </url>\n", string.Empty, StringComparison.Ordinal)
            .ShouldBe(Encoding.UTF8.GetString(before["sitemap.xml"]));
    }

    [Fact]
    public void Should_show_what_changed_page_by_page_with_links_to_the_claims_where_they_are_now()
    {
        // Given a site built once, then edited: a claim reworded, one removed, one added, one citing another work
        using var site = TestSite.Build(FirstEdition(), output: true);
        WriteSecondEdition(site);

        // When it is built with the first edition as the previous one
        site.BuildInto("second", previous: "output");
        var changes = site.Page("/changes/", "second");

        // Then the build is clean, and /changes/ has a section for the page, headed by a link to it
        site.Result.Diagnostics.ShouldBeEmpty();
        changes.QuerySelector("h1")!.TextContent.ShouldBe("What changed in this edition");
        var sections = changes.QuerySelectorAll("section.changed-page");
        sections.Select(s => s.Id).ShouldBe(["changes-substances-alcohol", "changes-substances-ketamine"]);
        var section = sections[1];
        section.QuerySelector("h2 a")!.GetAttribute("href").ShouldBe("../substances/ketamine/");

        // And the reworded claim shows before and after, the claim citing another work what it cites now and no longer
        var changed = section.QuerySelectorAll("li[data-claim-change=changed]");
        changed.Length.ShouldBe(2);
        changed[0].QuerySelector("dd.before")!.TextContent.ShouldBe("A single ketamine infusion reduced cocaine use in a randomised trial.");
        changed[0].QuerySelector("dd.after")!.TextContent.ShouldBe("A single ketamine infusion reduced heavy cocaine use in a randomised trial.");
        changed[1].QuerySelector(".citations-added a")!.GetAttribute("data-cite").ShouldBe("dakwar-2019");
        changed[1].QuerySelector(".citations-removed a")!.GetAttribute("data-cite").ShouldBe("jones-2018");
        changed[1].QuerySelector(".evidence-changed")!.TextContent.ShouldContain("now");

        // And the added and removed claims are listed, each on its page
        sections[0].QuerySelectorAll("li[data-claim-change=removed] blockquote").Select(b => b.TextContent)
            .ShouldBe(["Heavy drinking shortens life."]);
        sections[0].QuerySelectorAll("li[data-claim-change]").Length.ShouldBe(1);
        section.QuerySelectorAll("li[data-claim-change=removed]").ShouldBeEmpty();
        section.QuerySelectorAll("li[data-claim-change=added] blockquote").Select(b => b.TextContent)
            .ShouldBe(["Ketamine is being studied for alcohol use disorder as well as for depression."]);

        // And every link on the page leads to a page of the site and, with a fragment, to an element there: a claim
        foreach (var link in changes.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var (path, fragment) = link.Split('#') is [var p, var f] ? (p, f) : (link, null);
            var url = new Uri(new Uri("https://host/changes/"), path).AbsolutePath;
            var target = site.Page(url, "second");
            if (fragment is not null)
            {
                target.GetElementById(fragment).ShouldNotBeNull(link).HasAttribute("data-claim").ShouldBeTrue(link);
            }
        }

        changes.QuerySelectorAll("li[data-claim-change=added] a, li[data-claim-change=changed] a")
            .Count(a => a.TextContent == "Read in context").ShouldBe(3);
    }

    [Fact]
    public void Should_link_every_page_to_the_changes_page_and_the_feed_when_there_are_changes()
    {
        // Given a site built twice, the second time with the first as the previous edition
        using var site = TestSite.Build(FirstEdition(), output: true);
        WriteSecondEdition(site);
        site.BuildInto("second", previous: "output");

        // When a page is read
        var page = site.Page("/substances/ketamine/", "second");

        // Then its footer links to /changes/, and its head names the feed
        page.QuerySelector("footer a")!.GetAttribute("href").ShouldBe("../../changes/");
        var feed = page.QuerySelector("link[rel=alternate][type='application/atom+xml']").ShouldNotBeNull();
        feed.GetAttribute("href").ShouldBe("../../changes.xml");
        File.Exists(site.FileOf("/changes.xml", "second")).ShouldBeTrue();
    }

    [Fact]
    public void Should_warn_and_write_no_feed_for_a_site_without_a_base_url()
    {
        // Given a site without baseUrl, built twice, the second time with the first as the previous edition
        using var site = TestSite.Build(FirstEdition("title: Editions\n"), output: true);
        WriteSecondEdition(site);

        // When it is built with a previous edition
        site.BuildInto("second", previous: "output/claims.json");

        // Then the build warns at site.yml, writes /changes/ and no feed, and no page names a feed
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/site.yml:1:1 warning feed-without-base-url"]);
        site.Result.Written.ShouldBeTrue();
        site.FilesIn("second").ShouldContain("changes/index.html");
        site.FilesIn("second").ShouldNotContain("changes.xml");
        site.Page("/changes/", "second").QuerySelector("link[type='application/atom+xml'], a[href$='.xml']").ShouldBeNull();
    }

    [Fact]
    public void Should_refuse_a_previous_edition_that_cannot_be_read()
    {
        // Given a site, and a previous edition that is not there
        using var site = TestSite.Write(FirstEdition());

        // When it is built with it
        var error = Should.Throw<SiteSetupException>(() => site.BuildInto("output", previous: "nowhere"));

        // Then the build stops before writing, saying why
        error.Message.ShouldBe("--previous: 'nowhere' does not exist");
        Directory.Exists(site.OutputDirectory).ShouldBeFalse();
    }

    [Theory]
    [InlineData("changes.md")]
    [InlineData("changes/index.md")]
    public void Should_reserve_the_changes_page_url(string path)
    {
        // Given a page whose URL would be /changes/
        using var site = TestSite.Build(new Dictionary<string, string> { ["site.yml"] = "title: Test\n", [path] = AboutPage });

        // When it is checked
        var result = site.Result;

        // Then it is refused: the URL is the generator's
        result.Diagnostics.ShouldContain(d => d.Code == "reserved-url" && d.Severity == DiagnosticSeverity.Error);
    }
}
