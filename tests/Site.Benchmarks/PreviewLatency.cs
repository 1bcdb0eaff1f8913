using System.Globalization;

namespace Site.Benchmarks;

/// <summary>The edit-to-reload latencies measured on one site.</summary>
/// <param name="Documents">The markdown documents of the site.</param>
/// <param name="Samples">One latency per measured edit, in milliseconds, sorted.</param>
/// <param name="FirstBuild">How long the preview took to start and build the site.</param>
internal sealed record PreviewLatency(int Documents, IReadOnlyList<double> Samples, TimeSpan FirstBuild)
{
    public double Median => Percentile(0.5);

    public double P90 => Percentile(0.9);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"preview edit-to-reload, {Documents} documents, {Samples.Count} edits: median {Median:0.0} ms, " +
        $"p90 {P90:0.0} ms, min {Samples[0]:0.0} ms, max {Samples[^1]:0.0} ms " +
        $"(write to page served, including the watcher's quiet period; first build {FirstBuild.TotalMilliseconds:0} ms)");

    private double Percentile(double p) => Samples[(int)Math.Min(Samples.Count - 1, Math.Floor(p * Samples.Count))];
}
