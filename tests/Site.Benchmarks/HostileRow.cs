namespace Site.Benchmarks;

/// <summary>The runs of <c>site check</c> on one hostile shape at one size.</summary>
/// <param name="Shape">The shape.</param>
/// <param name="SizeMiB">The size asked for.</param>
/// <param name="Bytes">The page's real size.</param>
/// <param name="Runs">The timed runs; the last is killed when one ran too long.</param>
internal sealed record HostileRow(HostileShape Shape, int SizeMiB, long Bytes, IReadOnlyList<ProcessRun> Runs);
