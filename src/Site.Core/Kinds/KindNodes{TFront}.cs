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

    internal KindNodes(IEnumerable<DocumentNode<TFront>> nodes)
    {
        _nodes = [.. nodes];
        _byId = _nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _byDocument = _nodes.ToDictionary(n => n.Document);
        Documents = [.. _nodes.Select(n => n.Document)];
    }

    /// <summary>The documents, in the same order.</summary>
    public IReadOnlyList<ParsedDocument> Documents { get; }

    /// <inheritdoc />
    public int Count => _nodes.Count;

    /// <inheritdoc />
    public DocumentNode<TFront> this[int index] => _nodes[index];

    /// <summary>The document with the id.</summary>
    /// <exception cref="KeyNotFoundException">No document of the kind has it.</exception>
    public DocumentNode<TFront> this[string id] => _byId[id];

    /// <summary>The document with the id, or null when no document of the kind has it.</summary>
    public DocumentNode<TFront>? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The typed node of a document, or null when it is not one of these.</summary>
    public DocumentNode<TFront>? Of(ParsedDocument document) => _byDocument.GetValueOrDefault(document);

    /// <inheritdoc />
    public IEnumerator<DocumentNode<TFront>> GetEnumerator() => _nodes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
