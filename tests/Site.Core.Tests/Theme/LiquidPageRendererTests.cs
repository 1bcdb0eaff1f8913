using Site.Core.Building;
using Site.Core.Rendering;
using Site.Theme;

namespace Site.Core.Tests.Theme;

public sealed class LiquidPageRendererTests
{
    [Fact]
    public void Should_render_the_same_page_alike_however_many_pages_one_renderer_has_rendered_before()
    {
        // Given the page models of a site, and one renderer
        using var site = TestSite.FromFixture("valid/citations");
        var compilation = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile();
        var factory = new PageModelFactory(compilation.Graph, compilation.Assets, TestSite.Today);
        var models = factory.Plan().Select(factory.Create).ToList();
        using var renderer = new LiquidTheme().CreateRenderer();

        // When it renders every page over and over
        var first = models.Select(renderer.Render).ToList();
        var later = Enumerable.Range(0, 300 / models.Count + 1).SelectMany(_ => models.Select(renderer.Render)).TakeLast(models.Count).ToList();

        // Then each page is rendered exactly as the first time
        later.ShouldBe(first);
    }

    [Fact]
    public void Should_hand_out_each_page_whole_whether_it_fits_the_buffer_or_not()
    {
        // Given the pages of a site, the home page first and longer than a renderer's first buffer, as rendered to strings
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["index.md"] = "---\ntitle: Home\n---\n\n" + string.Concat(Enumerable.Range(0, 4000).Select(i => $"Paragraph {i} of a long home page.\n\n")),
            ["about.md"] = "---\ntitle: About\n---\n\nA short page.\n",
        };
        using var site = TestSite.Write(files);
        var compilation = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile();
        var factory = new PageModelFactory(compilation.Graph, compilation.Assets, TestSite.Today);
        var models = factory.Plan().Select(factory.Create).ToList();
        using var renderer = new LiquidTheme().CreateRenderer();
        var expected = models.Select(renderer.Render).ToList();
        expected.Max(p => p.Length).ShouldBeGreaterThan(128 * 1024);

        // When each page is rendered into a fresh renderer's buffer, the long one first, short after long and long after short
        using var buffered = new LiquidTheme().CreateRenderer();
        var handedOut = models.Concat(models).Concat(Enumerable.Reverse(models)).Select(m => buffered.RenderBuffered(m, null).ToString()).ToList();

        // Then each is the whole page, as rendered to a string
        handedOut.ShouldBe([.. expected, .. expected, .. Enumerable.Reverse(expected)]);
    }
}
