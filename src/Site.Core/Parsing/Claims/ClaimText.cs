using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.WikiLinks;
using Site.Core.Text;

namespace Site.Core.Parsing.Claims;

/// <summary>
/// A claim's text as the sentence check reads it: every citation one <see cref="SentenceSplitter.Citation"/>
/// character (an author-in-text citation its authors' names, then the character: "Jones et al.\uFFFC found"), and for
/// each character the body position it came from, so a sentence can be reported where it is written.
/// </summary>
public sealed class ClaimText
{
    private readonly List<(int Text, int Body, int Length)> _segments;

    private ClaimText(string text, List<(int, int, int)> segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The text, citations replaced by placeholders.</summary>
    public string Text { get; }

    /// <summary>Reads a claim's text.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="titleOf">The text of a wiki link without a label (the target's title).</param>
    /// <param name="wordsOf">How an author-in-text citation reads; without it, it is a citation like the others.</param>
    public static ClaimText Of(Claim claim, Func<WikiLink, string> titleOf, Func<CitationGroup, InTextWords?>? wordsOf = null)
    {
        var builder = new StringBuilder();
        var segments = new List<(int, int, int)>();
        IEnumerable<LeafBlock> leaves = claim.Block is LeafBlock leaf ? [leaf] : ((ContainerBlock)claim.Block).Descendants<LeafBlock>();
        foreach (var part in leaves)
        {
            if (part.Inline is null || ClaimFinder.IsEditorialWithin(part, claim.Block))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            Append(builder, segments, part.Inline, titleOf, wordsOf);
        }

        return new ClaimText(builder.ToString(), segments);
    }

    /// <summary>The body position of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int BodyPosition(int index)
    {
        // The last segment that starts at or before the index.
        var low = 0;
        var high = _segments.Count - 1;
        var found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_segments[middle].Text <= index)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (found < 0)
        {
            return _segments.Count > 0 ? _segments[0].Body : 0;
        }

        var (text, body, length) = _segments[found];
        return body + Math.Min(index - text, Math.Max(0, length - 1));
    }

    // Each piece of text with the body span it came from; a citation is one placeholder character, a line break a space of no span.
    // An in-text citation's names come before its placeholder, so that it covers the sentence it begins, not the one before.
    private static void Append(StringBuilder builder, List<(int, int, int)> segments, Inline inline, Func<WikiLink, string> titleOf, Func<CitationGroup, InTextWords?>? wordsOf) =>
        InlineText.Walk(inline, titleOf, (text, source) =>
        {
            switch (source)
            {
                case CitationGroup group when wordsOf?.Invoke(group) is { } words:
                    segments.Add((builder.Length, source.Span.Start, source.Span.Length));
                    builder.Append(words.Text);
                    if (words.Cites)
                    {
                        segments.Add((builder.Length, source.Span.Start, 1));
                        builder.Append(SentenceSplitter.Citation);
                    }

                    break;
                case CitationGroup:
                    segments.Add((builder.Length, source.Span.Start, 1));
                    builder.Append(SentenceSplitter.Citation);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                default:
                    segments.Add((builder.Length, source.Span.Start, source.Span.Length));
                    builder.Append(text);
                    break;
            }
        });
}
