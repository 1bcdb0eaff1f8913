namespace Site.Cli.Tests;

/// <summary>A site's own templates that do not parse, or that fail on a page: a diagnostic from the real command, never a stack trace.</summary>
public sealed partial class BuildCommandTests
{
    private static SiteFolder TemplatedSite(string path, string template) => new(new Dictionary<string, string>
    {
        ["input/site.yml"] = "title: Test site\ntheme: look\n",
        ["input/index.md"] = "---\ntitle: Home\n---\nWelcome to [[ketamine]].\n",
        ["input/substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nKetamine is studied.\n",
        ["input/look/templates/" + path] = template,
    });

    [Fact]
    public void Should_fail_with_invalid_template_at_the_line_and_column_of_a_template_that_does_not_parse()
    {
        // Given a site whose substance template leaves a tag unclosed on its second line
        using var site = TemplatedSite("pages/SubstancePage.liquid", "<article>\n{{ page.title \n</article>\n");

        // When the real build runs
        var run = CliRun.AsProcess(site.Root, "build");

        // Then it exits 1 with invalid-template at the template's line and column, and no stack trace
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/look/templates/pages/SubstancePage.liquid:2:");
        run.Out.ShouldContain("error invalid-template: the template does not parse");
        run.All.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_fail_with_invalid_template_when_a_template_recurses_without_end()
    {
        // Given a site whose layout renders itself
        using var site = TemplatedSite("layout.liquid", "<html>{% render 'layout', page: page %}</html>\n");

        // When the real build runs
        var run = CliRun.AsProcess(site.Root, "build");

        // Then it exits 1 with invalid-template at the layout, within the limits, and no stack trace
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/look/templates/layout.liquid:1:1: error invalid-template: the template fails on /substances/ketamine/");
        run.All.ShouldNotContain("   at ");
    }
}
