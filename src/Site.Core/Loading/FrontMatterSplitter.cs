namespace Site.Core.Loading;

/// <summary>Finds YAML front matter between a first line '---' and the next line '---' or '...'.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Splits a file's text. Never throws; an unclosed block is reported by <see cref="FrontMatterSplit.IsClosed"/>.</summary>
    public static FrontMatterSplit Split(string text)
    {
        var firstEnd = LineEnd(text, 0, out var afterFirst);
        if (!IsFence(text, 0, firstEnd, allowDots: false))
        {
            return new FrontMatterSplit(false, false, 0, 0, 0);
        }

        var lineStart = afterFirst;
        while (lineStart < text.Length)
        {
            var end = LineEnd(text, lineStart, out var next);
            if (IsFence(text, lineStart, end, allowDots: true))
            {
                return new FrontMatterSplit(true, true, afterFirst, lineStart - afterFirst, next);
            }

            lineStart = next;
        }

        return new FrontMatterSplit(true, false, afterFirst, text.Length - afterFirst, text.Length);
    }

    private static bool IsFence(string text, int start, int end, bool allowDots)
    {
        // Trailing blanks are tolerated: editors leave them and they are invisible.
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        if (end - start != 3)
        {
            return false;
        }

        var span = text.AsSpan(start, 3);
        return span.SequenceEqual("---") || (allowDots && span.SequenceEqual("..."));
    }

    private static int LineEnd(string text, int start, out int next)
    {
        var index = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (index < 0)
        {
            next = text.Length;
            return text.Length;
        }

        var end = start + index;
        next = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        return end;
    }
}
