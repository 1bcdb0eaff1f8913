using Site.Core.Building;
using Site.Theme;

namespace Site.Core.Tests.Building;

/// <summary>The invalid fixture sites: each reports exactly the diagnostics its expected.txt lists.</summary>
public sealed partial class SiteBuilderTests
{
    /// <summary>Every code that has a fixture folder under Fixtures/invalid.</summary>
    private static readonly string[] CodesWithFixtures =
    [
        "broken-anchor", "broken-link", "duplicate-id", "invalid-front-matter", "invalid-identifier",
        "missing-field", "raw-html", "reserved-url", "uncited-claim", "unfinished-page", "unknown-citation", "unknown-condition",
        "unknown-field", "unknown-mechanism", "unlinked-page", "unused-reference",
    ];

    public static TheoryData<string> InvalidFixtures() => new(FixtureSites.Invalid());

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Should_report_exactly_the_expected_diagnostics_for_an_invalid_fixture(string fixture)
    {
        // Given a fixture site and the diagnostics it must produce, as 'path:line:column severity code'
        var folder = FixtureSites.PathOf("invalid/" + fixture);
        var expected = FixtureSites.ExpectedDiagnostics("invalid/" + fixture);

        // When it is checked from its own folder
        var result = new SiteBuilder(new LiquidTheme()).Build(new BuildOptions("input", null, folder));

        // Then the diagnostics are exactly those, in the stable order
        result.Diagnostics.Select(DiagnosticLine.Of).ToArray().ShouldBe(expected);
    }

    [Fact]
    public void Should_have_an_invalid_fixture_for_every_code_that_reports_its_own_code()
    {
        // Given the invalid fixtures on disk
        var fixtures = FixtureSites.Invalid();

        // When they are listed
        // Then every code has one, and each fixture's expected diagnostics include its own code
        fixtures.ShouldBe(CodesWithFixtures);
        foreach (var fixture in fixtures)
        {
            var expected = File.ReadAllLines(Path.Combine(FixtureSites.PathOf("invalid/" + fixture), "expected.txt"));
            expected.ShouldContain(l => l.EndsWith(" " + fixture, StringComparison.Ordinal), $"fixture '{fixture}'");
        }
    }
}
