using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Building;
using Site.Core.PostProcessing;
using Site.Core.Rendering;
using Site.Core.Text;
using Site.Theme;

namespace Site.Core.Tests.PostProcessing;

public sealed class HeadingAnchorsTests
{
    [Fact]
    public void Should_give_each_heading_an_id_from_its_text()
    {
        // Given headings without ids, one with markup and an entity in its text
        const string html = "<h1>Ketamine</h1><h2>Dosing &amp; <em>Safety</em></h2><h3>NMDA Receptor (GluN2B)</h3><h4>Step 2</h4>";

        // When anchors are applied
        var (utf8, ids) = HeadingAnchors.Apply(html);
        var result = Encoding.UTF8.GetString(utf8);

        // Then each id is the heading's text in lower-case kebab
        var document = new HtmlParser().ParseDocument(result);
        document.QuerySelectorAll("h1, h2, h3, h4").Select(h => h.Id).ShouldBe(["ketamine", "dosing-safety", "nmda-receptor-glun2b", "step-2"]);
        ids.Order(StringComparer.Ordinal).ShouldBe(["dosing-safety", "ketamine", "nmda-receptor-glun2b", "step-2"]);
    }

    [Fact]
    public void Should_number_repeated_headings_and_never_take_an_id_already_in_the_page()
    {
        // Given two headings with the same text, one whose id another element (later in the page) has, one with its own id
        const string html = "<main><h2>Dosing</h2><h2>Dosing</h2><h2>Summary</h2><h2 id=\"kept\">Kept as is</h2><h2>!!!</h2><h2 id=\"\">Empty</h2><p id=\"summary\"></p></main>";

        // When anchors are applied
        var (utf8, ids) = HeadingAnchors.Apply(html);
        var result = Encoding.UTF8.GetString(utf8);

        // Then ids are unique in the page, an existing id is kept, a heading without letters gets 'section', an empty id is filled
        new HtmlParser().ParseDocument(result).QuerySelectorAll("h2").Select(h => h.Id).ShouldBe(["dosing", "dosing-2", "summary-2", "kept", "section", "empty"]);
        ids.ShouldBe(["summary", "kept", "dosing", "dosing-2", "summary-2", "section", "empty"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("<script>var s = '<h2>not a heading</h2><p id=\"no\">';</script><h2>Real</h2>", "real")]
    [InlineData("<!-- <h2>commented</h2> <p id=\"no\"> --><h2>Real</h2>", "real")]
    [InlineData("<p title=\"a > b <h2 id='x'>\" id='single'>x</p><H2 CLASS=\"c\">Real</H2>", "single real")]
    [InlineData("<p data-x=a id=unquoted>x</p><h3 class=\"a\"\n>Line break</h3>", "unquoted line-break")]
    [InlineData("<p id=\"caf&eacute;\">x</p><h2>Café</h2>", "café cafe")]
    [InlineData("<textarea><h2>typed</h2></textarea><title>A <h2></title><h2>Real</h2><h2>Unclosed", "real unclosed")]
    public void Should_find_ids_and_headings_where_a_browser_does(string html, string expected)
    {
        // Given markup where tags appear inside scripts, comments, attribute values and raw text

        // When anchors are applied
        var (utf8, ids) = HeadingAnchors.Apply(html);
        var result = Encoding.UTF8.GetString(utf8);

        // Then the ids are those a browser sees, and so are the headings that got one
        ids.ShouldBe(expected.Split(' '), ignoreOrder: true);
        var document = new HtmlParser().ParseDocument(result);
        document.QuerySelectorAll("[id]").Select(e => e.Id!).ShouldBe(expected.Split(' '), ignoreOrder: true);
    }

    [Theory]
    [InlineData("valid/basic")]
    [InlineData("valid/citations")]
    public void Should_give_every_built_page_the_anchors_a_parsed_document_would_get(string fixture)
    {
        // Given the pages of a site with citations, claims, reference lists and the evidence map, as rendered
        using var site = TestSite.FromFixture(fixture);
        var compilation = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile();
        var (graph, assets) = (compilation.Graph, compilation.Assets);
        var rendered = new RenderPhase(new LiquidTheme(), TestSite.Today).Run(graph, assets, new PageModelFactory(graph, assets, TestSite.Today).Plan());
        rendered.Count.ShouldBeGreaterThan(3);

        foreach (var page in rendered)
        {
            // When anchors are applied
            var (utf8, ids) = HeadingAnchors.Apply(page.Html.Span);
            var html = Encoding.UTF8.GetString(utf8);

            // Then the headings' ids are what the same rule gives on a parsed document, and the ids are all the page has
            var expected = new HtmlParser().ParseDocument(page.Html.ToString());
            ApplyToTree(expected);
            var actual = new HtmlParser().ParseDocument(html);
            Headings(actual).ShouldBe(Headings(expected), page.Url);
            ids.ShouldBe(actual.QuerySelectorAll("[id]").Select(e => e.Id!), ignoreOrder: true, page.Url);
        }
    }

    [Fact]
    public async Task Should_anchor_a_page_of_200_000_headings_in_linear_time()
    {
        // Given a page with 200,000 headings of the same text
        var html = "<main>" + string.Concat(Enumerable.Repeat("<h2>Dosing</h2>\n", 200_000)) + "</main>";

        // When anchors are applied
        var (utf8, ids) = await Task.Run(() => HeadingAnchors.Apply(html)).WaitAsync(TimeSpan.FromSeconds(20));
        var result = Encoding.UTF8.GetString(utf8);

        // Then every heading has its own numbered id
        ids.Count.ShouldBe(200_000);
        result.ShouldContain("<h2 id=\"dosing\">Dosing</h2>\n<h2 id=\"dosing-2\">Dosing</h2>");
        ids.ShouldContain("dosing-200000");
    }

    private static List<string> Headings(IDocument document) =>
        [.. document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => $"{h.LocalName}#{h.Id}")];

    // The rule stated on a parsed tree: each heading without an id gets its text's slug, numbered past every id the page has.
    private static void ApplyToTree(IDocument document)
    {
        var taken = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Where(h => string.IsNullOrEmpty(h.Id)))
        {
            var slug = Slug.From(heading.TextContent) is { Length: > 0 } text ? text : "section";
            var id = slug;
            for (var n = 2; !taken.Add(id); n++)
            {
                id = $"{slug}-{n}";
            }

            heading.Id = id;
        }
    }
}
