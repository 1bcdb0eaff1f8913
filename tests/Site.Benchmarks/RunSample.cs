using System.Globalization;

namespace Site.Benchmarks;

/// <summary>One run of one program: wall time in milliseconds and peak memory in bytes.</summary>
internal sealed record RunSample(double Milliseconds, long PeakBytes)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Milliseconds:0} ms {PeakBytes / (double)(1 << 20):0} MiB");
}
