using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Core.Diagnostics;
using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Parsing.LinearScanning;

namespace Site.Core.Parsing;

/// <summary>
/// Phase 2: one Markdig syntax tree per document, in parallel, with the shared pipeline. A document
/// loaded unchanged since the previous run keeps its tree: each file is parsed once per version.
/// </summary>
public sealed class ParsePhase
{
    /// <summary>The rules parsing raises.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.InvalidMarkdown];

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

    /// <summary>Parses one document; markdown nested too deeply to parse or to render becomes a diagnostic and an empty body.</summary>
    public static ParsedDocument Parse(SourceDocument document, ClaimPolicy claims = ClaimPolicy.Off)
    {
        // Nesting so deep that parsing it would take long is found first, by a linear scan.
        var deepMarker = NestingScan.FirstTooDeep(document.Source.Text, document.BodyOffset, SiteMarkdown.Pipeline.MaximumNestingDepth);
        if (deepMarker >= 0)
        {
            return TooDeep(document, deepMarker, claims);
        }

        MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(document.Body, SiteMarkdown.Pipeline);
        }
        catch (TooManyOpenDelimitersException e)
        {
            return TooDeep(
                document, document.BodyOffset + e.Offset, claims,
                "the paragraph leaves so many emphasis delimiters or brackets open over so much of its text that it cannot be read",
                "close the emphasis and the brackets, escape them with '\\', or split the paragraph");
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            var text = document.Source.Text;
            var start = document.BodyOffset;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return TooDeep(document, start, claims);
        }

        return FirstTooDeep(markdown) is { } tooDeep
            ? TooDeep(document, document.BodyOffset + tooDeep.Span.Start, claims)
            : new ParsedDocument(document, markdown, claims);
    }

    private static ParsedDocument TooDeep(
        SourceDocument document, int offset, ClaimPolicy claims,
        string message = "the markdown nests lists, quotes or emphasis too deeply to be read",
        string hint = "flatten the nesting; no page needs more than a few levels")
    {
        var diagnostic = Diagnostic.At(DiagnosticDescriptors.InvalidMarkdown, document.Source, offset, 0, message, hint);
        return new ParsedDocument(document, new MarkdownDocument(), claims, [diagnostic]);
    }

    // The parser lets inlines nest far deeper than the renderer will write them ("****...", thousands of
    // levels); the renderer counts every container it enters but a paragraph's own inline root. Finding the
    // first container past its limit here keeps the renderer, and every walk of the tree, within it.
    private static MarkdownObject? FirstTooDeep(MarkdownDocument markdown)
    {
        var limit = SiteMarkdown.Pipeline.MaximumNestingDepth;
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((markdown, 0));
        while (stack.TryPop(out var entry))
        {
            var (node, depth) = entry;
            if (node is ContainerBlock or ContainerInline && depth > limit)
            {
                return node;
            }

            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push((container[i], depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } root }:
                    PushChildren(stack, root, depth);
                    break;
                case ContainerInline container:
                    PushChildren(stack, container, depth + 1);
                    break;
            }
        }

        return null;
    }

    private static void PushChildren(Stack<(MarkdownObject Node, int Depth)> stack, ContainerInline container, int depth)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push((child, depth));
        }
    }
}
