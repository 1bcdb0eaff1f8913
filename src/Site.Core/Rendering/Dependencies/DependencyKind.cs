using Site.Core.Parsing;

namespace Site.Core.Rendering.Dependencies;

/// <summary>
/// A kind of read of the site, defined once: how to find its value again in a compilation by the read's key, how to
/// fingerprint the value, and which documents the value hands to the reader (whose front matter the reader then sees).
/// </summary>
public abstract class DependencyKind
{
    private protected DependencyKind(string name, bool fromValueAlone, bool readsMarks, Func<string, string[]>? pathsOfKey)
    {
        Name = name;
        FromValueAlone = fromValueAlone;
        ReadsMarks = readsMarks;
        PathsOfKey = pathsOfKey;
    }

    /// <summary>
    /// The paths of the documents a key names, when a value of this kind is found from those documents' entries in the
    /// graph alone (the links to a document, a substance's row of the map); null for a kind whose value is the site's
    /// (the list of references, the settings), which a patched graph's changed paths do not tell.
    /// </summary>
    internal Func<string, string[]>? PathsOfKey { get; }

    /// <summary>The kind's name, e.g. "claims".</summary>
    public string Name { get; }

    /// <summary>Whether the fingerprint depends on the value alone (the object, or a list's items), so that the same value keeps its fingerprint in the next compilation.</summary>
    internal bool FromValueAlone { get; }

    /// <summary>Whether the fingerprint depends on the value (as for <see cref="FromValueAlone"/>) and the site's marks alone (retractions, the build date, the age limit).</summary>
    internal bool ReadsMarks { get; }

    /// <summary>The value the key names in <paramref name="scope"/>, or null when it names nothing there.</summary>
    internal abstract object? Find(DependencyScope scope, string key);

    /// <summary>The fingerprint of a value found by <see cref="Find"/> in <paramref name="scope"/>, or of how many items it holds.</summary>
    internal abstract Fingerprint Of(object? value, DependencyScope scope, bool countOnly);

    /// <summary>The documents a value hands to the reader.</summary>
    internal abstract IEnumerable<ParsedDocument> Documents(object value);

    /// <inheritdoc />
    public override string ToString() => Name;
}
