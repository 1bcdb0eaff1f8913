using Site.Core.Diagnostics;
using Site.Core.Text;
using Site.Core.Validation.Analyzers;

namespace Site.Core.Tests.Diagnostics;

public sealed class SeverityPolicyTests
{
    private const string RawHtmlPage = "---\ntitle: About\n---\n\nSome <b>bold</b> text.\n";

    private static readonly SourceText Source = new("input/about.md", "---\ntitle: About\n---\n\n[[nowhere]] <b>\n");

    private static readonly Diagnostic BrokenLink = Diagnostic.At(BrokenLinkAnalyzer.Descriptor, Source, 23, 7, "no page has the id 'nowhere'");

    private static readonly Diagnostic RawHtml = Diagnostic.At(RawHtmlAnalyzer.Descriptor, Source, 33, 3, "raw HTML is not passed through");

    private static readonly Diagnostic Info = new(RawHtmlAnalyzer.Descriptor, DiagnosticSeverity.Info, new SourceLocation("input/about.md", 1, 1), "for your information");

    [Fact]
    public void Should_keep_default_severities_and_order_without_overrides()
    {
        // Given an error and a warning
        // When the default policy applies
        var result = SeverityPolicy.Default.Apply([RawHtml, BrokenLink]);

        // Then nothing changes, not even the order
        result.ShouldBe([RawHtml, BrokenLink]);
    }

    [Fact]
    public void Should_drop_diagnostics_whose_code_is_switched_off()
    {
        // Given an override switching raw-html off
        var policy = new SeverityPolicy(new Dictionary<string, DiagnosticSeverity> { ["raw-html"] = DiagnosticSeverity.Off }, warningsAsErrors: false);

        // When it applies
        var result = policy.Apply([BrokenLink, RawHtml]);

        // Then the raw-html warning is gone and the error stays
        result.Select(d => d.Code).ShouldBe(["broken-link"]);
    }

    [Fact]
    public void Should_raise_or_lower_the_severity_of_an_overridden_code()
    {
        // Given overrides making raw-html an error and broken-link a warning
        var policy = new SeverityPolicy(
            new Dictionary<string, DiagnosticSeverity> { ["raw-html"] = DiagnosticSeverity.Error, ["broken-link"] = DiagnosticSeverity.Warning },
            warningsAsErrors: false);

        // When it applies
        var result = policy.Apply([BrokenLink, RawHtml]);

        // Then both change severity and keep everything else
        result.Select(d => (d.Code, d.Severity)).ShouldBe([("broken-link", DiagnosticSeverity.Warning), ("raw-html", DiagnosticSeverity.Error)]);
        result[1].ShouldBe(RawHtml with { Severity = DiagnosticSeverity.Error });
    }

    [Fact]
    public void Should_turn_warnings_into_errors_with_warnings_as_errors_after_overrides()
    {
        // Given --warnings-as-errors, and an override lowering broken-link to a warning
        var policy = new SeverityPolicy(new Dictionary<string, DiagnosticSeverity> { ["broken-link"] = DiagnosticSeverity.Warning }, warningsAsErrors: true);

        // When it applies to two warnings and an info
        var result = policy.Apply([BrokenLink, RawHtml, Info]);

        // Then the warnings are errors and the info stays an info
        result.Select(d => d.Severity).ShouldBe([DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Info]);
    }

    [Fact]
    public void Should_fail_the_build_when_site_yml_makes_raw_html_an_error()
    {
        // Given site.yml raising raw-html to an error, and a page with raw HTML
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: Test\nseverity: {raw-html: error}\n",
                ["index.md"] = TestSite.HomeLinking("about"),
                ["about.md"] = RawHtmlPage,
            },
            output: true);

        // When it is built
        // Then the raw HTML is reported as errors and nothing is written
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/about.md:5:6 error raw-html",
            "input/about.md:5:13 error raw-html",
        ]);
        site.Result.HasErrors.ShouldBeTrue();
        site.Result.Written.ShouldBeFalse();
        Directory.Exists(site.OutputDirectory).ShouldBeFalse();
    }

    [Fact]
    public void Should_build_without_the_diagnostics_site_yml_switches_off()
    {
        // Given site.yml switching raw-html off, and a page with raw HTML
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: Test\nseverity:\n  raw-html: off\n",
                ["index.md"] = TestSite.HomeLinking("about"),
                ["about.md"] = RawHtmlPage,
            },
            output: true);

        // When it is built
        // Then nothing is reported and the site is written
        site.Result.Diagnostics.ShouldBeEmpty();
        site.Result.Written.ShouldBeTrue();
    }

    [Fact]
    public void Should_fail_the_build_on_warnings_with_warnings_as_errors()
    {
        // Given a page with raw HTML, a warning by default
        using var site = TestSite.Build(new Dictionary<string, string> { ["index.md"] = TestSite.HomeLinking("about"), ["about.md"] = RawHtmlPage }, output: true, warningsAsErrors: true);

        // When it is built with warnings as errors
        // Then the warnings are errors and nothing is written
        site.Result.Diagnostics.Select(d => d.Severity).ShouldBe([DiagnosticSeverity.Error, DiagnosticSeverity.Error]);
        site.Result.Written.ShouldBeFalse();
    }

    [Fact]
    public void Should_report_an_unknown_code_in_site_yml_with_a_suggestion()
    {
        // Given site.yml overriding a misspelt code
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nseverity:\n  raw-htm: off\n",
            ["index.md"] = TestSite.HomeLinking("about"),
            ["about.md"] = RawHtmlPage,
        });

        // When it is checked
        // Then the code is reported where it is written, with the right spelling, and the override is ignored
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/about.md:5:6 warning raw-html",
            "input/about.md:5:13 warning raw-html",
            "input/site.yml:3:3 error invalid-front-matter",
        ]);
        site.Result.Diagnostics[2].Hint.ShouldBe("did you mean 'raw-html'?");
    }
}
