using Site.Core.Parsing;

namespace Site.Core.Rendering.Dependencies;

/// <summary>A kind of read whose values are of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The type of the value read.</typeparam>
internal sealed class TypedDependencyKind<T> : DependencyKind
    where T : class
{
    // The fingerprint of a value that is not there: a document deleted, a reference no longer retracted.
    private static readonly Fingerprint Absent = default;

    private readonly Func<DependencyScope, string, T?> _find;
    private readonly Action<FingerprintWriter, T, DependencyScope> _write;
    private readonly Func<T, int>? _count;
    private readonly Func<T, IEnumerable<ParsedDocument>>? _documents;

    /// <param name="name">The kind's name.</param>
    /// <param name="find">The value a key names in a compilation.</param>
    /// <param name="write">Writes what a page can see of the value.</param>
    /// <param name="count">How many items the value holds, for a read of its count alone; null when it is not a list.</param>
    /// <param name="documents">The documents the value hands out; null for none.</param>
    /// <param name="fromValueAlone">Whether what is written depends on the value object alone.</param>
    /// <param name="readsMarks">Whether what is written depends on the value object and the site's marks alone.</param>
    /// <param name="pathsOfKey">The paths of the documents a key names, for a kind found from their entries alone; null for a value of the whole site.</param>
    public TypedDependencyKind(
        string name,
        Func<DependencyScope, string, T?> find,
        Action<FingerprintWriter, T, DependencyScope> write,
        Func<T, int>? count = null,
        Func<T, IEnumerable<ParsedDocument>>? documents = null,
        bool fromValueAlone = false,
        bool readsMarks = false,
        Func<string, string[]>? pathsOfKey = null)
        : base(name, fromValueAlone, readsMarks, pathsOfKey)
    {
        _find = find;
        _write = write;
        _count = count;
        _documents = documents;
    }

    internal override object? Find(DependencyScope scope, string key) => _find(scope, key);

    internal override Fingerprint Of(object? value, DependencyScope scope, bool countOnly)
    {
        if (value is not T found)
        {
            return Absent;
        }

        return countOnly && _count is { } count
            ? new Fingerprint(1, (ulong)count(found))
            : FingerprintWriter.Of((found, scope), (writer, f) => _write(writer, f.found, f.scope));
    }

    internal override IEnumerable<ParsedDocument> Documents(object value) =>
        _documents is { } documents && value is T typed ? documents(typed) : [];
}
