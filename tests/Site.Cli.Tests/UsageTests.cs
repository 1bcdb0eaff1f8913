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

    [Theory]
    [InlineData("biuld", "build")]
    [InlineData("chek", "check")]
    [InlineData("Preview", "preview")]
    public void Should_suggest_the_command_closest_to_a_misspelt_one(string typed, string meant)
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When a command is misspelt
        var run = CliRun.InProcess(site.Root, typed);

        // Then one line names it and suggests the command meant, and one says where the usage is
        run.ExitCode.ShouldBe(2, run.All);
        Lines(run.Error).ShouldBe([
            $"site: '{typed}' is not a command; did you mean 'site {meant}'?",
            "Run 'site --help' for usage.",
        ]);
    }

    [Fact]
    public void Should_list_the_commands_when_none_is_close_to_the_one_given()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When a command is nothing like any of the site's
        var run = CliRun.InProcess(site.Root, "publish");

        // Then the commands there are are listed
        run.ExitCode.ShouldBe(2, run.All);
        var first = Lines(run.Error)[0];
        first.ShouldStartWith("site: 'publish' is not a command; the commands are ");
        first.ShouldContain("build, check, preview");
    }

    [Fact]
    public void Should_name_only_the_unknown_option_and_suggest_the_closest()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When an option is misspelt and given a value
        var run = CliRun.InProcess(site.Root, "build", "--outptu", "x");

        // Then only the option is reported (its value is not a second problem), with the option meant
        run.ExitCode.ShouldBe(2, run.All);
        Lines(run.Error).ShouldBe([
            "site: 'build' has no option '--outptu'; did you mean '--output'?",
            "Run 'site build --help' for usage.",
        ]);
    }

    [Fact]
    public void Should_suggest_an_option_written_with_its_value_after_an_equals_sign()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When a misspelt option carries its value after '='
        var run = CliRun.InProcess(site.Root, "check", "--fromat=json");

        // Then the option is named without its value and the one meant is suggested
        run.ExitCode.ShouldBe(2, run.All);
        Lines(run.Error)[0].ShouldBe("site: 'check' has no option '--fromat'; did you mean '--format'?");
    }

    [Fact]
    public void Should_report_an_unexpected_argument_of_a_known_command()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When check is given an argument it does not take
        var run = CliRun.InProcess(site.Root, "check", "input");

        // Then that is said, naming the command
        run.ExitCode.ShouldBe(2, run.All);
        Lines(run.Error).ShouldBe([
            "site: unexpected argument 'input' for 'site check'.",
            "Run 'site check --help' for usage.",
        ]);
    }

    [Theory]
    [InlineData("jsno", "json")]
    [InlineData("SARIF", "sarif")]
    public void Should_list_the_allowed_values_of_an_option_and_suggest_the_closest(string typed, string meant)
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When --format is given a value it does not take
        var run = CliRun.InProcess(site.Root, "build", "--format", typed);

        // Then the allowed values are listed and the closest suggested
        run.ExitCode.ShouldBe(2, run.All);
        Lines(run.Error).ShouldBe([
            $"site: '--format' takes github, json, sarif or text, not '{typed}'; did you mean '{meant}'?",
            "Run 'site build --help' for usage.",
        ]);
    }

    [Fact]
    public void Should_list_the_allowed_values_of_an_argument()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When new is given a kind that does not exist
        var run = CliRun.InProcess(site.Root, "new", "drug", "x");

        // Then the kinds are listed, naming the argument
        run.ExitCode.ShouldBe(2, run.All);
        Lines(run.Error).ShouldBe([
            "site: <kind> takes condition, mechanism, page, reference or substance, not 'drug'.",
            "Run 'site new --help' for usage.",
        ]);
    }

    [Fact]
    public void Should_say_that_a_command_is_needed_when_none_is_given()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When site is run with no command
        var run = CliRun.InProcess(site.Root);

        // Then it says a command is needed and which there are
        run.ExitCode.ShouldBe(2, run.All);
        Lines(run.Error)[0].ShouldStartWith("site: no command given; the commands are build, check, preview");
    }

    [Fact]
    public void Should_exit_2_on_a_port_that_is_not_a_number()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When preview is given a port that is not a number
        var run = CliRun.InProcess(site.Root, "preview", "--port", "abc");

        // Then it is a usage error naming the option, not a crash
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("--port");
        run.All.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_suggest_the_command_meant_as_a_real_process()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When the real executable is given a misspelt command and option
        var command = CliRun.AsProcess(site.Root, "biuld");
        var option = CliRun.AsProcess(site.Root, "build", "--outptu", "x");

        // Then each exits 2 with its suggestion and no stack trace
        command.ExitCode.ShouldBe(2, command.All);
        command.Error.ShouldContain("did you mean 'site build'?");
        option.ExitCode.ShouldBe(2, option.All);
        option.Error.ShouldContain("did you mean '--output'?");
        (command.All + option.All).ShouldNotContain("   at ");
        (command.Out + option.Out).ShouldBeEmpty();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
