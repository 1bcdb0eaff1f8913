namespace Site.Benchmarks;

/// <summary>One measured run of a child process, whatever it exited with.</summary>
/// <param name="Wall">From start to exit (or to the kill).</param>
/// <param name="PeakBytes">Its peak memory; 0 when killed before it could be read.</param>
/// <param name="ExitCode">The child's exit code (128 + the signal's number when a signal ended it).</param>
/// <param name="TimedOut">Killed for running past its time.</param>
/// <param name="Output">What it wrote to standard output.</param>
/// <param name="Error">What it wrote to standard error.</param>
internal sealed record ProcessRun(TimeSpan Wall, long PeakBytes, int ExitCode, bool TimedOut, string Output, string Error)
{
    /// <summary>The processor time it used, user and system, or null when <c>/usr/bin/time</c> is not installed.</summary>
    public TimeSpan? Processor { get; init; }
}
