using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.Footnotes;

/// <summary>
/// A <c>[^label]</c> written in the text that no note defines: Markdig leaves it as text, "[", "^", the label and
/// "]" as separate literals, which readers see as written.
/// </summary>
/// <param name="Label">The label, without <c>^</c>.</param>
/// <param name="Start">Where its <c>[</c> is, in the body.</param>
/// <param name="Length">Its length, brackets included.</param>
public sealed record UnresolvedFootnote(string Label, int Start, int Length)
{
    /// <summary>Labels longer than this are not taken for footnote references (Markdig's link labels stop at 999).</summary>
    private const int MaxLabelLength = 999;

    /// <summary>The reference that starts at <paramref name="open"/>, a "[" left as text, or null when it is none.</summary>
    public static UnresolvedFootnote? At(LiteralInline open)
    {
        if (open.IsFirstCharacterEscaped || open.Content.Length != 1 || open.Content.CurrentChar != '['
            || open.NextSibling is not LiteralInline { IsFirstCharacterEscaped: false } caret || !caret.Content.AsSpan().StartsWith("^"))
        {
            return null;
        }

        var label = new System.Text.StringBuilder();
        for (Inline? node = caret; node is LiteralInline literal; node = node.NextSibling)
        {
            if (literal != caret && literal.IsFirstCharacterEscaped)
            {
                return null;
            }

            var skip = literal == caret ? 1 : 0;
            var text = literal.Content.AsSpan()[skip..];
            var close = text.IndexOf(']');
            var bracket = text.IndexOf('[');
            // A label holds no '[' and is short: each '[' looks only so far ahead, so a paragraph of them stays linear.
            if ((bracket >= 0 && (close < 0 || bracket < close)) || label.Length + (close < 0 ? text.Length : close) > MaxLabelLength)
            {
                return null;
            }

            if (close < 0)
            {
                label.Append(text);
                continue;
            }

            label.Append(text[..close]);
            var written = label.ToString();
            // "[^]" and "[^ a]" are no references.
            if (written.Length == 0 || char.IsWhiteSpace(written[0]))
            {
                return null;
            }

            var end = literal.Span.Start + skip + close;
            return new UnresolvedFootnote(written, open.Span.Start, end - open.Span.Start + 1);
        }

        return null;
    }
}
