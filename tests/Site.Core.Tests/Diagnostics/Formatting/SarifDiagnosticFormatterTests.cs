using System.Text.Json;
using Site.Core.Diagnostics;
using Site.Core.Diagnostics.Formatting;

namespace Site.Core.Tests.Diagnostics.Formatting;

public sealed class SarifDiagnosticFormatterTests
{
    [Fact]
    public void Should_write_sarif_2_1_0_with_one_result_per_diagnostic()
    {
        // Given three diagnostics
        // When they are written as SARIF
        using var sarif = JsonDocument.Parse(FormatterSamples.Write(new SarifDiagnosticFormatter(), FormatterSamples.All));

        // Then it is version 2.1.0, with results carrying rule id, level, file and region
        sarif.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = sarif.RootElement.GetProperty("runs").EnumerateArray().ShouldHaveSingleItem();
        var results = run.GetProperty("results").EnumerateArray().Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            return (
                r.GetProperty("ruleId").GetString(),
                r.GetProperty("level").GetString(),
                location.GetProperty("artifactLocation").GetProperty("uri").GetString(),
                location.GetProperty("region").GetProperty("startLine").GetInt32(),
                location.GetProperty("region").GetProperty("startColumn").GetInt32());
        });
        results.ShouldBe(
        [
            ("unknown-field", "error", "input/substances/ketamine.md", 3, 1),
            ("broken-link", "error", "input/substances/ketamine.md", 6, 7),
            ("raw-html", "warning", "input/substances/ketamine.md", 6, 21),
        ]);
    }

    [Fact]
    public void Should_describe_every_rule_and_point_each_result_at_its_rule()
    {
        // Given three diagnostics
        // When they are written as SARIF
        using var sarif = JsonDocument.Parse(FormatterSamples.Write(new SarifDiagnosticFormatter(), FormatterSamples.All));

        // Then the driver lists every code, and each result's ruleIndex names a rule with its ruleId
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).ToArray();
        rules.ShouldBe(DiagnosticRegistry.All.Select(d => d.Code));
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            rules[result.GetProperty("ruleIndex").GetInt32()].ShouldBe(result.GetProperty("ruleId").GetString());
        }
    }

    [Fact]
    public void Should_write_a_run_without_results_when_there_is_nothing_to_report()
    {
        // Given no diagnostics
        // When they are written as SARIF
        using var sarif = JsonDocument.Parse(FormatterSamples.Write(new SarifDiagnosticFormatter(), []));

        // Then the log has one run with an empty results array
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Should_write_apostrophes_and_other_text_as_written_and_stay_valid_json()
    {
        // Given a diagnostic whose message has apostrophes, non-ASCII text, quotes, a backslash and a tab
        // When it is written as SARIF
        var text = FormatterSamples.Write(new SarifDiagnosticFormatter(), [FormatterSamples.WithProse]);

        // Then the text is there as written (no \u0027 or \u00FC), only what JSON requires is escaped, and it reads back the same
        text.ShouldContain($"\"text\": \"{FormatterSamples.ProseInJson} (");
        text.ShouldNotContain("\\u");
        using var sarif = JsonDocument.Parse(text);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ShouldHaveSingleItem();
        result.GetProperty("message").GetProperty("text").GetString()!.ShouldStartWith(FormatterSamples.Prose);
    }
}
