using System.Buffers;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.Claims;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Linking;

/// <summary>The plain text of the passage around an inline: its paragraph, list item or table row.</summary>
public static class PassageText
{
    /// <summary>The longest quote, in characters; longer passages are cut at a word and marked with '…'.</summary>
    public const int MaxLength = 280;

    /// <summary>The passage that contains <paramref name="inline"/>, without citations in brackets, whitespace collapsed.</summary>
    /// <param name="inline">A node inside the passage.</param>
    /// <param name="titleOf">The text of a wiki link without a label (the target's title).</param>
    /// <param name="wordsOf">How an author-in-text citation reads (the authors' names); without it, it is left out like the others.</param>
    public static string Of(Inline inline, Func<WikiLink, string> titleOf, Func<CitationGroup, InTextWords?>? wordsOf = null)
    {
        var root = (Inline)inline;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        var builder = Rent();
        if (root is ContainerInline { ParentBlock: { } block })
        {
            // A table row reads as one passage: its cells, in order.
            if (block.Parent is TableCell { Parent: TableRow row })
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    foreach (var leaf in cell.Descendants<LeafBlock>())
                    {
                        Append(builder.Length > 0 ? builder.Append(" · ") : builder, leaf.Inline, titleOf, wordsOf);
                    }
                }
            }
            else if (block is LeafBlock leaf)
            {
                Append(builder, leaf.Inline, titleOf, wordsOf);
            }
        }

        return Shorten(Collapsed(builder));
    }

    /// <summary>The text of a whole block (a paragraph, a list item, a table row), without citations in brackets, whitespace collapsed, not shortened.</summary>
    /// <param name="block">The block; a table row reads as its cells joined by " · ".</param>
    /// <param name="titleOf">The text of a wiki link without a label (the target's title).</param>
    /// <param name="wordsOf">How an author-in-text citation reads (the authors' names); without it, it is left out like the others.</param>
    /// <param name="editorial">Whether the text of editorial blocks within it counts (a page's whole text, as search reads it), or not (a claim's).</param>
    public static string OfBlock(Block block, Func<WikiLink, string> titleOf, Func<CitationGroup, InTextWords?>? wordsOf = null, bool editorial = false)
    {
        var builder = Rent();
        var separator = block is TableRow ? " · " : " ";
        IEnumerable<LeafBlock> leaves = block is LeafBlock leaf ? [leaf] : ((ContainerBlock)block).Descendants<LeafBlock>();
        foreach (var part in leaves)
        {
            if (part.Inline is null || (!editorial && ClaimFinder.IsEditorialWithin(part, block)))
            {
                continue;
            }

            Append(builder.Length > 0 ? builder.Append(separator) : builder, part.Inline, titleOf, wordsOf);
        }

        return Collapsed(builder);
    }

    /// <summary>How a page shows a wiki link without a label: the target's title; "[[#anchor]]" targets the page itself.</summary>
    internal static Func<WikiLink, string> TitlesFor(ParsedDocument from, IReadOnlyDictionary<string, ParsedDocument> byId) =>
        link => link.Target.Length == 0 ? from.Source.Title
            : byId.TryGetValue(link.Target, out var target) ? target.Source.Title : link.Target;

    // The text of the pieces: a citation in brackets has none, one in the text reads as the authors' names.
    private static StringBuilder Append(StringBuilder builder, Inline? inline, Func<WikiLink, string> titleOf, Func<CitationGroup, InTextWords?>? wordsOf)
    {
        InlineText.Walk(inline, titleOf, (text, _) => builder.Append(text), wordsOf);
        return builder;
    }

    // The text gathered in one builder per thread, reused passage after passage (a dense site has a quarter of a million),
    // lent while in use so that a passage read inside another gets a builder of its own.
    [ThreadStatic]
    private static StringBuilder? Gathered;

    private static StringBuilder Rent()
    {
        var builder = Gathered ?? new StringBuilder(1024);
        Gathered = null;
        return builder.Clear();
    }

    // The gathered text collapsed, and the builder given back. Collapsing writes at most one character for each it reads,
    // so it writes into an array of the gathered text's length, character by character, without a builder's checks.
    private static string Collapsed(StringBuilder gathered)
    {
        var collapsed = ArrayPool<char>.Shared.Rent(Math.Max(1, gathered.Length));
        try
        {
            var length = 0;
            foreach (var chunk in gathered.GetChunks())
            {
                length = Collapse(chunk.Span, collapsed, length);
            }

            var (start, end) = (0, length);
            while (start < end && char.IsWhiteSpace(collapsed[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(collapsed[end - 1]))
            {
                end--;
            }

            Gathered = gathered;
            return new string(collapsed, start, end - start);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(collapsed);
        }
    }

    // Appends the text, collapsed, to the first length characters of collapsed; returns the new length.
    private static int Collapse(ReadOnlySpan<char> text, char[] collapsed, int length)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                // Nor after an opening parenthesis: "([@a] and others)" reads "(and others)".
                if (length > 0 && collapsed[length - 1] is not (' ' or '('))
                {
                    collapsed[length++] = ' ';
                }
            }
            else
            {
                // A citation removed before punctuation leaves "claim ." (or "claim ;", "(claim )") behind.
                if (c is '.' or ',' or ';' or ':' or '!' or '?' or ')' && length > 0 && collapsed[length - 1] == ' ')
                {
                    length--;
                }

                // Parentheses that held only citations are left empty: drop them.
                if (c == ')' && length > 0 && collapsed[length - 1] == '(')
                {
                    length--;
                    if (length > 0 && collapsed[length - 1] == ' ')
                    {
                        length--;
                    }

                    continue;
                }

                collapsed[length++] = c;
            }
        }

        return length;
    }

    /// <summary>The text cut at a word before <see cref="MaxLength"/> and marked with '…' when longer.</summary>
    internal static string Shorten(string text) => Shorten(text, MaxLength, ",;:");

    /// <summary>The text cut at a word before <paramref name="maxLength"/>, without the <paramref name="trailing"/> punctuation left at the cut, and marked with '…' when longer.</summary>
    internal static string Shorten(string text, int maxLength, string trailing)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(trailing.ToCharArray()) + "…";
    }
}
