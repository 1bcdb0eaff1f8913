using Site.Core.Building;

namespace Site.Core.Tests.Validation.Analyzers;

/// <summary>What an editor reads when a page's review is overdue, or dated in the future.</summary>
public sealed class StaleReviewAnalyzerTests
{
    [Theory]
    [InlineData("2023-06-01", null)]
    [InlineData("2023-05-31", "2023-05-31")]
    [InlineData("2025-06-01", null)]
    [InlineData("2025-06-02", "2025-06-02")]
    public void Should_report_a_review_older_than_the_maximum_age_or_after_the_build_date(string reviewed, string? reported)
    {
        // Given a substance reviewed on a date, 24 months being the limit and the build date 2025-06-01
        using var site = Build($"---\ntitle: Ketamine\nreviewed: {reviewed}\n---\n", config: "title: Test\n");

        // When the site is checked
        var diagnostics = site.Result.Diagnostics;

        // Then a date exactly 24 months old is still fresh; one day older, or a date after today, is reported at the date
        if (reported is null)
        {
            diagnostics.ShouldBeEmpty();
            return;
        }

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:3:11 warning stale-review");
        diagnostic.Location.Length.ShouldBe(10);
        diagnostic.Message.ShouldContain(reported);
    }

    [Fact]
    public void Should_say_how_old_the_review_is_and_what_date_to_set_after_the_next_one()
    {
        // Given a mechanism last reviewed 13 months before the build, in a site that allows 12
        using var site = Build(
            "---\ntitle: Ketamine\nmechanisms: [nmda-receptor-antagonism]\n---\n",
            config: "title: Test\nreviewMaxAgeMonths: 12\n",
            mechanism: "---\ntitle: NMDA receptor antagonism\nsummary: Blocking the NMDA receptor.\nreviewed: 2024-05-01\n---\n");

        // When the site is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the warning names the page, the date and the limit, and the hint says what a review is and what to write
        DiagnosticLine.Of(diagnostic).ShouldBe("input/mechanisms/nmda-receptor-antagonism.md:4:11 warning stale-review");
        diagnostic.Message.ShouldBe("'nmda-receptor-antagonism' was last reviewed on 2024-05-01, more than 12 months ago");
        diagnostic.Hint.ShouldBe("check every claim on the page against its references, then set 'reviewed: 2025-06-01'");
    }

    [Fact]
    public void Should_leave_a_page_without_a_review_date_alone_and_fail_an_overdue_one_only_with_warnings_as_errors()
    {
        // Given one substance with no review date and one reviewed three years before the build
        using var site = Build("---\ntitle: Ketamine\nreviewed: 2022-05-01\n---\n", config: "title: Test\n", extra: ("substances/methadone.md", "---\ntitle: Methadone\n---\n"));

        // When the site is built, then built again treating warnings as errors
        var lenient = site.Build(output: true);
        var strict = site.Build(output: true, warningsAsErrors: true);

        // Then only the dated page is reported; it stops the build only when warnings are errors
        lenient.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/substances/ketamine.md:3:11 warning stale-review"]);
        lenient.Written.ShouldBeTrue();
        strict.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/substances/ketamine.md:3:11 error stale-review"]);
        strict.Written.ShouldBeFalse();
    }

    [Theory]
    [InlineData("1763683200", 2025, 11, 21)]
    [InlineData("0", 1970, 1, 1)]
    [InlineData("", null, null, null)]
    [InlineData("-5", null, null, null)]
    [InlineData("tomorrow", null, null, null)]
    [InlineData("99999999999999999999", null, null, null)]
    public void Should_take_the_build_date_from_source_date_epoch_when_it_is_a_number_of_seconds(string epoch, int? year, int? month, int? day)
    {
        // Given a SOURCE_DATE_EPOCH value
        // When it is read as a build date
        var date = BuildDate.FromEpoch(epoch);

        // Then seconds since 1970 give their UTC date, and anything else gives none (the clock is used)
        date.ShouldBe(year is null ? null : new DateOnly(year.Value, month!.Value, day!.Value));
    }

    private static TestSite Build(string substance, string config, string? mechanism = null, (string Path, string Text)? extra = null)
    {
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = config,
            ["substances/ketamine.md"] = substance,
        };
        if (mechanism is not null)
        {
            files["mechanisms/nmda-receptor-antagonism.md"] = mechanism;
        }

        if (extra is { } file)
        {
            files[file.Path] = file.Text;
        }

        return TestSite.Build(files);
    }
}
