using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.PinnedAnchors;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Parsing.Claims;

/// <summary>
/// Finds the claims of a body: every paragraph, leaf list item and table body row, except headings,
/// code, the content of <c>::: editorial</c> (and <c>::: unfinished</c>) blocks, and paragraphs made only of links. Each claim's
/// element gets its anchor as its id (pinned with <c>{#claim-dose}</c> at its end, or derived from its text: see
/// <see cref="ClaimAnchors"/>) and <c>data-claim</c>, its number, so the tree renders with its anchors.
/// </summary>
public static class ClaimFinder
{
    /// <summary>The container name that marks text as editorial rather than a claim.</summary>
    public const string EditorialContainer = "editorial";

    /// <summary>
    /// Finds the claims of <paramref name="document"/>, marks their blocks with their anchors and takes the pins that end
    /// them out of the tree; call once per freshly parsed tree.
    /// </summary>
    /// <param name="document">The tree.</param>
    /// <param name="text">The text it was parsed from, from <paramref name="offset"/> on (a file whose body follows its front matter).</param>
    /// <param name="offset">Where the parsed text starts in <paramref name="text"/>.</param>
    public static IReadOnlyList<Claim> Find(MarkdownDocument document, string text, int offset = 0)
    {
        var claims = new List<Claim>();
        Visit(document, new Source(text, offset), claims);
        Anchor(claims);
        return claims;
    }

    // Pins first, in document order, then every other claim from its text: a claim's anchor depends on no other
    // claim, unless one is pinned to it or says the same (the second of two equal texts is "-2", the third "-3").
    private static void Anchor(List<Claim> claims)
    {
        var taken = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim.Pins.Count == 0)
            {
                continue;
            }

            var pins = new List<ClaimPin>(claim.Pins.Count);
            foreach (var written in claim.Pins)
            {
                var id = written.Id;
                ClaimPin pin;
                if (!ClaimAnchors.IsValidPin(id))
                {
                    pin = written with { Problem = PinProblem.NotAnId };
                }
                else if (claim.Anchor.Length > 0)
                {
                    pin = written with { Problem = PinProblem.SecondPin };
                }
                else if (taken.TryGetValue(id, out var other))
                {
                    pin = written with { Problem = PinProblem.UsedTwice, Other = other };
                }
                else
                {
                    taken.Add(id, claim);
                    claim.Anchor = id;
                    pin = written;
                }

                pins.Add(pin);
            }

            claim.Pins = pins;
        }

        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim.Anchor.Length > 0)
            {
                continue;
            }

            var derived = ClaimAnchors.Derive(claim.Block);
            if (taken.TryGetValue(derived, out var pinned) && pinned.IsPinned && pinned.Anchor == derived)
            {
                pinned.Pins = [.. pinned.Pins.Select(p => p.Problem == PinProblem.None && p.Id == derived ? p with { Problem = PinProblem.AnotherClaimsAnchor, Other = claim } : p)];
            }

            var id = derived;
            var n = next.GetValueOrDefault(derived, 2);
            while (!taken.TryAdd(id, claim))
            {
                id = derived + "-" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            next[derived] = n;
            claim.Anchor = id;
        }

        foreach (var claim in claims)
        {
            claim.Block.GetAttributes().Id = claim.Anchor;
        }
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
        var paragraphs = leaves.OfType<ParagraphBlock>().Where(p => p.Inline is { FirstChild: not null } && !IsOnlyLinks(p.Inline) && !IsOnlyMarks(p.Inline)).ToArray();
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

        var claim = new Claim(claims.Count + 1, block, start, citations, TakePins(leaves));
        var attributes = block.GetAttributes();
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

    // A pin ends a paragraph or a table cell of the claim, written straight in it (not inside emphasis). It leaves the
    // tree, and the space before it the text, so the claim reads and renders as if it were not there. In a footnote's
    // last paragraph the note's back-links come after it, and stay.
    private static List<ClaimPin> TakePins(IReadOnlyList<LeafBlock> leaves)
    {
        List<ClaimPin>? pins = null;
        foreach (var leaf in leaves)
        {
            var last = leaf.Inline?.LastChild;
            while ((last is LiteralInline literal && IsBlank(literal)) || last is FootnoteLink { IsBackLink: true })
            {
                last = last.PreviousSibling;
            }

            if (last is not PinnedAnchor pin)
            {
                continue;
            }

            for (var after = pin.NextSibling; after is not null;)
            {
                var next = after.NextSibling;
                if (after is LiteralInline)
                {
                    after.Remove();
                }

                after = next;
            }

            if (pin.PreviousSibling is LiteralInline before)
            {
                var content = before.Content;
                content.TrimEnd();
                before.Content = content;
                if (content.IsEmpty)
                {
                    before.Remove();
                }
            }

            pin.Remove();
            (pins ??= []).Add(new ClaimPin(pin, PinProblem.None));
        }

        return pins ?? [];
    }

    private static bool IsBlank(LiteralInline literal) => literal.Content.IsEmptyOrWhitespace();

    // A pin alone, or the paragraph Markdig adds to a note that ends in a list or code to hold its back-links.
    private static bool IsOnlyMarks(ContainerInline inline) =>
        inline.All(child => child is PinnedAnchor or FootnoteLink { IsBackLink: true } || (child is LiteralInline literal && IsBlank(literal)));

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
                case LineBreakInline or PinnedAnchor or FootnoteLink:
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
