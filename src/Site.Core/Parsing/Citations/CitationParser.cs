using System.Text;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// Parses Pandoc citations: <c>[@a]</c>, <c>[@a; @b]</c>, <c>[@a, p. 3]</c>, <c>[see @a]</c>. A bracket
/// is a citation only when every ';'-separated part holds a key; anything else (an e-mail address in
/// brackets, a link) is left to the link parser. <c>\[@a]</c> never reaches here: the escape parser
/// takes "\[" first, and code spans are parsed before brackets.
/// </summary>
public sealed class CitationParser : InlineParser
{
    /// <summary>Creates the parser, triggered by '['.</summary>
    public CitationParser()
    {
        OpeningCharacters = ['['];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var close = FindClose(text, start, slice.End);
        // "[@a](url)" is a link whose text happens to start with '@'.
        if (close < 0 || (close < slice.End && text[close + 1] == '('))
        {
            return false;
        }

        var items = new List<CitationItem>();
        var segmentStart = start + 1;
        for (var i = start + 1; i <= close; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] is ';' or ']' && !AddSegment(processor, text, segmentStart, i, items))
            {
                return false;
            }

            if (text[i] == ';')
            {
                segmentStart = i + 1;
            }
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        var end = processor.GetSourcePosition(close, out _, out _);
        processor.Inline = new CitationGroup
        {
            Items = items,
            Written = text[start..(close + 1)],
            Span = new SourceSpan(position, end),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    // The closing ']' of a bracket with no nested brackets or code; -1 when there is none.
    private static int FindClose(string text, int start, int end)
    {
        if (start + 1 > end || text[start + 1] == '[')
        {
            return -1;
        }

        var sawAt = false;
        for (var i = start + 1; i <= end; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' or '`':
                    return -1;
                case '@':
                    sawAt = true;
                    break;
                case ']':
                    return sawAt ? i : -1;
            }
        }

        return -1;
    }

    // One ';'-separated part, "see @a, p. 3": a prefix, then keys each followed by their locator.
    private static bool AddSegment(InlineProcessor processor, string text, int start, int end, List<CitationItem> items)
    {
        var itemStart = start;
        while (itemStart < end && char.IsWhiteSpace(text[itemStart]))
        {
            itemStart++;
        }

        var span = text.AsSpan(0, end);
        var keys = new List<(int At, int Key, int Length)>();
        for (var i = itemStart; i < end; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] == '@' && CitationKey.CanStartAt(span, i, itemStart) && CitationKey.LengthAt(span, i + 1) is > 0 and var length)
            {
                keys.Add((i, i + 1, length));
                i += length;
            }
        }

        if (keys.Count == 0)
        {
            return false;
        }

        for (var k = 0; k < keys.Count; k++)
        {
            var (at, key, length) = keys[k];
            var prefixEnd = at > itemStart && text[at - 1] == '-' ? at - 1 : at;
            var prefix = k == 0 ? Clean(text[itemStart..prefixEnd], trimComma: false) : null;
            var locatorEnd = k + 1 < keys.Count ? keys[k + 1].At : end;
            var locator = Clean(text[(key + length)..locatorEnd], trimComma: true);
            var keyPosition = processor.GetSourcePosition(key, out _, out _);
            items.Add(new CitationItem(text.Substring(key, length), keyPosition, prefix, locator));
        }

        return true;
    }

    // Whitespace (line breaks included) collapsed, backslash escapes removed, a locator's leading comma dropped.
    private static string? Clean(string text, bool trimComma)
    {
        var trimmed = text.Trim();
        if (trimComma && trimmed.StartsWith(','))
        {
            trimmed = trimmed[1..].TrimStart();
        }

        if (trimmed.Length == 0)
        {
            return null;
        }

        var builder = new StringBuilder(trimmed.Length);
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '\\' && i + 1 < trimmed.Length && char.IsAscii(trimmed[i + 1]) && (char.IsPunctuation(trimmed[i + 1]) || char.IsSymbol(trimmed[i + 1])))
            {
                builder.Append(trimmed[++i]);
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
