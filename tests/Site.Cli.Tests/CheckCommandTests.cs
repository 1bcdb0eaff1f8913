using System.Text.Json;
using System.Text.RegularExpressions;

namespace Site.Cli.Tests;

public sealed partial class CheckCommandTests
{
    [Fact]
    public void Should_report_a_wiki_link_to_a_missing_page_with_its_position_and_exit_1()
    {
        // Given a substance page whose line 7 links to a page that does not exist
        using var site = new SiteFolder();
        site.Write("input/substances/methadone.md", "---\ntitle: Methadone\n---\n\nA paragraph.\n\nCompare with [[ketamin]].\n");

        // When the site is checked
        var run = CliRun.InProcess(site.Root, "check");

        // Then the diagnostic names file, line and column, with the source line, a caret and a did-you-mean
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("input/substances/methadone.md:7:16: error broken-link: no page has the id 'ketamin'");
        var lines = run.Out.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("broken-link"));
        lines[at + 1].ShouldEndWith("Compare with [[ketamin]].");
        lines[at + 2].IndexOf('^').ShouldBe(lines[at + 1].IndexOf("ketamin", StringComparison.Ordinal));
        lines[at + 3].ShouldContain("did you mean 'ketamine'?");
        File.Exists(site.PathOf("output/index.html")).ShouldBeFalse();
    }

    [Fact]
    public void Should_report_an_unknown_citation_key_with_its_position_and_a_suggestion_and_exit_1()
    {
        // Given a substance page whose line 7 cites a misspelt key, after a citation that resolves
        using var site = CitingSite("A review found it promising [@jones-2018].\n\nA trial agreed [@jnoes-2018, p. 3].\n");

        // When the site is checked
        var run = CliRun.InProcess(site.Root, "check");

        // Then the error names file, line and column of the key, with the source line, a caret and a did-you-mean
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/substances/methadone.md:7:18: error unknown-citation: no reference has the key 'jnoes-2018'");
        var lines = run.Out.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("unknown-citation"));
        lines[at + 1].ShouldEndWith("A trial agreed [@jnoes-2018, p. 3].");
        lines[at + 2].IndexOf('^').ShouldBe(lines[at + 1].IndexOf("jnoes-2018", StringComparison.Ordinal));
        lines[at + 2].Trim().TrimStart('|').Trim().ShouldBe("^^^^^^^^^^");
        lines[at + 3].ShouldContain("did you mean 'jones-2018'?");
        run.Out.ShouldNotContain("unused-reference");
    }

    [Fact]
    public void Should_print_an_unknown_citation_as_json_with_its_file_line_column_and_code()
    {
        // Given a citation on line 8, the second line of a paragraph, whose second key names no reference
        using var site = CitingSite("A review found it promising [@jones-2018].\n\nTrials agreed with\nthe review [@jones-2018; @smith-2020].\n");

        // When checked with --format json
        var run = CliRun.InProcess(site.Root, "check", "--format", "json");

        // Then the one diagnostic is located at the unknown key
        run.ExitCode.ShouldBe(1, run.All);
        var diagnostic = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ShouldHaveSingleItem();
        diagnostic.GetProperty("file").GetString().ShouldBe("input/substances/methadone.md");
        diagnostic.GetProperty("line").GetInt32().ShouldBe(8);
        diagnostic.GetProperty("column").GetInt32().ShouldBe(27);
        diagnostic.GetProperty("severity").GetString().ShouldBe("error");
        diagnostic.GetProperty("code").GetString().ShouldBe("unknown-citation");
        diagnostic.GetProperty("message").GetString().ShouldBe("no reference has the key 'smith-2020'");
    }

    [Fact]
    public void Should_collect_every_problem_before_failing()
    {
        // Given three different problems in three files
        using var site = new SiteFolder();
        site.Write("input/substances/a.md", "---\ntitle: A\nmechanisms: [nope]\n---\n");
        site.Write("input/substances/b.md", "---\ntitel: B\n---\n");
        site.Write("input/c.md", "---\ntitle: C\n---\n\n[[missing]]\n");
        site.LinkFromHome("c");

        // When the site is checked
        var run = CliRun.InProcess(site.Root, "check", "--format", "json");

        // Then all of them are reported in one run
        run.ExitCode.ShouldBe(1);
        var codes = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToArray();
        codes.ShouldBe(["broken-link", "unknown-mechanism", "missing-field", "unknown-field"], ignoreOrder: true);
    }

    [Fact]
    public void Should_print_json_diagnostics_with_the_documented_fields()
    {
        // Given a broken link
        using var site = new SiteFolder();
        site.Write("input/about.md", "---\ntitle: About\n---\n\n[[nowhere]]\n");
        site.LinkFromHome("about");

        // When checked with --format json
        var run = CliRun.InProcess(site.Root, "check", "--format", "json");

        // Then stdout is a JSON array of {file, line, column, severity, code, message}
        run.ExitCode.ShouldBe(1);
        var diagnostic = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Single();
        diagnostic.GetProperty("file").GetString().ShouldBe("input/about.md");
        diagnostic.GetProperty("line").GetInt32().ShouldBe(5);
        diagnostic.GetProperty("column").GetInt32().ShouldBe(3);
        diagnostic.GetProperty("severity").GetString().ShouldBe("error");
        diagnostic.GetProperty("code").GetString().ShouldBe("broken-link");
        diagnostic.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Should_print_sarif()
    {
        // Given a broken link
        using var site = new SiteFolder();
        site.Write("input/about.md", "---\ntitle: About\n---\n\n[[nowhere]]\n");
        site.LinkFromHome("about");

        // When checked with --format sarif
        var run = CliRun.InProcess(site.Root, "check", "--format", "sarif");

        // Then stdout is a SARIF 2.1.0 log with the result located in the file
        run.ExitCode.ShouldBe(1);
        var log = JsonDocument.Parse(run.Out).RootElement;
        log.GetProperty("version").GetString().ShouldBe("2.1.0");
        var result = log.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single();
        result.GetProperty("ruleId").GetString().ShouldBe("broken-link");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("input/about.md");
        location.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(5);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Should_print_apostrophes_and_accents_as_written_in_json_and_sarif_as_a_real_process(string format)
    {
        // Given a link to a page id with an accent, whose diagnostic quotes it in apostrophes
        using var site = new SiteFolder();
        site.Write("input/about.md", "---\ntitle: About\n---\n\n[[müller]]\n");

        // When the real executable prints the diagnostics as JSON or SARIF
        var run = CliRun.AsProcess(site.Root, "check", "--format", format);

        // Then the message is there as written, in UTF-8, and the output is valid JSON
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("no page has the id 'müller'");
        run.Out.ShouldNotContain("\\u");
        using var _ = JsonDocument.Parse(run.Out);
    }

    [Fact]
    public void Should_print_github_workflow_commands()
    {
        // Given a broken link
        using var site = new SiteFolder();
        site.Write("input/about.md", "---\ntitle: About\n---\n\n[[nowhere]]\n");
        site.LinkFromHome("about");

        // When checked with --format github
        var run = CliRun.InProcess(site.Root, "check", "--format", "github");

        // Then each diagnostic is an ::error command with file, line and column
        run.ExitCode.ShouldBe(1);
        run.Out.Trim().ShouldStartWith("::error file=input/about.md,line=5,col=3,title=broken-link::");
    }

    [Fact]
    public void Should_fail_on_warnings_only_with_warnings_as_errors()
    {
        // Given raw HTML, which is a warning
        using var site = new SiteFolder();
        site.Write("input/about.md", "---\ntitle: About\n---\n\nSome <b>bold</b> text.\n");

        // When checked without and with --warnings-as-errors
        var lenient = CliRun.InProcess(site.Root, "check");
        var strict = CliRun.InProcess(site.Root, "check", "--warnings-as-errors");

        // Then only the strict run fails, and reports the warnings as errors
        lenient.ExitCode.ShouldBe(0);
        lenient.Out.ShouldContain("warning raw-html");
        strict.ExitCode.ShouldBe(1);
        strict.Out.ShouldContain("error raw-html");
    }

    [Fact]
    public void Should_apply_severity_overrides_from_site_yml()
    {
        // Given raw HTML, and site.yml making raw-html an error
        using var site = new SiteFolder();
        site.Write("input/site.yml", "title: Test\nseverity:\n  raw-html: error\n");
        site.Write("input/about.md", "---\ntitle: About\n---\n\nSome <b>bold</b> text.\n");

        // When checked
        var run = CliRun.InProcess(site.Root, "check");

        // Then it fails on it
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("error raw-html");
    }

    [Fact]
    public void Should_drop_diagnostics_switched_off_in_site_yml()
    {
        // Given raw HTML, and site.yml switching raw-html off
        using var site = new SiteFolder();
        site.Write("input/site.yml", "title: Test\nseverity:\n  raw-html: off\n");
        site.Write("input/about.md", "---\ntitle: About\n---\n\nSome <b>bold</b> text.\n");
        site.LinkFromHome("about");

        // When checked
        var run = CliRun.InProcess(site.Root, "check", "--warnings-as-errors");

        // Then nothing is reported
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_an_unknown_code_in_site_yml_severity()
    {
        // Given a misspelt code in the severity overrides
        using var site = new SiteFolder();
        site.Write("input/site.yml", "title: Test\nseverity:\n  raw-htm: off\n");

        // When checked
        var run = CliRun.InProcess(site.Root, "check");

        // Then the position in site.yml is reported with a suggestion
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("input/site.yml:3:3: error invalid-front-matter:");
        run.Out.ShouldContain("did you mean 'raw-html'?");
    }

    [Fact]
    public void Should_not_write_anything()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When checked
        var run = CliRun.InProcess(site.Root, "check");

        // Then it passes and writes no output
        run.ExitCode.ShouldBe(0, run.All);
        Directory.Exists(site.PathOf("output")).ShouldBeFalse();
        CheckedPages().IsMatch(run.Error).ShouldBeTrue(run.Error);
    }

    // The minimal site plus one reference, and a substance page whose body (from line 5) is given.
    private static SiteFolder CitingSite(string body)
    {
        var site = new SiteFolder();
        site.Write("input/references/jones-2018.md", "---\ntitle: Efficacy of ketamine\ntype: article-journal\nauthor: [Jones JL]\ncontainer-title: Front Psychiatry\nissued: 2018\n---\n");
        site.Write("input/substances/methadone.md", "---\ntitle: Methadone\n---\n\n" + body);
        return site;
    }

    [GeneratedRegex(@"Checked \d+ pages")]
    private static partial Regex CheckedPages();
}
