namespace Site.Core.Rendering.Dependencies;

/// <summary>What a page read when it was made, with the fingerprint of each value as it was then.</summary>
public sealed class PageRecord
{
    private readonly DependencyTable _table;
    private readonly int[] _reads;
    private readonly Fingerprint[] _values;

    private PageRecord(DependencyTable table, int[] reads, Fingerprint[] values)
    {
        _table = table;
        _reads = reads;
        _values = values;
    }

    /// <summary>Everything the page read.</summary>
    public IReadOnlyList<Dependency> Reads => [.. _reads.Select(id => _table[id])];

    /// <summary>The record of <paramref name="reads"/>, fingerprinted in the compilation that made the page.</summary>
    internal static PageRecord Of(PageReads reads, DependencyFingerprints fingerprints)
    {
        var ids = new int[reads.Reads.Count];
        var values = new Fingerprint[ids.Length];
        var i = 0;
        foreach (var dependency in reads.Reads)
        {
            ids[i] = fingerprints.Table.IdOf(dependency);
            values[i] = fingerprints.Of(ids[i]);
            i++;
        }

        return new PageRecord(fingerprints.Table, ids, values);
    }

    /// <summary>Whether every value the page read is the same in <paramref name="now"/>: the page made again would be the same.</summary>
    internal bool Holds(DependencyFingerprints now)
    {
        for (var i = 0; i < _reads.Length; i++)
        {
            if (now.Of(_reads[i]) != _values[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the page read one of the values <paramref name="changed"/> marks, by number.</summary>
    internal bool ReadsAny(bool[] changed)
    {
        foreach (var id in _reads)
        {
            if (id >= changed.Length || changed[id])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks, by number, the reads of this record that <paramref name="read"/> has room for.</summary>
    internal void Mark(bool[] read)
    {
        foreach (var id in _reads)
        {
            if (id < read.Length)
            {
                read[id] = true;
            }
        }
    }
}
