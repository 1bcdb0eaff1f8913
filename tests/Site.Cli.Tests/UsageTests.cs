namespace Site.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("build", "--format", "xml")]
    [InlineData("publish")]
    [InlineData("build", "--nope")]
    [InlineData("new", "drug", "x")]
    [InlineData("new", "substance")]
    public void Should_exit_2_on_bad_arguments_without_a_stack_trace(params string[] args)
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When the command is called wrongly
        var run = CliRun.InProcess(site.Root, args);

        // Then it exits 2 with a message and no stack trace
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldStartWith("site: ");
        run.All.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_exit_2_when_the_input_folder_is_missing()
    {
        // Given a folder without input/
        using var site = new SiteFolder();

        // When building from a folder that does not exist
        var run = CliRun.InProcess(site.Root, "build", "--input", "content");

        // Then it says so and exits 2
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("the input folder 'content' does not exist; pass --input PATH with a site's content folder, or run 'site init' to start a site");
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    [InlineData("preview", "--port", "0")]
    [InlineData("add", "doi:10.3389/fpsyt.2018.00277")]
    public void Should_point_to_site_init_when_there_is_no_input_folder(params string[] args)
    {
        // Given a folder that holds no site
        using var folder = new SiteFolder(new Dictionary<string, string>());
        Directory.Delete(folder.PathOf("input"));

        // When a command that reads the default input folder runs there
        var run = CliRun.InProcess(folder.Root, args);

        // Then it exits 2 and says how to start a site, and nothing is written
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("no input folder 'input' here; run 'site init' to start a site here, or pass --input PATH");
        Directory.EnumerateFileSystemEntries(folder.Root).ShouldBeEmpty();
    }

    [Fact]
    public void Should_exit_with_the_documented_codes_as_a_real_process()
    {
        // Given a valid site, then a broken one
        using var site = new SiteFolder();

        // When the real executable runs
        var ok = CliRun.AsProcess(site.Root, "build");
        site.Write("input/about.md", "---\ntitle: About\n---\n\n[[nowhere]]\n");
        var broken = CliRun.AsProcess(site.Root, "check");
        var usage = CliRun.AsProcess(site.Root, "check", "--format", "yaml");

        // Then the exit codes are 0, 1 and 2, and no output shows a stack trace
        ok.ExitCode.ShouldBe(0, ok.All);
        broken.ExitCode.ShouldBe(1, broken.All);
        broken.Out.ShouldContain("input/about.md:5:3: error broken-link:");
        usage.ExitCode.ShouldBe(2, usage.All);
        (ok.All + broken.All + usage.All).ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_not_colour_redirected_output()
    {
        // Given a broken site and the real executable with output redirected
        using var site = new SiteFolder();
        site.Write("input/about.md", "---\ntitle: About\n---\n\n[[nowhere]]\n");

        // When it runs
        var run = CliRun.AsProcess(site.Root, "check");

        // Then there are no ANSI escape codes
        run.All.ShouldNotContain("\u001b[");
    }
}
