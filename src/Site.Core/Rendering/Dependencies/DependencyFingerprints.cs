using System.Collections.Concurrent;

namespace Site.Core.Rendering.Dependencies;

/// <summary>
/// The fingerprints of the values pages read, in one compilation, each computed once and shared by every page
/// that read it. A value whose fingerprint depends on the value alone (a document that was not loaded again, a
/// list of the same items) keeps the fingerprint the previous compilation computed. Thread-safe.
/// </summary>
public sealed class DependencyFingerprints
{
    private readonly ConcurrentDictionary<Dependency, (object? Witness, Fingerprint Value)> _values = new();
    private DependencyFingerprints? _previous;

    /// <param name="scope">What pages read, in this compilation.</param>
    /// <param name="previous">The previous compilation's fingerprints, or null.</param>
    public DependencyFingerprints(DependencyScope scope, DependencyFingerprints? previous = null)
    {
        Scope = scope;
        _previous = previous;
        // Only one compilation back is ever asked: the chain of earlier ones is let go.
        if (previous is not null)
        {
            previous._previous = null;
        }
    }

    /// <summary>What pages read, in this compilation.</summary>
    public DependencyScope Scope { get; }

    /// <summary>The fingerprint of a read's value in this compilation.</summary>
    public Fingerprint Of(Dependency dependency)
    {
        if (_values.TryGetValue(dependency, out var known))
        {
            return known.Value;
        }

        var value = dependency.Kind.Find(Scope, dependency.Key);
        var previous = _previous;
        var reusable = dependency.Kind.FromValueAlone || (dependency.Kind.ReadsMarks && previous is not null && previous.Scope.Marks == Scope.Marks);
        var fingerprint = value is not null && reusable
            && previous?._values.TryGetValue(dependency, out var before) == true && Same(before.Witness, value)
                ? before.Value
                : dependency.Kind.Of(value, Scope, dependency.CountOnly);
        _values.TryAdd(dependency, (value, fingerprint));
        return fingerprint;
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
