using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Parsing.Claims;

/// <summary>
/// Finds the claims of a body: every paragraph, leaf list item and table body row, except headings,
/// code, the content of <c>::: editorial</c> (and <c>::: unfinished</c>) blocks, and paragraphs made only of links. Each claim's
/// element gets <c>id="claim-N"</c> and <c>data-claim</c>, so the tree renders with its anchors.
/// </summary>
public static class ClaimFinder
{
    /// <summary>The container name that marks text as editorial rather than a claim.</summary>
    public const string EditorialContainer = "editorial";

    /// <summary>The element id of claim number <paramref name="number"/>.</summary>
    public static string AnchorOf(int number) => "claim-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Finds the claims of <paramref name="document"/> and marks their blocks; call once per freshly parsed tree.</summary>
    /// <param name="document">The tree.</param>
    /// <param name="text">The text it was parsed from, from <paramref name="offset"/> on (a file whose body follows its front matter).</param>
    /// <param name="offset">Where the parsed text starts in <paramref name="text"/>.</param>
    public static IReadOnlyList<Claim> Find(MarkdownDocument document, string text, int offset = 0)
    {
        var claims = new List<Claim>();
        Visit(document, new Source(text, offset), claims);
        return claims;
    }

    private readonly record struct Source(string Text, int Offset);

    /// <summary>
    /// Whether a block is an <c>::: editorial</c> container, or an <c>::: unfinished</c> one: the scaffold's
    /// instructions are no claim either, and the page is an error until they are gone.
    /// </summary>
    public static bool IsEditorial(Block block) =>
        (block is CustomContainer { Info: { } info } && string.Equals(info, EditorialContainer, StringComparison.OrdinalIgnoreCase))
        || UnfinishedMarker.IsBlock(block);

    private static void Visit(ContainerBlock container, Source markdown, List<Claim> claims)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case CustomContainer when IsEditorial(block):
                    break;
                case ParagraphBlock paragraph:
                    Add(paragraph, [paragraph], markdown, claims);
                    break;
                case ListItemBlock item when !item.Descendants<ListBlock>().Any():
                    Add(item, [.. item.Descendants<LeafBlock>()], markdown, claims);
                    break;
                case ListItemBlock item:
                    // Only the nested items are claims; the item's own lead-in ("Effects:") introduces them.
                    foreach (var child in item.OfType<ContainerBlock>().Where(c => !IsEditorial(c)))
                    {
                        Visit(child, markdown, claims);
                    }

                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                    {
                        Add(row, [.. row.Descendants<LeafBlock>()], markdown, claims);
                    }

                    break;
                case ContainerBlock nested:
                    Visit(nested, markdown, claims);
                    break;
            }
        }
    }

    private static void Add(Block block, IReadOnlyList<LeafBlock> all, Source markdown, List<Claim> claims)
    {
        var leaves = all.Where(l => !IsEditorialWithin(l, block)).ToArray();
        // An empty table cell is a paragraph with no text and no position: it neither makes a claim nor says where one starts.
        var paragraphs = leaves.OfType<ParagraphBlock>().Where(p => p.Inline is { FirstChild: not null } && !IsOnlyLinks(p.Inline)).ToArray();
        if (paragraphs.Length == 0)
        {
            return;
        }

        var citations = new List<CitationGroup>();
        foreach (var leaf in leaves)
        {
            if (leaf.Inline is { } inline)
            {
                citations.AddRange(inline.Descendants<CitationGroup>());
            }
        }

        // A table cell's paragraph starts at the padding after '|': the claim starts at its text.
        var start = paragraphs[0].Span.Start;
        while (markdown.Offset + start < markdown.Text.Length && markdown.Text[markdown.Offset + start] is ' ' or '\t')
        {
            start++;
        }

        var claim = new Claim(claims.Count + 1, block, start, citations);
        var attributes = block.GetAttributes();
        attributes.Id = claim.Anchor;
        attributes.AddProperty("data-claim", claim.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        claims.Add(claim);
    }

    /// <summary>Whether a block of a claim is inside an editorial block within the claim (in a list item, say), which keeps its text out.</summary>
    public static bool IsEditorialWithin(Block leaf, Block claim)
    {
        for (var block = leaf.Parent; block is not null && block != claim; block = block.Parent)
        {
            if (IsEditorial(block))
            {
                return true;
            }
        }

        return false;
    }

    // "See [[ketamine]]" says something; "[[ketamine]] · [[methadone]]" only points somewhere.
    private static bool IsOnlyLinks(ContainerInline inline)
    {
        var links = 0;
        foreach (var child in inline)
        {
            switch (child)
            {
                case LinkInline or WikiLink or AutolinkInline:
                    links++;
                    break;
                case LineBreakInline:
                    break;
                case LiteralInline literal when IsSeparator(literal.Content.AsSpan()):
                    break;
                case EmphasisInline emphasis when IsOnlyLinks(emphasis):
                    links++;
                    break;
                default:
                    return false;
            }
        }

        return links > 0;
    }

    private static bool IsSeparator(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && c is not ('|' or '·' or '•' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}
