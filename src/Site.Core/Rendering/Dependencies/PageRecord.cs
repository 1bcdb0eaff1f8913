namespace Site.Core.Rendering.Dependencies;

/// <summary>What a page read when it was made, with the fingerprint of each value as it was then.</summary>
public sealed class PageRecord
{
    private readonly Dependency[] _reads;
    private readonly Fingerprint[] _values;

    private PageRecord(Dependency[] reads, Fingerprint[] values)
    {
        _reads = reads;
        _values = values;
    }

    /// <summary>Everything the page read.</summary>
    public IReadOnlyList<Dependency> Reads => _reads;

    /// <summary>The record of <paramref name="reads"/>, fingerprinted in the compilation that made the page.</summary>
    internal static PageRecord Of(PageReads reads, DependencyFingerprints fingerprints)
    {
        var dependencies = reads.Reads.ToArray();
        var values = new Fingerprint[dependencies.Length];
        for (var i = 0; i < dependencies.Length; i++)
        {
            values[i] = fingerprints.Of(dependencies[i]);
        }

        return new PageRecord(dependencies, values);
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
}
