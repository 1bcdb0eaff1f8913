using Site.Core.Parsing;

namespace Site.Core.Rendering.Dependencies;

/// <summary>
/// What one page (or one export fragment) read of the site while it was made, recorded by the graph's recording
/// view as each query is answered. A value that hands out documents (a list of substances, the works a page cites)
/// also records the front matter of each, which is what a reader then sees of them. Used by one thread at a time.
/// </summary>
public sealed class PageReads
{
    private readonly HashSet<Dependency> _reads = [];

    /// <summary>
    /// The reads of the page being rendered on this thread, for what a page reads outside the graph (the citation
    /// style's labels, prepared once per compilation and shared by every page); null outside rendering.
    /// </summary>
    [ThreadStatic]
    internal static PageReads? Current;
    private readonly DependencyKind? _dropped;

    /// <param name="dropped">A kind of read not to record, for the test that proves each kind is needed; null in every build.</param>
    internal PageReads(DependencyKind? dropped = null) => _dropped = dropped;

    /// <summary>Everything read, each once.</summary>
    public IReadOnlyCollection<Dependency> Reads => _reads;

    /// <summary>Records a read of <paramref name="value"/>, which the key names; and the front matter of the documents it hands out.</summary>
    internal void Read(DependencyKind kind, string key, object? value, bool countOnly = false)
    {
        if (kind == _dropped || !_reads.Add(new Dependency(kind, key, countOnly)) || countOnly || value is null)
        {
            return;
        }

        foreach (var document in kind.Documents(value))
        {
            Read(document);
        }
    }

    /// <summary>Records that a document was handed to the reader: what it then sees of it is its front matter.</summary>
    internal void Read(ParsedDocument document) => Read(DependencyKinds.FrontMatter, document.Source.RelativePath, document);
}
