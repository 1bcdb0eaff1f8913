using System.Text.Json;

namespace Site.Cli.Tests;

/// <summary>
/// The real site, as <c>site build</c> writes it, held to outside tools: html-validate finds no error in any
/// page, and LinkChecker finds no broken link from the home page. Both tools come with the test command;
/// each is also shown catching a page that is wrong, so that a pass means something.
/// </summary>
public sealed class RealSiteValidityTests(RealSiteBuild site) : IClassFixture<RealSiteBuild>
{
    private static readonly string Config = Path.Combine(RepositoryRoot.Path, ".htmlvalidate.mjs");

    [Fact]
    public void Should_write_pages_in_which_html_validate_finds_no_error()
    {
        // Given every page of the built site
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "input"), "*.md", SearchOption.AllDirectories).Length);

        // When html-validate checks them all
        var (exitCode, errors) = Validate(site.Output, pages);

        // Then it reports no error
        errors.ShouldBeEmpty();
        exitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_see_html_validate_report_an_invalid_page_by_file_and_line()
    {
        // Given a page whose third line repeats an id (and is otherwise like the site's pages)
        var folder = site.Scratch("invalid");
        File.WriteAllText(Path.Combine(folder, "index.html"),
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test</title></head><body><main>\n"
            + "<p id=\"claim-1\">One.</p><p id=\"claim-1\">Two.</p>\n</main></body></html>\n");

        // When html-validate checks it as it checks the site
        var (exitCode, errors) = Validate(folder, [Path.Combine(folder, "index.html")]);

        // Then it fails, naming the file, the line and the rule
        exitCode.ShouldNotBe(0);
        errors.ShouldContain(error => error.StartsWith("index.html:3:", StringComparison.Ordinal) && error.Contains("no-dup-id", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_have_no_broken_link_that_linkchecker_finds_from_the_home_page()
    {
        // Given the built site, opened at its home page as a local file
        // When LinkChecker follows every link of the site from there (links out of the site: syntax only)
        var run = CheckLinks(site.Output);

        // Then it finds no error
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldContain(" 0 errors found", customMessage: run.All);
    }

    [Fact]
    public void Should_see_linkchecker_fail_on_a_link_to_a_missing_page()
    {
        // Given a home page that links to a page that is not there
        var folder = site.Scratch("broken-link");
        File.WriteAllText(Path.Combine(folder, "index.html"),
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Test</title></head>\n"
            + "<body><a href=\"substances/ketamin/\">Ketamine</a></body></html>\n");

        // When LinkChecker checks it as it checks the site
        var run = CheckLinks(folder);

        // Then it fails and names the link
        run.ExitCode.ShouldNotBe(0, run.All);
        run.Out.ShouldContain("substances/ketamin/", customMessage: run.All);
    }

    // One html-validate run over all the pages, read from its JSON report: the exit code and every error as
    // "path:line:column: rule: message (selector)", the path relative to the folder.
    internal static (int ExitCode, List<string> Errors) Validate(string folder, IEnumerable<string> pages)
    {
        var run = InstalledTool.HtmlValidate.Run(folder, ["--config", Config, "--formatter", "json", .. pages]);
        List<string> errors = [];
        JsonDocument report;
        try
        {
            report = JsonDocument.Parse(run.Out);
        }
        catch (JsonException)
        {
            throw new ShouldAssertException($"html-validate wrote no JSON report (exit code {run.ExitCode}):\n{run.All}");
        }

        using (report)
        {
            foreach (var file in report.RootElement.EnumerateArray())
            {
                var path = Path.GetRelativePath(folder, file.GetProperty("filePath").GetString()!);
                foreach (var message in file.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("severity").GetInt32() == 2))
                {
                    errors.Add($"{path}:{message.GetProperty("line")}:{message.GetProperty("column")}: {message.GetProperty("ruleId").GetString()}: "
                        + $"{message.GetProperty("message").GetString()} ({(message.TryGetProperty("selector", out var selector) ? selector.GetString() : null)})");
                }
            }
        }

        return (run.ExitCode, errors);
    }

    // LinkChecker from the folder's home page, every page of the site followed; links to other hosts
    // (references' DOI, PubMed and publisher links) are checked for their syntax only, never fetched.
    internal static CliRun CheckLinks(string folder) => InstalledTool.LinkChecker.Run(folder,
    [
        "--no-warnings", "--no-status", "--ignore-url", "^https?:", "--ignore-url", "^mailto:", Path.Combine(folder, "index.html"),
    ]);
}
