using System.Collections.Concurrent;

namespace Site.Core.Rendering.Dependencies;

/// <summary>
/// The fingerprints of the values pages read, in one compilation, each computed once and shared by every page
/// that read it. A value whose fingerprint depends on the value alone (a document that was not loaded again, a
/// list of the same items) keeps the fingerprint the previous compilation computed. Thread-safe.
/// </summary>
public sealed class DependencyFingerprints
{
    // By the read's number in the table: the reads known when the compilation began are in the arrays, reads first
    // made in this compilation (a page rendered for the first time) in the overflow.
    private readonly Fingerprint[] _fingerprints;
    private readonly object?[] _witnesses;
    private readonly int[] _known;
    private readonly ConcurrentDictionary<int, (object? Witness, Fingerprint Value)> _overflow = new();
    private DependencyFingerprints? _previous;

    /// <param name="scope">What pages read, in this compilation.</param>
    /// <param name="previous">The previous compilation's fingerprints, or null.</param>
    public DependencyFingerprints(DependencyScope scope, DependencyFingerprints? previous = null)
    {
        Scope = scope;
        _previous = previous;
        Table = previous?.Table ?? new DependencyTable();
        var count = Table.Count;
        (_fingerprints, _witnesses, _known) = (new Fingerprint[count], new object?[count], new int[count]);
        // Only one compilation back is ever asked: the chain of earlier ones is let go.
        if (previous is not null)
        {
            previous._previous = null;
        }
    }

    /// <summary>What pages read, in this compilation.</summary>
    public DependencyScope Scope { get; }

    /// <summary>The numbers of the reads, shared with the compilations before and after this one.</summary>
    internal DependencyTable Table { get; }

    /// <summary>The fingerprint of a read's value in this compilation.</summary>
    public Fingerprint Of(Dependency dependency) => Of(Table.IdOf(dependency));

    /// <summary>The fingerprint of the value of the read numbered <paramref name="id"/> in this compilation.</summary>
    internal Fingerprint Of(int id)
    {
        if (id < _known.Length)
        {
            if (Volatile.Read(ref _known[id]) == 1)
            {
                return _fingerprints[id];
            }

            // Two threads may compute the same value at once: both find the same fingerprint.
            var (witness, fingerprint) = Compute(id);
            _witnesses[id] = witness;
            _fingerprints[id] = fingerprint;
            Volatile.Write(ref _known[id], 1);
            return fingerprint;
        }

        return _overflow.TryGetValue(id, out var known) ? known.Value : _overflow.GetOrAdd(id, Compute(id)).Value;
    }

    /// <summary>
    /// Fingerprints, in parallel, every value the records read: each value once, however many pages read it, and the
    /// work shared out by value rather than by page, since a value is read by many pages and a page reads many values.
    /// </summary>
    /// <returns>
    /// When the fingerprints were taken from the previous compilation's but for the reads a patched graph's changed paths
    /// name (see <see cref="Inherit"/>), which of those reads, by number, have another fingerprint now: a record that read
    /// none of them holds, since what a record holds is the previous compilation's fingerprints. Otherwise null, and every
    /// value the records read is fingerprinted.
    /// </returns>
    internal bool[]? Prepare(IEnumerable<PageRecord> records)
    {
        if (Inherit() is { } again)
        {
            var changed = new bool[_known.Length];
            var previous = _previous!;
            Parallel.ForEach(again, id =>
            {
                changed[id] = !previous.TryGetKnown(id, out _, out var before) || Of(id) != before;
            });
            return changed;
        }

        var read = new bool[_known.Length];
        foreach (var record in records)
        {
            record.Mark(read);
        }

        // Made once per compilation and asked by many values: made here, before the workers would wait on them.
        _ = Scope.Marks;
        _ = Scope.DocumentAt(string.Empty);
        _ = _previous?.Scope.Marks;
        Parallel.For(0, read.Length, id =>
        {
            if (read[id])
            {
                Of(id);
            }
        });
        return null;
    }

    // When this compilation's graph is the previous one's patched, and what else keyed values are fingerprinted with
    // (the retraction and dating marks) is the same, a read about none of the patched graph's changed paths has the
    // previous fingerprint: it is taken as it is, and only the reads naming a changed path, or of a value of the whole
    // site, are fingerprinted again: those are returned, or null when nothing is taken.
    private List<int>? Inherit()
    {
        if (_previous is not { } previous
            || Scope.Graph.PatchedFrom is not { } patched
            || patched.Previous != previous.Scope.Graph.Number
            || previous.Scope.Marks != Scope.Marks)
        {
            return null;
        }

        for (var id = 0; id < _known.Length; id++)
        {
            if (previous.TryGetKnown(id, out var witness, out var fingerprint))
            {
                (_witnesses[id], _fingerprints[id], _known[id]) = (witness, fingerprint, 1);
            }
        }

        var again = new List<int>();
        foreach (var id in Table.Naming(patched.Paths))
        {
            if (id < _known.Length)
            {
                (_witnesses[id], _known[id]) = (null, 0);
                again.Add(id);
            }
        }

        return again;
    }

    private bool TryGetKnown(int id, out object? witness, out Fingerprint fingerprint)
    {
        if (id < _known.Length && Volatile.Read(ref _known[id]) == 1)
        {
            (witness, fingerprint) = (_witnesses[id], _fingerprints[id]);
            return true;
        }

        var found = _overflow.TryGetValue(id, out var known);
        (witness, fingerprint) = known;
        return found;
    }

    private (object? Witness, Fingerprint Value) Compute(int id)
    {
        var dependency = Table[id];
        var value = dependency.Kind.Find(Scope, dependency.Key);
        var previous = _previous;
        var reusable = dependency.Kind.FromValueAlone || (dependency.Kind.ReadsMarks && previous is not null && previous.Scope.Marks == Scope.Marks);
        var fingerprint = value is not null && reusable
            && previous is not null && previous.TryGetKnown(id, out var before, out var beforeValue) && Same(before, value)
                ? beforeValue
                : dependency.Kind.Of(value, Scope, dependency.CountOnly);
        return (value, fingerprint);
    }

    // The same object, or a list rebuilt by the link phase of the same items (the same documents, equal links).
    private static bool Same(object? before, object now)
    {
        if (ReferenceEquals(before, now))
        {
            return true;
        }

        if (before is not System.Collections.IList old || now is not System.Collections.IList list || old.Count != list.Count)
        {
            return false;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (!Equals(old[i], list[i]))
            {
                return false;
            }
        }

        return true;
    }
}
