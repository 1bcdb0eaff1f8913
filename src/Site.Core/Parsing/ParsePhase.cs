using Markdig;
using Site.Core.Content;

namespace Site.Core.Parsing;

/// <summary>Phase 2: one Markdig syntax tree per document, in parallel, with the shared pipeline.</summary>
public sealed class ParsePhase
{
    /// <summary>Parses every document; the result keeps the input order.</summary>
    public IReadOnlyList<ParsedDocument> Run(IReadOnlyList<SourceDocument> documents)
    {
        var parsed = new ParsedDocument[documents.Count];
        Parallel.For(0, documents.Count, i => parsed[i] = Parse(documents[i]));
        return parsed;
    }

    /// <summary>Parses one document.</summary>
    public static ParsedDocument Parse(SourceDocument document) =>
        new(document, Markdown.Parse(document.Body, SiteMarkdown.Pipeline));
}
