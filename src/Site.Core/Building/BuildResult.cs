using Site.Core.Diagnostics;

namespace Site.Core.Building;

/// <summary>The outcome of a build or check.</summary>
/// <param name="Diagnostics">Every problem, with effective severities, in a stable order.</param>
/// <param name="PageCount">How many pages were rendered.</param>
/// <param name="Written">True when the output folder was replaced.</param>
/// <param name="Timings">The named steps and how long each took.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, bool Written, IReadOnlyList<StepTiming> Timings)
{
    /// <summary>How many errors and warnings there are.</summary>
    public DiagnosticCounts Counts => DiagnosticCounts.Of(Diagnostics);

    /// <summary>True when there is at least one error.</summary>
    public bool HasErrors => Counts.Errors > 0;
}
