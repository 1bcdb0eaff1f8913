using Site.Core.Diagnostics;

namespace Site.Core.Tests.Linking;

public sealed class LinkResolutionTests
{
    private static readonly Dictionary<string, string> Base = new()
    {
        ["site.yml"] = "title: Test\n",
        ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\n## Dosing\n\n::: editorial\nText.\n:::\n",
    };

    [Fact]
    public void Should_report_site_absolute_links_to_nothing_and_to_missing_anchors()
    {
        // Given site-absolute links: one to nowhere, one to a missing anchor of a real page
        var files = new Dictionary<string, string>(Base)
        {
            ["index.md"] = TestSite.HomeLinking("a"),
            ["a.md"] = "---\ntitle: A\n---\n\n[x](/nope/) [y](/substances/ketamine/#nope)\n",
        };

        // When the site is checked
        using var site = TestSite.Build(files);

        // Then both are reported at their positions
        site.Result.Diagnostics.Select(d => $"{d.Location} {d.Code}").ShouldBe(
        [
            "input/a.md:5:5 broken-link",
            "input/a.md:5:39 broken-anchor",
        ]);
    }

    [Fact]
    public void Should_rewrite_site_absolute_and_folder_links_to_relative_urls()
    {
        // Given links written as site URLs and as relative folders, to documents and generated pages
        var files = new Dictionary<string, string>(Base)
        {
            ["substances/methadone.md"] = "---\ntitle: Methadone\n---\n\n[a](/substances/ketamine/#dosing) [b](/mechanisms/) [c](../substances/) [d](/substances/ketamine)\n",
        };

        // When the site is built
        using var site = TestSite.Build(files, output: true);

        // Then every link is relative to the page and resolves
        site.Result.Diagnostics.ShouldBeEmpty();
        var hrefs = site.Page("/substances/methadone/").QuerySelectorAll("main .body a").Select(a => a.GetAttribute("href")).ToArray();
        hrefs.ShouldBe(["../ketamine/#dosing", "../../mechanisms/", "../", "../ketamine/"]);
    }

    [Fact]
    public void Should_let_a_heading_named_like_a_theme_element_keep_its_own_id()
    {
        // Given a page with a heading "Main" and a link to it
        var files = new Dictionary<string, string>(Base)
        {
            ["about.md"] = "---\ntitle: About\n---\n\n## Main\n\nSee [[#main]].\n",
        };

        // When the site is built
        using var site = TestSite.Build(files, output: true);

        // Then the heading has the id the link points at
        site.Result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        site.Page("/about/").QuerySelector("main .body h2")!.Id.ShouldBe("main");
    }
}
