namespace Site.Cli.Tests;

/// <summary>The site's own theme folder: where site.yml may put it, and what the command line may give.</summary>
public sealed partial class CheckCommandTests
{
    private static SiteFolder ThemedSite(string siteYml) => new(new Dictionary<string, string>
    {
        ["input/site.yml"] = siteYml,
        ["input/index.md"] = "---\ntitle: Home\n---\nWelcome.\n",
        ["input/theme/README.md"] = "---\ntitle: Not a page\n---\nThe theme's notes [[nowhere]].\n",
        ["elsewhere/theme/assets/extra.css"] = "body { color: black; }\n",
    });

    [Fact]
    public void Should_refuse_a_theme_folder_site_yml_puts_outside_the_input_or_that_is_not_there()
    {
        // Given site.yml naming a theme folder outside the input, one that does not exist, and the input itself
        using var outside = ThemedSite("title: Test site\ntheme: ../elsewhere/theme\n");
        using var missing = ThemedSite("title: Test site\ntheme: themes/mine\n");
        using var itself = ThemedSite("title: Test site\ntheme: .\n");

        // When the real check runs on each
        var refused = CliRun.AsProcess(outside.Root, "check");
        var absent = CliRun.AsProcess(missing.Root, "check");
        var input = CliRun.AsProcess(itself.Root, "check");

        // Then each is one invalid-theme error at the value, with no stack trace
        refused.ExitCode.ShouldBe(1, refused.All);
        refused.Out.ShouldContain("input/site.yml:2:8: error invalid-theme: 'theme: ../elsewhere/theme' leads outside the input folder");
        absent.Out.ShouldContain("input/site.yml:2:8: error invalid-theme: there is no folder 'themes/mine' in the input folder");
        input.Out.ShouldContain("input/site.yml:2:8: error invalid-theme: 'theme: .' is the input folder itself");
        foreach (var run in new[] { refused, absent, input })
        {
            run.All.ShouldNotContain("   at ");
        }
    }

    [Fact]
    public void Should_take_the_theme_folder_from_the_command_line_from_anywhere_and_never_read_its_files_as_pages()
    {
        // Given a site whose site.yml names its theme folder inside the input, which holds a markdown file
        using var site = ThemedSite("title: Test site\ntheme: theme\n");

        // When the real check runs as it is, with --theme naming a folder elsewhere, and with --theme naming no folder
        var own = CliRun.AsProcess(site.Root, "check");
        var given = CliRun.AsProcess(site.Root, "check", "--theme", "elsewhere/theme");
        var nowhere = CliRun.AsProcess(site.Root, "check", "--theme", "no/such/theme");

        // Then the theme folder's markdown is no page (its broken wiki link is never checked), and --theme is accepted
        own.ExitCode.ShouldBe(0, own.All);
        own.Out.ShouldNotContain("broken-link");
        given.ExitCode.ShouldBe(0, given.All);
        nowhere.ExitCode.ShouldBe(1, nowhere.All);
        nowhere.Out.ShouldContain("no/such/theme:1:1: error invalid-theme: cannot use the theme folder given with --theme: there is no such folder");
    }
}
