namespace Site.Benchmarks;

/// <summary>What the benchmark table measured on one site.</summary>
/// <param name="Size">The synthetic site's size and shape, or null for the real <c>input/</c>.</param>
/// <param name="Counts">What the site holds.</param>
/// <param name="Site">The runs of <c>site build</c>.</param>
/// <param name="Floor">The runs of the Markdig floor.</param>
/// <param name="Hugo">The runs of Hugo, or null when it is not installed.</param>
/// <param name="Preview">The preview's latency, or null when not measured on this site.</param>
internal sealed record TableRow(SyntheticSize? Size, CorpusCounts Counts, IReadOnlyList<RunSample> Site, IReadOnlyList<RunSample> Floor, IReadOnlyList<RunSample>? Hugo, PreviewLatency? Preview)
{
    /// <summary>The runs of the baseline build, taken in turn with <see cref="Site"/>, or null when none was given.</summary>
    public IReadOnlyList<RunSample>? Baseline { get; init; }

    /// <summary>The bytes of the last site build's output and of its search index (search/).</summary>
    public (long Site, long Index) Sizes { get; init; }
}
