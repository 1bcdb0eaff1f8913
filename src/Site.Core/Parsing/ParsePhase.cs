using Markdig;
using Site.Core.Content;

namespace Site.Core.Parsing;

/// <summary>
/// Phase 2: one Markdig syntax tree per document, in parallel, with the shared pipeline. A document
/// loaded unchanged since the previous run keeps its tree: each file is parsed once per version.
/// </summary>
public sealed class ParsePhase
{
    /// <summary>Parses every document not already parsed; the result keeps the input order.</summary>
    public IReadOnlyList<ParsedDocument> Run(IReadOnlyList<SourceDocument> documents, IReadOnlyList<ParsedDocument>? previous = null)
    {
        var known = new Dictionary<SourceDocument, ParsedDocument>(ReferenceEqualityComparer.Instance);
        foreach (var document in previous ?? [])
        {
            known[document.Source] = document;
        }

        var parsed = new ParsedDocument[documents.Count];
        Parallel.For(0, documents.Count, i =>
            parsed[i] = known.TryGetValue(documents[i], out var same) ? same : Parse(documents[i]));
        return parsed;
    }

    /// <summary>Parses one document.</summary>
    public static ParsedDocument Parse(SourceDocument document) =>
        new(document, Markdown.Parse(document.Body, SiteMarkdown.Pipeline));
}
