using System.Collections.Concurrent;
using Site.Core.Linking;

namespace Site.Core.Rendering.Dependencies;

/// <summary>
/// The records of the pages one compilation renders: each page is made from a recording view of the graph, and
/// what it read is kept with the fingerprints of the values it read. Thread-safe: pages are rendered in parallel.
/// </summary>
/// <param name="fingerprints">The fingerprints of this compilation.</param>
/// <param name="dropped">A kind of read not to record, for the test that proves each kind is needed; null in every build.</param>
public sealed class DependencyRecording(DependencyFingerprints fingerprints, DependencyKind? dropped = null)
{
    private readonly ConcurrentDictionary<string, PageRecord> _records = new(StringComparer.Ordinal);

    /// <summary>The records made, by page URL.</summary>
    public IReadOnlyDictionary<string, PageRecord> Records => _records;

    /// <summary>The fingerprints of this compilation.</summary>
    public DependencyFingerprints Fingerprints => fingerprints;

    /// <summary>Starts the reads of one page: the view of <paramref name="graph"/> to make it from, and where its reads go.</summary>
    internal (SiteGraph View, PageReads Reads) Begin(SiteGraph graph)
    {
        var reads = new PageReads(dropped);
        return (graph.RecordingInto(reads), reads);
    }

    /// <summary>Keeps what the page at <paramref name="url"/> read.</summary>
    internal PageRecord Keep(string url, PageReads reads)
    {
        var record = PageRecord.Of(reads, fingerprints);
        _records[url] = record;
        return record;
    }

    /// <summary>A record of reads made outside rendering (an export's fragment), fingerprinted here.</summary>
    internal PageRecord Record(PageReads reads) => PageRecord.Of(reads, fingerprints);

    /// <summary>A recorder for reads outside rendering.</summary>
    internal PageReads NewReads() => new(dropped);
}
