using System.Diagnostics;
using Site.Core.Building;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Theme;

namespace Site.Core.Tests.Theme;

/// <summary>The Liquid theme: a site's theme folder overrides any template by path, within the theme's sandbox and limits.</summary>
public sealed class LiquidThemeTests
{
    private const string Substance = "/substances/ketamine/";
    private const string Reference = "/references/jones-2018/";

    [Fact]
    public void Should_change_exactly_the_substance_pages_when_the_site_overrides_the_substance_template()
    {
        // Given a site built with the default theme, and the same site with its own pages/SubstancePage.liquid
        using var plain = Site();
        using var own = Site(("look/templates/pages/SubstancePage.liquid", "<article class=\"own\">{{ page.title }} by {{ page.site.title }}</article>\n"));

        // When both are built
        var pages = Pages(plain);
        var owned = Pages(own);

        // Then the substance page is the site's template inside the default layout, and every other page is as it was
        own.Result.Diagnostics.ShouldBeEmpty();
        var substance = own.Page(Substance);
        substance.ShouldHave("main article.own").TextContent.ShouldBe("Ketamine by Test");
        substance.ShouldHave("header .site-title").TextContent.ShouldBe("Test");
        substance.QuerySelector("article.substance").ShouldBeNull();
        owned.Keys.ShouldBe(pages.Keys, ignoreOrder: true);
        owned.Where(p => pages[p.Key] != p.Value).Select(p => p.Key).ShouldBe(["substances/ketamine/index.html"]);
    }

    [Fact]
    public void Should_change_every_page_that_renders_a_component_the_site_overrides()
    {
        // Given a site whose theme folder has its own evidence badge
        using var site = Site(("look/templates/components/evidence_badge.liquid", "<span class=\"own-badge\">{{ reference.evidence_label }}</span>"));

        // When it is built
        var substance = site.Page(Substance);
        var reference = site.Page(Reference);

        // Then both the substance page's reference list and the reference page show the site's badge, and no default one
        site.Result.Diagnostics.ShouldBeEmpty();
        substance.ShouldHave("#ref-jones-2018 .own-badge").TextContent.ShouldBe("Randomised controlled trial");
        reference.ShouldHave("header .own-badge").TextContent.ShouldBe("Randomised controlled trial");
        substance.QuerySelector("#ref-jones-2018 .evidence-badge").ShouldBeNull();
        reference.QuerySelector("header .evidence-badge").ShouldBeNull();
    }

    [Fact]
    public void Should_report_a_template_that_does_not_parse_at_its_line_and_column_and_render_with_the_default()
    {
        // Given a site whose substance template leaves an 'if' open on its second line
        using var site = Site(("look/templates/pages/SubstancePage.liquid", "<article>\n  {% if page.title %}\n<p>{{ page.title }}</p>\n"));

        // When it is built
        var problem = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the template is invalid-template at its file, the build fails, and the page is the default theme's
        problem.Code.ShouldBe("invalid-template");
        problem.Location.Path.ShouldBe("input/look/templates/pages/SubstancePage.liquid");
        (problem.Location.Line, problem.Location.Column).ShouldBe((3, 24), problem.Message);
        site.Result.HasErrors.ShouldBeTrue();
        var compiled = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile();
        var html = compiled.Site.PageAt(Substance).ShouldNotBeNull().Html;
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).ShouldHave("article.substance h1").TextContent.ShouldBe("Ketamine");
    }

    [Theory]
    [InlineData("pages/SubstancePage.liquid", "{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}", "pages/SubstancePage.liquid")]
    [InlineData("components/page_list.liquid", "{% render 'components/page_list', page: page, items: items %}", "components/page_list.liquid")]
    public async Task Should_end_a_template_that_loops_or_recurses_without_end_within_seconds_as_invalid_template(string path, string text, string blamed)
    {
        // Given a site whose template loops for ever, or renders itself
        using var site = Site(("look/templates/" + path, text));

        // When it is built, against a clock
        var clock = Stopwatch.StartNew();
        var result = await site.BuildWithin(TimeSpan.FromSeconds(30), output: true);

        // Then the build ends within seconds with invalid-template at the template (once for each page that renders it), and no exception
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        var problems = result.Diagnostics.Where(d => d.Code == "invalid-template").ToList();
        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Location.Path == "input/look/templates/" + blamed && p.Message.Contains("limits"));
    }

    [Fact]
    public void Should_report_a_partial_that_does_not_exist_as_invalid_template_at_the_template_that_renders_it()
    {
        // Given a site whose substance template renders a partial no theme has
        using var site = Site(("look/templates/pages/SubstancePage.liquid", "<article>{% render 'components/nowhere' %}</article>"));

        // When it is built
        var problem = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then it is invalid-template at that template, naming the partial
        problem.Code.ShouldBe("invalid-template");
        problem.Location.Path.ShouldBe("input/look/templates/pages/SubstancePage.liquid");
        problem.Message.ShouldContain("components/nowhere");
    }

    [Fact]
    public void Should_print_nothing_of_what_the_theme_does_not_register_nor_of_any_object()
    {
        // Given a template that prints the site's assets, whole models, the raw front matter and a method
        using var site = Site(("look/templates/pages/SubstancePage.liquid",
            "<p id=\"assets\">[{{ page.site.assets }}{{ page.site.assets.files }}]</p><p id=\"site\">[{{ page.site }}]</p>" +
            "<p id=\"evidence\">[{{ page.evidence }}]</p><p id=\"front\">[{{ page.references[0].reference.fields }}{{ page.references[0].reference.fields.title }}]</p>" +
            "<p id=\"method\">[{{ page.href }}{{ page.get_type }}]</p><p id=\"json\">[{{ page | json }}]</p><p id=\"title\">[{{ page.title }}]</p>"));

        // When it is built
        var page = site.Page(Substance);

        // Then none of them prints anything, while a string does
        site.Result.Diagnostics.ShouldBeEmpty();
        foreach (var id in new[] { "assets", "site", "evidence", "front", "method", "json" })
        {
            page.ShouldHave("#" + id).TextContent.ShouldBe("[]", id);
        }

        page.ShouldHave("#title").TextContent.ShouldBe("[Ketamine]");
    }

    [Fact]
    public void Should_report_every_template_a_page_used()
    {
        // Given the page models of a site
        using var site = Site();
        var compilation = new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile();
        var factory = new PageModelFactory(compilation.Graph, compilation.Assets, TestSite.Today);
        var models = factory.Plan().Select(factory.Create).ToDictionary(m => m.Url);
        using var renderer = new LiquidTheme().CreateRenderer();

        // When the substance page and the reference page are rendered
        var substance = new HashSet<string>();
        var reference = new HashSet<string>();
        renderer.Render(models[Substance], substance);
        renderer.Render(models[Reference], reference);

        // Then each names its page template, the layout and the partials it rendered, and none it did not
        substance.ShouldContain("templates/pages/SubstancePage.liquid");
        substance.ShouldContain("templates/layout.liquid");
        substance.ShouldContain("templates/components/evidence_chart.liquid");
        substance.ShouldContain("templates/components/cited_reference_entry.liquid");
        substance.ShouldContain("templates/components/reader_date.liquid");
        substance.ShouldNotContain("templates/pages/ReferencePage.liquid");
        substance.ShouldNotContain("templates/components/retraction_notice_box.liquid");
        reference.ShouldContain("templates/pages/ReferencePage.liquid");
        reference.ShouldContain("templates/components/evidence_badge.liquid");
        reference.ShouldNotContain("templates/components/evidence_chart.liquid");
        substance.Concat(reference).ShouldAllBe(t => new LiquidTheme().TemplatePaths.Contains(t));
    }

    [Fact]
    public void Should_render_the_edits_of_the_theme_source_folder_to_templates_that_C_sharp_writes_otherwise()
    {
        // Given a copy of the theme's source folder whose layout and breadcrumbs are edited, as preview of the theme shows them
        using var site = Site();
        var theme = Path.Combine(site.Root, "theme-source");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "theme"), "*", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}templates{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || f.Contains($"{Path.DirectorySeparatorChar}assets{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var copy = Path.Combine(theme, Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "theme"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        Edit(Path.Combine(theme, "templates", "layout.liquid"), "<main id=\"main-content\">", "<main id=\"main-content\" class=\"edited\">");
        Edit(Path.Combine(theme, "templates", "components", "breadcrumbs.liquid"), "class=\"breadcrumbs\"", "class=\"breadcrumbs edited\"");

        // When the site is compiled with the theme read from that folder
        var compilation = new SiteCompiler(LiquidTheme.FromDirectory(theme), site.InputDirectory, site.Root, TestSite.Today).Compile();

        // Then its pages show both edits, and the substance page, whose template is as built in, is as always
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(compilation.Site.PageAt(Substance)!.Html);
        page.ShouldHave("main.edited article.substance");
        page.ShouldHave("nav.breadcrumbs.edited");
    }

    private static void Edit(string path, string text, string edited)
    {
        var before = File.ReadAllText(path);
        before.ShouldContain(text);
        File.WriteAllText(path, before.Replace(text, edited, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_let_templates_read_page_models_and_what_they_hold_but_no_front_matter()
    {
        // Given the types a template can read
        var types = TemplateModels.Types;

        // Then the page models and their parts are there, and front matter, the published assets and the address are not
        types.ShouldContain(typeof(SubstancePageModel));
        types.ShouldContain(typeof(CitedReference));
        types.ShouldContain(typeof(Backlink));
        types.ShouldContain(typeof(Site.Core.Retractions.RetractionNotice));
        types.ShouldNotContain(t => t.Namespace == "Site.Core.Content");
        types.ShouldNotContain(typeof(PublishedAssets));
        types.ShouldNotContain(typeof(string));
    }

    private static TestSite Site(params (string Path, string Text)[] theme)
    {
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\ntheme: look\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nreviewed: 2025-01-15\n---\n\nKetamine blocks NMDA receptors [@jones-2018].\n",
            ["references/jones-2018.md"] = "---\ntitle: A trial\ntype: report\nissued: 2018\nevidence: rct\n---\n",
            ["look/README.md"] = "A theme folder may hold what is not the theme's.\n",
        };
        foreach (var (path, text) in theme)
        {
            files[path] = text;
        }

        return TestSite.Build(files, output: true);
    }

    private static Dictionary<string, string> Pages(TestSite site) =>
        Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.OutputDirectory, f).Replace('\\', '/'), File.ReadAllText);
}
