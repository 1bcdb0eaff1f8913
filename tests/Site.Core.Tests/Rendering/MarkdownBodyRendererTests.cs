using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Site.Core.Building;
using Site.Core.Linking;
using Site.Core.Rendering;
using Site.Theme;

namespace Site.Core.Tests.Rendering;

public sealed class MarkdownBodyRendererTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](&#x6A;avascript:alert(1))")]
    [InlineData("[x](javascript&colon;alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<VBSCRIPT:msgbox(1)>")]
    [InlineData("[x][evil]\n\n[evil]: javascript:alert(1)")]
    [InlineData("[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("[x](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("<data:image/png;base64,iVBORw0KGgo=>")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[![x](data:image/svg+xml,%3Csvg%2F%3E)](data:text/html,x)")]
    public void Should_never_write_a_script_url_into_a_page(string markdown)
    {
        // Given a page with a link whose URL would run script
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["about.md"] = $"---\ntitle: About\n---\n\n{markdown}\n",
        }, output: true);

        // When the page is built
        var page = site.Page("/about/");

        // Then no href or src in its body carries the script scheme
        var urls = page.QuerySelectorAll("main .body [href], main .body [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty)
            .ToArray();
        urls.ShouldNotBeEmpty();
        urls.ShouldAllBe(u => !u.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            && !u.TrimStart().StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            && !u.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("data:image/gif;base64,R0lGODlhAQABAAAAACw=")]
    [InlineData("data:image/jpeg;base64,/9j/4AAQ")]
    [InlineData("data:image/webp;base64,UklGRg==")]
    public void Should_keep_a_raster_image_written_as_a_data_url(string url)
    {
        // Given a page with a small image inlined as a data URL
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["about.md"] = $"---\ntitle: About\n---\n\n![A dot]({url})\n",
        }, output: true);

        // When the page is built
        var page = site.Page("/about/");

        // Then the image keeps its source: it cannot run script, and the Content-Security-Policy allows data images
        page.QuerySelector("main .body img")!.GetAttribute("src").ShouldBe(url);
    }

    [Fact]
    public async Task Should_render_each_body_as_if_it_were_the_first_on_its_thread()
    {
        // Given a German site's page with two tables and headings given ids, and an English site's page with one table
        using var german = TestSite.Write(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nlanguage: de\n",
            ["about.md"] = "---\ntitle: About\n---\n\n## Dosing\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n| c |\n| - |\n| 3 |\n",
        });
        using var english = TestSite.Write(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["about.md"] = "---\ntitle: About\n---\n\n## Dosing\n\n| a |\n| - |\n| 1 |\n",
        });
        var (first, firstPage) = Compiled(german);
        var (second, secondPage) = Compiled(english);
        var heading = first.BodyOf(firstPage).Descendants<HeadingBlock>().Single();

        // When both bodies are rendered on one thread, one after the other, then the German one without ids, and the English one alone
        var germanBody = MarkdownBodyRenderer.Render(firstPage, first, "/about/", headingAnchors: new Dictionary<HeadingBlock, string> { [heading] = "given-id" });
        var englishBody = MarkdownBodyRenderer.Render(secondPage, second, "/about/");
        var germanAgain = MarkdownBodyRenderer.Render(firstPage, first, "/about/");
        var alone = await Task.Run(() => MarkdownBodyRenderer.Render(secondPage, second, "/about/"));

        // Then each numbers its tables from one in its own language, and a heading has an id only when one is given for it
        Labels(germanBody).ShouldBe(["Tabelle 1", "Tabelle 2"]);
        Labels(englishBody).ShouldBe(["Table 1"]);
        new HtmlParser().ParseDocument(germanBody).QuerySelector("h2")!.Id.ShouldBe("given-id");
        new HtmlParser().ParseDocument(germanAgain).QuerySelector("h2")!.HasAttribute("id").ShouldBeFalse();
        englishBody.ShouldBe(alone);
        englishBody.ShouldNotContain("given-id");
    }

    private static (SiteGraph Graph, Site.Core.Parsing.ParsedDocument Page) Compiled(TestSite site)
    {
        var graph = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile().Graph;
        return (graph, graph.Pages.Single(p => p.Id == "about"));
    }

    private static List<string> Labels(string body) =>
        [.. new HtmlParser().ParseDocument(body).QuerySelectorAll("[role=region]").Select(e => e.GetAttribute("aria-label")!)];
}
