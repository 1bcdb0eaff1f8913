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
}
