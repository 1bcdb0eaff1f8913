using System.Text;
using Fluid;
using Site.Core.Rendering;
using Site.Theme.Liquid;

namespace Site.Core.Tests.Theme;

/// <summary>When the theme's templates are parsed: the built-in theme's when first rendered, a theme source folder's at once.</summary>
public sealed class LiquidTemplatesTests
{
    private const string Broken = "templates/pages/ChangesPage.liquid";

    [Fact]
    public void Should_parse_a_template_of_the_built_in_theme_only_when_it_is_first_rendered()
    {
        // Given the built-in theme's files, one of which does not parse
        var files = Files((LiquidTemplates.Layout, "<main>{{ content }}</main>"), (Broken, "{% if page.title %}never closed"));

        // When they are read as the built-in theme is, and the layout alone is rendered
        var templates = LiquidTemplates.Of(files, whenUsed: true);
        var layout = Render(templates, LiquidTemplates.Layout);

        // Then nothing failed until the broken template itself is rendered, and then it is named with Fluid's reason
        layout.ShouldBe("<main>page</main>");
        var failure = Should.Throw<TemplateFailure>(() => Render(templates, Broken));
        failure.Path.ShouldBe(Broken);
        failure.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldStartWith($"the default theme's {Broken} does not parse");
    }

    [Fact]
    public void Should_refuse_a_template_that_does_not_parse_at_once_when_parsed_all_at_once()
    {
        // Given the same files, read as a theme's source folder is
        var files = Files((LiquidTemplates.Layout, "<main>{{ content }}</main>"), (Broken, "{% if page.title %}never closed"));

        // When they are read
        var read = () => LiquidTemplates.Of(files);

        // Then the broken one stops the reading
        read.ShouldThrow<InvalidOperationException>().Message.ShouldStartWith($"the default theme's {Broken} does not parse");
    }

    [Fact]
    public void Should_render_every_page_of_the_real_site_through_writers_without_parsing_a_template()
    {
        // Given the built-in theme's templates, read as they are built in, and the real site's page models
        var folder = Path.Combine(RepositoryRoot.Path, "theme");
        var files = Directory.EnumerateFiles(Path.Combine(folder, "templates"), "*.liquid", SearchOption.AllDirectories)
            .Select(f => new ThemeAsset(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f))).ToList();
        var templates = LiquidTemplates.Of(files, whenUsed: true);
        var compilation = new Site.Core.Building.SiteCompiler(new Site.Theme.LiquidTheme(), Path.Combine(RepositoryRoot.Path, "input"), RepositoryRoot.Path, TestSite.Today).Compile();
        var factory = new PageModelFactory(compilation.Graph, compilation.Assets, TestSite.Today);

        // When the layout is made ready as the theme's first worker does, and every page is rendered
        var layout = templates.Parse(LiquidTemplates.Layout);
        using var renderer = new LiquidPageRenderer(templates);
        var pages = factory.Plan().Select(factory.Create).Select(renderer.Render).ToList();

        // Then every page was written, and no template was parsed, nor Fluid's parser needed
        pages.Count.ShouldBeGreaterThan(30);
        layout.ShouldBeFalse();
        templates.Parsed.ShouldBeEmpty();
    }

    private static List<ThemeAsset> Files(params (string Path, string Text)[] files) =>
        [.. files.Select(f => new ThemeAsset(f.Path, Encoding.UTF8.GetBytes(f.Text)))];

    private static string Render(LiquidTemplates templates, string path)
    {
        var context = new TemplateContext();
        context.SetValue("content", "page");
        using var writer = new StringWriter();
        var rendering = templates.Find(path)!.RenderAsync(writer, LiquidPageRenderer.Encoder, context);
        rendering.IsCompletedSuccessfully.ShouldBeTrue();
        return writer.ToString();
    }
}
