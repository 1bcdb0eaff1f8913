using Site.Core.Diagnostics;

namespace Site.Core.Tests.Diagnostics;

public sealed class DiagnosticTableTests
{
    private const string Start = "<!-- diagnostics-table -->\n";
    private const string End = "<!-- /diagnostics-table -->";

    [Fact]
    public void Should_be_the_table_the_readme_shows()
    {
        // Given the README's diagnostics table, between its markers
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"README.md has no '{Start.TrimEnd()}' marker");
        end.ShouldBeGreaterThan(start, $"README.md has no '{End}' marker after '{Start.TrimEnd()}'");
        var shown = readme[(start + Start.Length)..end];

        // When the table is written from the registry
        var expected = DiagnosticTable.Markdown(DiagnosticRegistry.All);

        // Then they are the same, or the message holds the table to paste between the markers
        shown.ShouldBe(expected, $"README.md's diagnostics table differs from the rules; paste this between its markers:\n\n{expected}");
    }

    [Fact]
    public void Should_write_a_row_per_rule_with_its_code_default_severity_and_when()
    {
        // Given two rules, an error and an info
        DiagnosticDescriptor[] rules =
        [
            new("some-rule", DiagnosticSeverity.Error, "Some rule.", When: "a `thing` that is wrong"),
            new("other-rule", DiagnosticSeverity.Info, "Other rule.", When: "another thing"),
        ];

        // When their table is written
        var table = DiagnosticTable.Markdown(rules);

        // Then it has the header and one row each, in their order
        table.ShouldBe(
            "| code | default | when |\n" +
            "| --- | --- | --- |\n" +
            "| `some-rule` | error | a `thing` that is wrong |\n" +
            "| `other-rule` | info | another thing |\n");
    }
}
