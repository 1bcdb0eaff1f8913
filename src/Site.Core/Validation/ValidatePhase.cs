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
    public void Run(SiteGraph graph, DiagnosticBag diagnostics) => Run(graph, diagnostics, null);

    /// <summary>
    /// Runs the graph analyzers; when <paramref name="graph"/> is the one <paramref name="previous"/> analyzed, patched,
    /// an analyzer of documents checks only the documents the patch names and keeps what it reported in the others' files.
    /// </summary>
    internal ValidationMemo Run(SiteGraph graph, DiagnosticBag diagnostics, ValidationMemo? previous)
    {
        var patched = previous is not null && graph.PatchedFrom is { } patch && patch.Previous == previous.Graph ? patch.Paths : null;
        var changed = patched is null ? null : graph.Documents.Where(d => patched.Contains(d.Source.RelativePath)).ToArray();
        var files = changed?.Select(d => d.Source.Source.Path).ToHashSet(StringComparer.Ordinal);
        var reported = new IReadOnlyList<Diagnostic>[DefaultAnalyzers.Count];
        for (var i = 0; i < reported.Length; i++)
        {
            var own = new DiagnosticBag();
            if (DefaultAnalyzers[i] is IDocumentAnalyzer analyzer && changed is not null)
            {
                own.AddRange(previous!.Reported[i].Where(d => !files!.Contains(d.Location.Path)));
                analyzer.Analyze(graph, changed, own);
            }
            else
            {
                DefaultAnalyzers[i].Analyze(graph, own);
            }

            reported[i] = own.ToList();
            diagnostics.AddRange(reported[i]);
        }

        new StaleReviewAnalyzer(today).Analyze(graph, diagnostics);
        return new ValidationMemo(graph.Number, reported);
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
