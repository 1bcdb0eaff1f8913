using Site.Core.Diagnostics;

namespace Site.Core.Building;

/// <summary>The outcome of a build or check.</summary>
/// <param name="Diagnostics">Every problem, with effective severities, in a stable order.</param>
/// <param name="PageCount">How many pages were rendered.</param>
/// <param name="Written">True when the output folder was replaced.</param>
/// <param name="Timings">The named steps and how long each took.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PageCount, bool Written, IReadOnlyList<StepTiming> Timings)
{
    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>True when there is at least one error.</summary>
    public bool HasErrors => ErrorCount > 0;
}
