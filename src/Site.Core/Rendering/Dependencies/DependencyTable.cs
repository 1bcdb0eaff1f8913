using System.Collections.Concurrent;

namespace Site.Core.Rendering.Dependencies;

/// <summary>
/// Every read any page has made, each given a number once and kept from one compilation to the next, so that a
/// page's record is a list of numbers and a value's fingerprint is found by number, not by hashing its key again.
/// Thread-safe: pages are rendered, and their reads numbered, in parallel.
/// </summary>
internal sealed class DependencyTable
{
    private readonly ConcurrentDictionary<Dependency, int> _ids = new();
    private readonly Lock _adding = new();
    private Dependency[] _reads = new Dependency[1024];
    private int _count;
    // The reads by the paths their keys name, and the reads of the site's values that name none: what a patched graph's
    // changed paths make worth fingerprinting again.
    private readonly Dictionary<string, List<int>> _byPath = new(StringComparer.Ordinal);
    private readonly List<int> _ofSite = [];

    /// <summary>How many reads are numbered: every number is below it.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The read numbered <paramref name="id"/>.</summary>
    public Dependency this[int id] => Volatile.Read(ref _reads)[id];

    /// <summary>The number of a read, given to it now if it has none yet.</summary>
    public int IdOf(Dependency dependency)
    {
        if (_ids.TryGetValue(dependency, out var id))
        {
            return id;
        }

        lock (_adding)
        {
            if (_ids.TryGetValue(dependency, out id))
            {
                return id;
            }

            id = _count;
            if (id == _reads.Length)
            {
                var grown = new Dependency[_reads.Length * 2];
                _reads.CopyTo(grown, 0);
                Volatile.Write(ref _reads, grown);
            }

            // The read is in the array before its number is handed out, so whoever has the number finds it.
            _reads[id] = dependency;
            if (dependency.Kind.PathsOfKey is { } paths)
            {
                foreach (var path in paths(dependency.Key))
                {
                    if (!_byPath.TryGetValue(path, out var ids))
                    {
                        _byPath[path] = ids = [];
                    }

                    ids.Add(id);
                }
            }
            else
            {
                _ofSite.Add(id);
            }

            Volatile.Write(ref _count, id + 1);
            _ids[dependency] = id;
            return id;
        }
    }

    /// <summary>The reads whose keys name one of <paramref name="paths"/>, and every read of a value of the whole site.</summary>
    public HashSet<int> Naming(IEnumerable<string> paths)
    {
        lock (_adding)
        {
            var ids = new HashSet<int>(_ofSite);
            foreach (var path in paths)
            {
                if (_byPath.TryGetValue(path, out var named))
                {
                    ids.UnionWith(named);
                }
            }

            return ids;
        }
    }
}
