using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>stale-review</c>: a substance or mechanism page whose <c>reviewed</c> date is more than the
/// site's <c>reviewMaxAgeMonths</c> before the build date, or after it (a mistyped year); reported at
/// the date. A page with no <c>reviewed</c> date is not reported: it has made no promise to keep.
/// </summary>
/// <param name="today">The build date, so that a build is reproducible when it is pinned.</param>
public sealed class StaleReviewAnalyzer(DateOnly today) : IAnalyzer
{
    /// <summary>A page whose review is overdue, or dated after the build.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "stale-review", DiagnosticSeverity.Warning, "A page's 'reviewed' date is older than reviewMaxAgeMonths, or in the future.",
        When: "a `reviewed` date older than `reviewMaxAgeMonths`, or after the build date");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        var months = graph.Config.ReviewMaxAgeMonths;
        foreach (var document in graph.Pages)
        {
            if (document.Source.FrontMatter.LastReviewed is not { } date || (ReviewSchedule.OverdueSince(date, months, today) is null && date <= today))
            {
                continue;
            }

            Report(document, date, diagnostics, date > today
                ? ($"'{document.Id}' was reviewed on {Iso(date)}, after today ({Iso(today)})", "check the year of the 'reviewed' date")
                : ($"'{document.Id}' was last reviewed on {Iso(date)}, more than {months} months ago",
                    $"check every claim on the page against its references, then set 'reviewed: {Iso(today)}'"));
        }
    }

    private static void Report(ParsedDocument document, DateOnly date, DiagnosticBag diagnostics, (string Message, string Hint) text)
    {
        var source = document.Source;
        var (offset, length) = source.FrontMatter.Positions.TryGetValue("reviewed", out var field) ? (field.Offset, field.Length) : (0, 0);
        diagnostics.Add(Diagnostic.At(Descriptor, source.Source, offset, length, text.Message, text.Hint));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
