using System.Text;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// What the two citation parsers share: finding a bracket's end, and reading its ';'-separated parts, each a prefix,
/// keys and their locators (<c>see @a, p. 3; also @b</c>).
/// </summary>
internal static class CitationBrackets
{
    // Words that join two keys of one part ("as reviewed in @a and @b"): neither is a locator of the first.
    private static readonly string[] Joiners = ["and", "or", "&"];

    /// <summary>
    /// The closing ']' of the bracket opening at <paramref name="start"/>, with no nested brackets or code, and (when
    /// <paramref name="requireAt"/>) an '@' inside; -1 when there is none.
    /// </summary>
    public static int FindClose(string text, int start, int end, bool requireAt)
    {
        if (start + 1 > end || text[start + 1] == '[')
        {
            return -1;
        }

        var sawAt = !requireAt;
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

    /// <summary>
    /// Whether the ']' at <paramref name="close"/> opens a link's destination or label ("[@a](url)", "[@a][]"). A footnote
    /// reference after it ("[@a][^1]") is no label: the bracket is a citation and the note follows it.
    /// </summary>
    public static bool FollowedByLink(string text, int close, int end) =>
        close < end && (text[close + 1] == '(' || (text[close + 1] == '[' && !(close + 2 <= end && text[close + 2] == '^')));

    /// <summary>
    /// Reads the parts between <paramref name="from"/> and the ']' at <paramref name="close"/>, adding each part's works
    /// to <paramref name="items"/>; false (and nothing added) when a part holds no key.
    /// </summary>
    public static bool ReadParts(InlineProcessor processor, string text, int from, int close, List<CitationItem> items)
    {
        var count = items.Count;
        var segmentStart = from;
        for (var i = from; i <= close; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] is ';' or ']')
            {
                if (!AddPart(processor, text, segmentStart, i, items))
                {
                    items.RemoveRange(count, items.Count - count);
                    return false;
                }

                segmentStart = i + 1;
            }
        }

        return true;
    }

    /// <summary>The end (exclusive) of the first ';'-separated part starting at <paramref name="from"/> of a bracket closing at <paramref name="close"/>.</summary>
    public static int PartEnd(string text, int from, int close)
    {
        for (var i = from; i < close; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == ';')
            {
                return i;
            }
        }

        return close;
    }

    /// <summary>Whether the text between <paramref name="start"/> and <paramref name="end"/> holds a key that can start where it is written.</summary>
    public static bool HasKey(string text, int start, int end) => Keys(text, start, end).Count > 0;

    /// <summary>A part's text as a prefix or locator: white space (line breaks included) collapsed, a locator's leading comma dropped; null when empty.</summary>
    public static string? Clean(string text, bool trimComma)
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
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The key of the document data saying that a citation was parsed in it.</summary>
    public static readonly object Parsed = new();

    /// <summary>The group of <paramref name="items"/> written from <paramref name="start"/> to <paramref name="end"/> (inclusive).</summary>
    public static CitationGroup Group(InlineProcessor processor, List<CitationItem> items, string text, int start, int end)
    {
        processor.Document.SetData(Parsed, Parsed);
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var last = processor.GetSourcePosition(end, out _, out _);
        return new CitationGroup
        {
            Items = items,
            Written = text[start..(end + 1)],
            Span = new SourceSpan(position, last),
            Line = line,
            Column = column,
        };
    }

    // One part, "see @a, p. 3": a prefix, then keys each followed by their locator.
    private static bool AddPart(InlineProcessor processor, string text, int start, int end, List<CitationItem> items)
    {
        var keys = Keys(text, start, end);
        if (keys.Count == 0)
        {
            return false;
        }

        var itemStart = ItemStart(text, start, end);
        for (var k = 0; k < keys.Count; k++)
        {
            var (at, key, length) = keys[k];
            var suppressed = CitationKey.IsSuppressed(text, at, itemStart);
            var prefixEnd = suppressed ? at - 1 : at;
            var prefix = k == 0 ? Clean(text[start..prefixEnd], trimComma: false) : null;
            var locatorEnd = k + 1 < keys.Count ? KeyStart(text, keys[k + 1].At, itemStart) : end;
            var between = text[(key + length)..locatorEnd];
            var locator = Clean(k + 1 < keys.Count ? WithoutJoiner(between) : between, trimComma: true);
            var keyPosition = processor.GetSourcePosition(key, out _, out _);
            items.Add(new CitationItem(text.Substring(key, length), keyPosition, prefix, locator, suppressed ? CitationMode.SuppressAuthor : CitationMode.Normal));
        }

        return true;
    }

    // The keys of a part, each as its '@', the key's start and its length.
    private static List<(int At, int Key, int Length)> Keys(string text, int start, int end)
    {
        var itemStart = ItemStart(text, start, end);
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

        return keys;
    }

    private static int ItemStart(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    // Where a key's '@', or the '-' that suppresses its author, is written.
    private static int KeyStart(string text, int at, int itemStart) => CitationKey.IsSuppressed(text, at, itemStart) ? at - 1 : at;

    // The text between two keys less the word that joins them: "p. 3 and " is "p. 3", ", " and " and " are nothing.
    private static string WithoutJoiner(string between)
    {
        var text = between.TrimEnd();
        foreach (var joiner in Joiners)
        {
            if (text.EndsWith(joiner, StringComparison.OrdinalIgnoreCase)
                && (text.Length == joiner.Length || char.IsWhiteSpace(text[^(joiner.Length + 1)]) || text[^(joiner.Length + 1)] == ','))
            {
                text = text[..^joiner.Length];
                break;
            }
        }

        return text.TrimEnd().TrimEnd(',');
    }
}
