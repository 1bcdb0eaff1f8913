using System.Globalization;

namespace Site.Benchmarks;

/// <summary>One run of one program: wall time in milliseconds, peak memory in bytes, and processor time in milliseconds (or NaN when unknown).</summary>
internal sealed record RunSample(double Milliseconds, long PeakBytes, double ProcessorMilliseconds = double.NaN)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Milliseconds:0} ms {PeakBytes / (double)(1 << 20):0} MiB");
}
