namespace Site.Core.Parsing;

/// <summary>
/// A quick look at a markdown body, line by line, for list and quote nesting deeper than the parser takes, done
/// before the parser: Markdig's cost for such nesting grows with the square of its depth (a list indented one
/// level more on each of 3,000 lines takes a minute), and only then would it say the nesting is too deep.
/// It counts as the parser does: the document, one block for a quote, two for a list level (the list and its
/// item), and stops where that reaches the limit. The count is a lower bound of the parser's own (a lazy
/// continuation line, say, is taken to close what it does not), so a body it passes may still be found too deep
/// by the parser, and one it stops is too deep for certain.
/// </summary>
internal static class NestingScan
{
    /// <summary>The offset in <paramref name="text"/> of the first marker that takes the nesting past <paramref name="limit"/> blocks, or -1.</summary>
    public static int FirstTooDeep(string text, int start, int limit)
    {
        // The content column of each open list item, innermost last.
        var items = new Stack<int>();
        var fence = (Char: '\0', Length: 0);
        for (var lineStart = start; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOfAny(['\n', '\r'], lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var found = ScanLine(text, lineStart, lineEnd, items, ref fence, limit);
            if (found >= 0)
            {
                return found;
            }

            lineStart = lineEnd + 1;
        }

        return -1;
    }

    private static int ScanLine(string text, int start, int end, Stack<int> items, ref (char Char, int Length) fence, int limit)
    {
        var (position, column) = SkipSpaces(text, start, end, 0);
        if (position == end)
        {
            // A blank line closes nothing.
            return -1;
        }

        if (fence.Length > 0)
        {
            if (Run(text, position, end, fence.Char) >= fence.Length)
            {
                fence = ('\0', 0);
            }

            return -1;
        }

        while (items.TryPeek(out var content) && column < content)
        {
            items.Pop();
        }

        // The document, then two blocks for each open list level.
        var depth = 1 + (2 * items.Count);
        var listLevel = true;
        while (position < end)
        {
            var innermost = items.TryPeek(out var open) ? open : 0;
            if (listLevel && column >= innermost + 4)
            {
                // Indented code: nothing on it opens a container.
                return -1;
            }

            var c = text[position];
            if (c is '`' or '~' && Run(text, position, end, c) is >= 3 and var length)
            {
                fence = (c, length);
                return -1;
            }

            int markerEnd;
            if (c == '>')
            {
                markerEnd = position + 1;
                // Containers opened after a quote marker on this line are counted, not kept: the quote's lines
                // carry their own markers.
                listLevel = false;
            }
            else if ((markerEnd = ListMarkerEnd(text, position, end)) < 0)
            {
                return -1;
            }

            depth += c == '>' ? 1 : 2;
            if (depth > limit)
            {
                return position;
            }

            var markerColumn = column + (markerEnd - position);
            var (after, afterColumn) = SkipSpaces(text, markerEnd, end, markerColumn);
            if (listLevel && c != '>')
            {
                // The item's content starts after one to four spaces; with more, or none, one column after the marker.
                var contentColumn = after == end || afterColumn - markerColumn > 4 ? markerColumn + 1 : afterColumn;
                items.Push(contentColumn);
            }

            (position, column) = (after, afterColumn);
        }

        return -1;
    }

    // '-', '+' or '*', or one to nine digits and '.' or ')', followed by white space or the end of the line.
    private static int ListMarkerEnd(string text, int position, int end)
    {
        var c = text[position];
        var markerEnd = -1;
        if (c is '-' or '+' or '*')
        {
            markerEnd = position + 1;
        }
        else if (char.IsAsciiDigit(c))
        {
            var digits = position;
            while (digits < end && digits - position < 9 && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            if (digits < end && text[digits] is '.' or ')')
            {
                markerEnd = digits + 1;
            }
        }

        return markerEnd >= 0 && (markerEnd == end || text[markerEnd] is ' ' or '\t') ? markerEnd : -1;
    }

    private static (int Position, int Column) SkipSpaces(string text, int position, int end, int column)
    {
        while (position < end && text[position] is ' ' or '\t')
        {
            column = text[position] == '\t' ? column + 4 - (column % 4) : column + 1;
            position++;
        }

        return (position, column);
    }

    private static int Run(string text, int position, int end, char c)
    {
        var run = position;
        while (run < end && text[run] == c)
        {
            run++;
        }

        return run - position;
    }
}
