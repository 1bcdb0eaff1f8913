namespace Site.Core.PostProcessing;

/// <summary>
/// Reads the tags of a page the render phase made, left to right, in one pass and without building a
/// tree: start and end tags with their names and id attributes, past comments, doctypes and the
/// content of raw-text elements (script, style, title, textarea), as an HTML tokenizer reads them.
/// The pages are our own output (content is escaped by the time it gets here), so it does not repair
/// markup; what it reports on any input is still where a tokenizer would see tags.
/// </summary>
internal ref struct HtmlTagScanner(ReadOnlySpan<char> html)
{
    private static readonly string[] RawTextElements = ["script", "style", "title", "textarea"];

    private readonly ReadOnlySpan<char> _html = html;
    private int _position;

    /// <summary>Where the current tag starts ('&lt;').</summary>
    public int TagStart { get; private set; }

    /// <summary>Just past the current tag's name: where an attribute can be inserted.</summary>
    public int NameEnd { get; private set; }

    /// <summary>Just past the current tag ('&gt;').</summary>
    public int TagEnd { get; private set; }

    /// <summary>Where the current tag's name starts.</summary>
    public int NameStart { get; private set; }

    /// <summary>The current tag's name as written (any case), read in place: no string per tag.</summary>
    public readonly ReadOnlySpan<char> Name => _html.Slice(NameStart, NameEnd - NameStart);

    /// <summary>True when the current tag is a heading, h1 to h6.</summary>
    public readonly bool IsHeading => Name is ['h' or 'H', >= '1' and <= '6'];

    /// <summary>True for an end tag.</summary>
    public bool IsEnd { get; private set; }

    /// <summary>The first id attribute's value, raw (entities not decoded), or -1 when the tag has none.</summary>
    public int IdStart { get; private set; }

    /// <summary>The length of the raw id value.</summary>
    public int IdLength { get; private set; }

    /// <summary>Moves to the next tag; false at the end of the page.</summary>
    public bool Next()
    {
        var text = _html;
        while (_position < text.Length)
        {
            var open = IndexOf(text, '<', _position);
            if (open < 0 || open + 1 >= text.Length)
            {
                break;
            }

            var next = text[open + 1];
            if (next == '!' || next == '?')
            {
                _position = SkipMarkupDeclaration(open);
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? open + 2 : open + 1;
            if (nameStart >= text.Length || !char.IsAsciiLetter(text[nameStart]))
            {
                _position = open + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < text.Length && !IsNameEnd(text[nameEnd]))
            {
                nameEnd++;
            }

            (TagStart, NameStart, NameEnd, IsEnd) = (open, nameStart, nameEnd, isEnd);
            (IdStart, IdLength) = (-1, 0);
            TagEnd = ReadAttributes(nameEnd, readId: !isEnd);
            _position = TagEnd;
            if (!isEnd && RawTextElement(Name) is { } rawText)
            {
                _position = RawTextEnd(rawText, TagEnd);
            }

            return true;
        }

        _position = text.Length;
        return false;
    }

    private static string? RawTextElement(ReadOnlySpan<char> name)
    {
        // Every tag asks: most are told by their first letter that they are none of the four.
        if (name.Length is < 5 or > 8 || (name[0] | 0x20) is not ('s' or 't'))
        {
            return null;
        }

        foreach (var element in RawTextElements)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
            {
                return element;
            }
        }

        return null;
    }

    private static bool IsNameEnd(char c) => c is '>' or '/' || char.IsWhiteSpace(c);

    private int ReadAttributes(int position, bool readId)
    {
        var text = _html;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '>')
            {
                return position + 1;
            }

            if (c == '/' || char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }

            var nameStart = position;
            while (position < text.Length && text[position] is not ('=' or '>' or '/') && !char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            var name = text.Slice(nameStart, position - nameStart);
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            if (position >= text.Length || text[position] != '=')
            {
                continue;
            }

            position++;
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            int valueStart, valueEnd;
            if (position < text.Length && text[position] is '"' or '\'')
            {
                var quote = text[position];
                valueStart = position + 1;
                valueEnd = IndexOf(text, quote, valueStart);
                valueEnd = valueEnd < 0 ? text.Length : valueEnd;
                position = Math.Min(text.Length, valueEnd + 1);
            }
            else
            {
                valueStart = position;
                while (position < text.Length && text[position] != '>' && !char.IsWhiteSpace(text[position]))
                {
                    position++;
                }

                valueEnd = position;
            }

            if (readId && IdStart < 0 && name.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                (IdStart, IdLength) = (valueStart, valueEnd - valueStart);
            }
        }

        return text.Length;
    }

    // Comments end at "-->", doctypes and other declarations at the next '>'.
    private readonly int SkipMarkupDeclaration(int open)
    {
        var text = _html;
        if (text[open..].StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = IndexOf(text, "-->", open + 4);
            return end < 0 ? text.Length : end + 3;
        }

        var close = IndexOf(text, '>', open);
        return close < 0 ? text.Length : close + 1;
    }

    // A raw-text element's content ends only at its own end tag.
    private readonly int RawTextEnd(string name, int from)
    {
        var text = _html;
        var position = from;
        while (true)
        {
            var end = IndexOf(text, "</", position);
            if (end < 0)
            {
                return text.Length;
            }

            var after = end + 2 + name.Length;
            if (after <= text.Length
                && text.Slice(end + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == text.Length || IsNameEnd(text[after])))
            {
                return end;
            }

            position = end + 2;
        }
    }

    // Where value is in text at or after start, as string.IndexOf tells it: -1 when it is not.
    private static int IndexOf(ReadOnlySpan<char> text, char value, int start)
    {
        var found = text[start..].IndexOf(value);
        return found < 0 ? -1 : start + found;
    }

    private static int IndexOf(ReadOnlySpan<char> text, string value, int start)
    {
        if (start > text.Length)
        {
            return -1;
        }

        var found = text[start..].IndexOf(value, StringComparison.Ordinal);
        return found < 0 ? -1 : start + found;
    }
}
