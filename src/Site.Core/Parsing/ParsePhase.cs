using Markdig;
using Markdig.Syntax;
using Site.Core.Diagnostics;
using Site.Core.Content;

namespace Site.Core.Parsing;

/// <summary>
/// Phase 2: one Markdig syntax tree per document, in parallel, with the shared pipeline. A document
/// loaded unchanged since the previous run keeps its tree: each file is parsed once per version.
/// </summary>
public sealed class ParsePhase
{
    /// <summary>
    /// Parses every document not already parsed with its kind's claim policy (<paramref name="claims"/>);
    /// the result keeps the input order.
    /// </summary>
    public IReadOnlyList<ParsedDocument> Run(
        IReadOnlyList<SourceDocument> documents,
        IReadOnlyDictionary<DocumentKind, ClaimPolicy> claims,
        IReadOnlyList<ParsedDocument>? previous = null)
    {
        var known = new Dictionary<SourceDocument, ParsedDocument>(ReferenceEqualityComparer.Instance);
        foreach (var document in previous ?? [])
        {
            known[document.Source] = document;
        }

        var parsed = new ParsedDocument[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var policy = claims.GetValueOrDefault(documents[i].Kind);
            parsed[i] = known.TryGetValue(documents[i], out var same) && same.ClaimPolicy == policy ? same : Parse(documents[i], policy);
        });
        return parsed;
    }

    /// <summary>Parses one document; markdown nested too deeply to parse becomes a diagnostic and an empty body.</summary>
    public static ParsedDocument Parse(SourceDocument document, ClaimPolicy claims = ClaimPolicy.Off)
    {
        try
        {
            return new ParsedDocument(document, Markdown.Parse(document.Body, SiteMarkdown.Pipeline), claims);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            var text = document.Source.Text;
            var start = document.BodyOffset;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            var diagnostic = Diagnostic.At(
                DiagnosticDescriptors.InvalidMarkdown, document.Source, start, 0,
                "the markdown nests lists, quotes or emphasis too deeply to be read",
                "flatten the nesting; no page needs more than a few levels");
            return new ParsedDocument(document, new MarkdownDocument(), claims, [diagnostic]);
        }
    }
}
