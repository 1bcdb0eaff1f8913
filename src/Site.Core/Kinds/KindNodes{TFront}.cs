using System.Collections;
using Site.Core.Content;
using Site.Core.Parsing;

namespace Site.Core.Kinds;

/// <summary>The documents of one kind that have a page, typed, in the kind's order; by id and by document too.</summary>
/// <typeparam name="TFront">The kind's front matter.</typeparam>
public sealed class KindNodes<TFront> : IReadOnlyList<DocumentNode<TFront>>
    where TFront : FrontMatter
{
    private readonly IReadOnlyList<DocumentNode<TFront>> _nodes;
    private readonly Dictionary<string, DocumentNode<TFront>> _byId;
    private readonly Dictionary<ParsedDocument, DocumentNode<TFront>> _byDocument;
    private readonly IReadOnlyList<ParsedDocument> _documents;

    // Set in a recording view of the graph (Rendering/Dependencies): reading all, the count, or one document.
    private readonly Action? _readAll;
    private readonly Action? _readCount;
    private readonly Action<ParsedDocument>? _readOne;

    internal KindNodes(IEnumerable<DocumentNode<TFront>> nodes)
    {
        _nodes = [.. nodes];
        _byId = _nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _byDocument = _nodes.ToDictionary(n => n.Document);
        _documents = [.. _nodes.Select(n => n.Document)];
    }

    private KindNodes(KindNodes<TFront> nodes, Action readAll, Action readCount, Action<ParsedDocument> readOne)
    {
        (_nodes, _byId, _byDocument, _documents) = (nodes._nodes, nodes._byId, nodes._byDocument, nodes._documents);
        (_readAll, _readCount, _readOne) = (readAll, readCount, readOne);
    }

    /// <summary>The documents, in the same order.</summary>
    public IReadOnlyList<ParsedDocument> Documents
    {
        get
        {
            _readAll?.Invoke();
            return _documents;
        }
    }

    /// <inheritdoc />
    public int Count
    {
        get
        {
            _readCount?.Invoke();
            return _nodes.Count;
        }
    }

    /// <inheritdoc />
    public DocumentNode<TFront> this[int index]
    {
        get
        {
            _readAll?.Invoke();
            return _nodes[index];
        }
    }

    /// <summary>The document with the id.</summary>
    /// <exception cref="KeyNotFoundException">No document of the kind has it.</exception>
    public DocumentNode<TFront> this[string id] => Found(_byId.GetValueOrDefault(id)) ?? throw new KeyNotFoundException($"No document has the id '{id}'.");

    /// <summary>The document with the id, or null when no document of the kind has it.</summary>
    public DocumentNode<TFront>? Find(string id) => Found(_byId.GetValueOrDefault(id));

    /// <summary>The typed node of a document, or null when it is not one of these.</summary>
    public DocumentNode<TFront>? Of(ParsedDocument document) => Found(_byDocument.GetValueOrDefault(document));

    /// <inheritdoc />
    public IEnumerator<DocumentNode<TFront>> GetEnumerator()
    {
        _readAll?.Invoke();
        return _nodes.GetEnumerator();
    }

    /// <summary>The nodes by id, not recorded: for the link phase, which builds on them.</summary>
    internal IReadOnlyDictionary<string, DocumentNode<TFront>> ById => _byId;

    /// <summary>
    /// The same nodes in the same order, each document that <paramref name="replaced"/> maps to another (a new version
    /// whose front matter is unchanged, so its place in the order is too) replaced by it; this list when it holds none.
    /// </summary>
    internal KindNodes<TFront> Replacing(IReadOnlyDictionary<ParsedDocument, ParsedDocument> replaced)
    {
        if (!replaced.Keys.Any(_byDocument.ContainsKey))
        {
            return this;
        }

        return new KindNodes<TFront>(_nodes.Select(n => replaced.TryGetValue(n.Document, out var now) ? new DocumentNode<TFront>(now, (TFront)now.Source.FrontMatter) : n));
    }

    /// <summary>The same nodes, calling back on each read: of the whole list, of its count, of one document looked up.</summary>
    internal KindNodes<TFront> Recording(Action readAll, Action readCount, Action<ParsedDocument> readOne) => new(this, readAll, readCount, readOne);

    // A document found is a read of it; one not found depends on which documents there are.
    private DocumentNode<TFront>? Found(DocumentNode<TFront>? node)
    {
        if (node is not null)
        {
            _readOne?.Invoke(node.Document);
        }
        else
        {
            _readAll?.Invoke();
        }

        return node;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
