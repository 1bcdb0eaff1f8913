using System.Text.Json;

namespace Site.Cli.Tests;

/// <summary>
/// The seed article on ketamine as a substance page, its numbered markers turned into citations
/// (tests/Site.Core.Tests/Fixtures/invalid/uncited-claim): <c>site check</c> reports an uncited claim at
/// every paragraph that carried no marker, and nothing else.
/// </summary>
public sealed class SeedArticleTests
{
    private static string Fixture => Path.Combine(RepositoryRoot.Path, "tests", "Site.Core.Tests", "Fixtures", "invalid", "uncited-claim");

    // Each body paragraph of the page (not a heading, not blank) without a citation, found by reading the file as plain lines.
    private static IReadOnlyList<int> UncitedParagraphLines()
    {
        var lines = File.ReadAllLines(Path.Combine(Fixture, "input", "substances", "ketamine.md"));
        var bodyStart = Array.IndexOf(lines, "---", 1) + 1;
        return [.. Enumerable.Range(bodyStart, lines.Length - bodyStart)
            .Where(i => lines[i].Trim().Length > 0 && !lines[i].StartsWith('#') && !lines[i].Contains("[@", StringComparison.Ordinal))
            .Select(i => i + 1)];
    }

    [Fact]
    public void Should_report_an_uncited_claim_at_each_paragraph_without_a_marker_and_nothing_else_and_exit_1()
    {
        // Given the seed article as a substance page, its nine references as files
        var expected = UncitedParagraphLines();
        expected.Count.ShouldBe(28);

        // When the site is checked, with diagnostics as JSON
        var run = CliRun.InProcess(Fixture, "check", "--format", "json");

        // Then it exits 1 and reports exactly one uncited-claim at the start of each such paragraph
        run.ExitCode.ShouldBe(1, run.All);
        using var json = JsonDocument.Parse(run.Out);
        var diagnostics = json.RootElement.EnumerateArray().ToArray();
        diagnostics.Select(d => d.GetProperty("code").GetString()).Distinct().ShouldBe(["uncited-claim"]);
        diagnostics.Select(d => d.GetProperty("file").GetString()).Distinct().ShouldBe(["input/substances/ketamine.md"]);
        diagnostics.Select(d => d.GetProperty("line").GetInt32()).ShouldBe(expected);
        diagnostics.Select(d => d.GetProperty("column").GetInt32()).Distinct().ShouldBe([1]);
        diagnostics.Select(d => d.GetProperty("severity").GetString()).Distinct().ShouldBe(["error"]);
    }

    [Fact]
    public void Should_quote_the_opening_words_of_an_uncited_paragraph_in_the_terminal()
    {
        // Given the seed article as a substance page
        // When it is checked with text diagnostics
        var run = CliRun.InProcess(Fixture, "check");

        // Then the first report names its position, quotes the paragraph's start and says how to fix it
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/substances/ketamine.md:7:1: error uncited-claim: this claim cites no reference: \"Ketamine, a popular rave party drug, is also known to help…\"");
        run.Out.ShouldContain("::: editorial");
        run.All.ShouldContain("Check failed: 28 errors, 0 warnings.");
    }
}
