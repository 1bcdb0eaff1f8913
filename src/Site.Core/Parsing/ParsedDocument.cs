using System.Runtime.CompilerServices;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Diagnostics;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.Claims;
using Site.Core.Parsing.Footnotes;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Parsing;

/// <summary>
/// A loaded document with its markdown syntax tree, parsed once and kept, and the nodes later phases
/// look for (links, citations, raw HTML, unfinished blocks), found in the same single walk so no phase walks the tree again.
/// A document is an identity: two parses of the same file are different documents.
/// </summary>
public sealed record ParsedDocument
{
    /// <summary>
    /// Parses nothing: wraps a tree freshly parsed from <paramref name="source"/>'s body and, unless
    /// <paramref name="claimPolicy"/> is off, finds its claims and marks their blocks with their anchors.
    /// </summary>
    public ParsedDocument(SourceDocument source, MarkdownDocument markdown, ClaimPolicy claimPolicy, IReadOnlyList<Diagnostic>? diagnostics = null)
    {
        Source = source;
        Markdown = markdown;
        ClaimPolicy = claimPolicy;
        Diagnostics = diagnostics ?? [];
        Claims = claimPolicy == ClaimPolicy.Off ? [] : ClaimFinder.Find(markdown, source.Source.Text, source.BodyOffset);
        _claimsByBlock = Claims.Count == 0 ? null : Claims.ToDictionary(c => (object)c.Block, c => c, ReferenceEqualityComparer.Instance);
        var links = new List<MarkdownObject>();
        var rawHtml = new List<MarkdownObject>();
        var citations = new List<CitationGroup>();
        var unfinished = new List<Block>();
        List<HeadingBlock>? headings = null;
        List<UnresolvedFootnote>? unresolved = null;
        List<FootnoteLinkReferenceDefinition>? unused = null;
        foreach (var node in markdown.Descendants())
        {
            if (node is Block block && UnfinishedMarker.IsBlock(block))
            {
                unfinished.Add(block);
            }
            else if (node is HeadingBlock heading)
            {
                (headings ??= []).Add(heading);
            }
            else if (node is WikiLink or LinkInline)
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
            else if (node is LiteralInline literal && UnresolvedFootnote.At(literal) is { } footnote)
            {
                (unresolved ??= []).Add(footnote);
            }
            else if (node is FootnoteLinkReferenceDefinition { Footnote.Order: < 0 } definition)
            {
                // Markdig drops a note nothing refers to from the page.
                (unused ??= []).Add(definition);
            }
        }

        LinkNodes = links;
        RawHtmlNodes = rawHtml;
        Citations = citations;
        UnfinishedBlocks = unfinished;
        UnresolvedFootnotes = unresolved ?? [];
        Headings = headings ?? [];
        UnusedFootnotes = unused ?? [];
        Url = Linking.SitePaths.UrlOf(source);
    }

    private readonly Dictionary<object, Claim>? _claimsByBlock;

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

    /// <summary>Every <c>::: unfinished</c> block (instructions still to delete), in document order.</summary>
    public IReadOnlyList<Block> UnfinishedBlocks { get; }

    /// <summary>Every heading, in document order.</summary>
    public IReadOnlyList<HeadingBlock> Headings { get; }

    /// <summary>Every <c>[^label]</c> that no note defines, shown as text, in document order.</summary>
    public IReadOnlyList<UnresolvedFootnote> UnresolvedFootnotes { get; }

    /// <summary>Every note (<c>[^label]: text</c>) that nothing refers to, left off the page, in document order.</summary>
    public IReadOnlyList<FootnoteLinkReferenceDefinition> UnusedFootnotes { get; }

    /// <summary>Whether the page still carries a marker of text to write, in its body or its front matter.</summary>
    public bool IsUnfinished => UnfinishedBlocks.Count > 0 || Source.FrontMatter.Unfinished.Count > 0;

    /// <summary>How the document's claims are checked; <see cref="ClaimPolicy.Off"/> means it has none.</summary>
    public ClaimPolicy ClaimPolicy { get; }

    /// <summary>Its claims, in document order (none when its kind's policy is off).</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The claim an inline (a citation, a link) is written in, or null.</summary>
    public Claim? ClaimOf(Inline inline)
    {
        if (_claimsByBlock is null)
        {
            return null;
        }

        var root = inline;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        for (Block? block = (root as ContainerInline)?.ParentBlock; block is not null; block = block.Parent)
        {
            if (_claimsByBlock.TryGetValue(block, out var claim))
            {
                return claim;
            }
        }

        return null;
    }

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
