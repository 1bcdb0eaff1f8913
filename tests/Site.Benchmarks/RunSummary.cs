using System.Globalization;

namespace Site.Benchmarks;

/// <summary>The runs of one program on one site: the median wall time, its range, and the highest peak memory.</summary>
internal sealed record RunSummary(double Median, double Min, double Max, double PeakMiB)
{
    public static RunSummary Of(IReadOnlyList<RunSample> samples)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new RunSummary(median, sorted[0], sorted[^1], samples.Max(s => s.PeakBytes) / (double)(1 << 20));
    }

    /// <summary>"412 ms (398–430)" or "2.41 s (2.38–2.60)": the range in the median's unit.</summary>
    public override string ToString() => Median >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{Median / 1000:0.00} s ({Min / 1000:0.00}–{Max / 1000:0.00})")
        : string.Create(CultureInfo.InvariantCulture, $"{Median:0} ms ({Min:0}–{Max:0})");
}
