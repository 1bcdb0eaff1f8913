using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.PostProcessing;
using Site.Core.Validation.Analyzers;

namespace Site.Core.Validation;

/// <summary>
/// Phase 4: runs every analyzer over the graph and collects all diagnostics; nothing stops at the
/// first error. Output analyzers run after post-processing, against the pages actually produced.
/// </summary>
/// <param name="today">The build date, for the rules that depend on it.</param>
public sealed class ValidatePhase(DateOnly today)
{
    /// <summary>The rules over the graph, in a fixed order; those that date evidence read the graph's build date.</summary>
    public static IReadOnlyList<IAnalyzer> DefaultAnalyzers { get; } =
    [
        new DuplicateIdAnalyzer(),
        new PinnedAnchorAnalyzer(),
        new ReservedUrlAnalyzer(),
        new DuplicateReferenceAnalyzer(),
        new UnknownListedIdAnalyzer(),
        new UnknownCitationAnalyzer(),
        new UncitedClaimAnalyzer(),
        new UnusedReferenceAnalyzer(),
        new UnlinkedPageAnalyzer(),
        new BrokenLinkAnalyzer(),
        new RawHtmlAnalyzer(),
        new FootnoteAnalyzer(),
        new RetractedReferenceAnalyzer(),
        new DatedEvidenceAnalyzer(),
        new UnfinishedPageAnalyzer(),
    ];

    /// <summary>The rules over the rendered site.</summary>
    public static IReadOnlyList<IOutputAnalyzer> DefaultOutputAnalyzers { get; } =
    [
        new BrokenAnchorAnalyzer(),
    ];

    /// <summary>The rules the analyzers report, in the order they run (graph, review date, output); each once.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
    [
        .. DefaultAnalyzers.SelectMany(a => a.Descriptors).Append(StaleReviewAnalyzer.Descriptor).Concat(DefaultOutputAnalyzers.SelectMany(a => a.Descriptors)).Distinct(),
    ];

    /// <summary>Runs the graph analyzers.</summary>
    public void Run(SiteGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var analyzer in DefaultAnalyzers)
        {
            analyzer.Analyze(graph, diagnostics);
        }

        new StaleReviewAnalyzer(today).Analyze(graph, diagnostics);
    }

    /// <summary>Runs the output analyzers.</summary>
    public void RunOnOutput(SiteGraph graph, RenderedSite site, DiagnosticBag diagnostics)
    {
        foreach (var analyzer in DefaultOutputAnalyzers)
        {
            analyzer.Analyze(graph, site, diagnostics);
        }
    }
}
