using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Cli.Tests;

public sealed class InitCommandTests : IDisposable
{
    // An empty working directory: SiteFolder always makes an input folder, which init must not find here.
    private readonly SiteFolder _folder = Empty();

    [Fact]
    public void Should_start_a_site_that_checks_and_builds_clean_and_say_what_to_do_next_as_a_real_process()
    {
        // Given an empty folder
        // When the real command starts a site in a new folder there, then checks and builds it from inside it
        var init = CliRun.AsProcess(_folder.Root, "init", "my-site");
        var site = _folder.PathOf("my-site");
        var check = CliRun.AsProcess(site, "check", "--warnings-as-errors");
        var build = CliRun.AsProcess(site, "build", "--warnings-as-errors");

        // Then each exits 0 with no diagnostic, and init lists what it wrote and the next steps, in order
        init.ExitCode.ShouldBe(0, init.All);
        check.ExitCode.ShouldBe(0, check.All);
        check.Out.ShouldBeEmpty();
        build.ExitCode.ShouldBe(0, build.All);
        var lines = init.Out.Split('\n').Select(line => line.Trim()).ToList();
        lines.ShouldContain("input/site.yml");
        lines.ShouldContain("input/references/hilal-2023.md");
        lines.ShouldContain(".gitignore");
        var steps = new[] { "cd my-site", "site preview", "site new substance \"Nitrous oxide\"", "cite with [@hilal-2023]", "site check", "site build" };
        var at = steps.Select(step => lines.FindIndex(line => line.StartsWith(step, StringComparison.Ordinal))).ToList();
        at.ShouldAllBe(index => index >= 0, init.Out);
        at.ShouldBeInOrder(SortDirection.Ascending, init.Out);
        init.All.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_build_a_substance_page_that_links_its_mechanism_and_a_reference_page_that_quotes_the_claim()
    {
        // Given a site started by init
        var init = CliRun.InProcess(_folder.Root, "init", "my-site");

        // When it is built
        var site = _folder.PathOf("my-site");
        var build = CliRun.InProcess(site, "build", "--warnings-as-errors");

        // Then the substance lists the mechanism, which lists it back, and the reference quotes what the mechanism page claims
        init.ExitCode.ShouldBe(0, init.All);
        build.ExitCode.ShouldBe(0, build.All);
        var substance = Page(site, "substances/ketamine");
        substance.QuerySelectorAll("section.related a").Select(a => a.GetAttribute("href")).ShouldContain("../../mechanisms/nmda-receptor-antagonism/");
        Page(site, "mechanisms/nmda-receptor-antagonism").QuerySelectorAll("section.related a").Select(a => a.GetAttribute("href")).ShouldContain("../../substances/ketamine/");
        Page(site, "references/hilal-2023").QuerySelectorAll("section.cited-by blockquote").Select(q => q.TextContent)
            .ShouldContain("Ketamine blocks NMDA receptors, and this is one of the ways it is thought to help people with alcohol addiction.");
    }

    [Fact]
    public void Should_start_a_site_in_the_working_directory_when_no_folder_is_given()
    {
        // Given an empty folder
        // When init runs there with no argument
        var init = CliRun.InProcess(_folder.Root, "init");

        // Then the site is written there, the steps do not ask to change folder, and it checks clean
        init.ExitCode.ShouldBe(0, init.All);
        init.Out.ShouldStartWith("Started a site here:\n");
        init.Out.ShouldNotContain("cd ");
        File.Exists(_folder.PathOf("input/index.md")).ShouldBeTrue();
        File.ReadAllText(_folder.PathOf(".gitignore")).ShouldContain("output/");
        var check = CliRun.InProcess(_folder.Root, "check", "--warnings-as-errors");
        check.ExitCode.ShouldBe(0, check.All);
    }

    [Fact]
    public void Should_create_a_folder_that_does_not_exist()
    {
        // Given a path whose folders do not exist yet
        // When init starts a site there
        var init = CliRun.InProcess(_folder.Root, "init", "sites/my site");

        // Then the folders are made, the site is in the last one, and the step to change folder is quoted for the shell
        init.ExitCode.ShouldBe(0, init.All);
        File.Exists(_folder.PathOf("sites/my site/input/site.yml")).ShouldBeTrue();
        init.Out.ShouldContain("  cd 'sites/my site'\n");
        var check = CliRun.InProcess(_folder.PathOf("sites/my site"), "check", "--warnings-as-errors");
        check.ExitCode.ShouldBe(0, check.All);
    }

    [Fact]
    public void Should_refuse_an_input_folder_that_holds_anything_and_write_nothing()
    {
        // Given a site of one's own
        using var site = new SiteFolder();
        var before = site.Snapshot(".");

        // When init runs in its folder
        var init = CliRun.InProcess(site.Root, "init");

        // Then it exits 2, names what is there, and not a file is added or changed
        init.ExitCode.ShouldBe(2, init.All);
        init.Error.ShouldStartWith("site: 'input' already holds 'index.md', 'mechanisms', 'site.yml' and 1 more;");
        site.Snapshot(".").ShouldBe(before);
        File.Exists(site.PathOf(".gitignore")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_a_folder_inside_a_site_input_folder()
    {
        // Given a site
        using var site = new SiteFolder();
        var before = site.Snapshot(".");

        // When init is asked to start a site inside its input folder
        var init = CliRun.InProcess(site.Root, "init", "input/new-site");

        // Then it exits 2 and says why, and nothing is written
        init.ExitCode.ShouldBe(2, init.All);
        init.Error.ShouldContain("'input/new-site' is inside a site's input folder ('input' holds site.yml)");
        site.Snapshot(".").ShouldBe(before);
        Directory.Exists(site.PathOf("input/new-site")).ShouldBeFalse();
    }

    public void Dispose() => _folder.Dispose();

    private static SiteFolder Empty()
    {
        var folder = new SiteFolder(new Dictionary<string, string>());
        Directory.Delete(folder.PathOf("input"));
        return folder;
    }

    private static IDocument Page(string site, string url) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "output", url, "index.html")));
}
