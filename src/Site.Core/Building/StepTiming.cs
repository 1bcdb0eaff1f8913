namespace Site.Core.Building;

/// <summary>How long one named step of the build took, and the process's peak memory once it had run.</summary>
/// <param name="Step">The step's name.</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record StepTiming(string Step, TimeSpan Elapsed)
{
    /// <summary>The highest the process's resident memory had been when the step ended, in bytes: the step that raised it is the one to look at.</summary>
    public long PeakBytes { get; init; } = PeakNow();

    private static long PeakNow()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
