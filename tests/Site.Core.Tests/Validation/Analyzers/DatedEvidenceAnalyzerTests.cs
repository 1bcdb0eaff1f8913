using Site.Core.Tests.Retractions;

namespace Site.Core.Tests.Validation.Analyzers;

/// <summary>What an editor reads when every reference behind a claim is older than site.yml's evidenceMaxAgeYears.</summary>
public sealed class DatedEvidenceAnalyzerTests
{
    private static TestSite Build(string config, params (string Key, string Issued)[] references)
    {
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = config,
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n" + string.Join("\n\n", references.Select((r, i) => $"Finding {i} [@{r.Key}].")) + "\n",
        };
        foreach (var (key, issued) in references.DistinctBy(r => r.Key))
        {
            files[$"references/{key}.md"] = issued.Length == 0
                ? RetractionSites.Reference("A study", "2000", string.Empty).Replace("issued: 2000\n", string.Empty, StringComparison.Ordinal)
                : RetractionSites.Reference("A study", issued, string.Empty);
        }

        var site = TestSite.Write(files);
        site.Build();
        return site;
    }

    [Theory]
    [InlineData("2014", true)]
    [InlineData("2015-05", true)]
    [InlineData("2015-05-31", true)]
    [InlineData("2015-06-01", false)]
    [InlineData("2015-06", false)]
    [InlineData("2015", false)]
    public void Should_date_a_claim_whose_reference_was_issued_more_than_the_limit_before_the_build(string issued, bool dated)
    {
        // Given a claim citing one reference, a limit of 10 years and the build date 2025-06-01
        using var site = Build("title: Test\nevidenceMaxAgeYears: 10\n", ("old-study", issued));

        // When it is checked
        var diagnostics = site.Result.Diagnostics.Where(d => d.Code == "dated-evidence").ToArray();

        // Then a partial date counts as its last day: 2015 and 2015-06 may be as late as 2015-06-01, so are not dated
        if (!dated)
        {
            diagnostics.ShouldBeEmpty();
            return;
        }

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:4:1 warning dated-evidence");
        diagnostic.Message.ShouldBe($"every reference behind this claim was published before {int.Parse(issued[..4], System.Globalization.CultureInfo.InvariantCulture) + 1}, more than 10 years ago");
    }

    [Fact]
    public void Should_date_a_claim_only_when_every_reference_is_old_and_never_assume_an_undated_one_old()
    {
        // Given claims on an old and a new reference, on an old one alone, and on an old and an undated one
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nevidenceMaxAgeYears: 5\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\nOld and new [@old-a; @new].\n\nOld twice [@old-a; @old-b].\n\nOld and undated [@old-a; @undated].\n",
            ["references/old-a.md"] = RetractionSites.Reference("A", "2001", string.Empty),
            ["references/old-b.md"] = RetractionSites.Reference("B", "2003", string.Empty),
            ["references/new.md"] = RetractionSites.Reference("C", "2024", string.Empty),
            ["references/undated.md"] = RetractionSites.Reference("D", "2000", string.Empty).Replace("issued: 2000\n", string.Empty, StringComparison.Ordinal),
        };
        using var mixed = TestSite.Write(files);

        // When it is checked
        var result = mixed.Build();

        // Then only the claim on two old references is dated, "before" the year after the newer of them
        var diagnostic = result.Diagnostics.Where(d => d.Code == "dated-evidence").ShouldHaveSingleItem();
        diagnostic.Location.Line.ShouldBe(6);
        diagnostic.Message.ShouldStartWith("every reference behind this claim was published before 2004");
    }

    [Fact]
    public void Should_date_nothing_unless_site_yml_sets_a_limit()
    {
        // Given a claim on a reference from 1950 and no evidenceMaxAgeYears
        using var site = Build("title: Test\n", ("ancient", "1950"));

        // Then nothing is dated
        site.Result.Diagnostics.ShouldNotContain(d => d.Code == "dated-evidence");
    }
}
