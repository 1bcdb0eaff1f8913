using System.Runtime.CompilerServices;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Parsing;

/// <summary>
/// A loaded document with its markdown syntax tree, parsed once and kept, and the nodes later phases
/// look for (links, citations, raw HTML), found in the same single walk so no phase walks the tree again.
/// A document is an identity: two parses of the same file are different documents.
/// </summary>
public sealed record ParsedDocument
{
    /// <summary>Parses nothing: wraps a tree already parsed from <paramref name="source"/>'s body.</summary>
    public ParsedDocument(SourceDocument source, MarkdownDocument markdown, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        Source = source;
        Markdown = markdown;
        Diagnostics = diagnostics ?? [];
        var links = new List<MarkdownObject>();
        var rawHtml = new List<MarkdownObject>();
        var citations = new List<CitationGroup>();
        foreach (var node in markdown.Descendants())
        {
            if (node is WikiLink or LinkInline)
            {
                links.Add(node);
            }
            else if (node is CitationGroup citation)
            {
                citations.Add(citation);
            }
            else if (RawHtml.RawHtmlNodes.IsRawHtml(node))
            {
                rawHtml.Add(node);
            }
        }

        LinkNodes = links;
        RawHtmlNodes = rawHtml;
        Citations = citations;
        Url = Linking.SitePaths.UrlOf(source);
    }

    /// <summary>The URL of the document's page, e.g. "/substances/ketamine/".</summary>
    public string Url { get; }

    /// <summary>The loaded document.</summary>
    public SourceDocument Source { get; }

    /// <summary>Problems found while parsing.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The syntax tree of the body; spans are relative to the body.</summary>
    public MarkdownDocument Markdown { get; }

    /// <summary>Every wiki link and markdown link, in document order.</summary>
    public IReadOnlyList<MarkdownObject> LinkNodes { get; }

    /// <summary>Every raw HTML block and inline tag (not comments), in document order.</summary>
    public IReadOnlyList<MarkdownObject> RawHtmlNodes { get; }

    /// <summary>Every citation, in document order.</summary>
    public IReadOnlyList<CitationGroup> Citations { get; }

    /// <summary>The document id.</summary>
    public string Id => Source.Id;

    /// <summary>The document kind.</summary>
    public DocumentKind Kind => Source.Kind;

    /// <summary>The offset in the source file of a position in the body.</summary>
    public int FileOffset(int bodyPosition) => Source.BodyOffset + bodyPosition;

    /// <inheritdoc />
    public bool Equals(ParsedDocument? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
