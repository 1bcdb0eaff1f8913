using Markdig.Parsers;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>
/// The emphasis delimiters and brackets left open in one paragraph. Markdig keeps each one open until the end of the
/// paragraph (emphasis) or until it closes (brackets), nests every later inline inside the innermost, and walks down
/// through all of them for every inline it adds: a paragraph that opens thousands and then goes on costs their number
/// times its inlines (5,000 unclosed '_a' and 200,000 short lines: 20 s for 400 kB). The walking is counted as it is
/// incurred: each delimiter stands for the inlines that can start after it while it is open (a character some inline
/// parser opens at, a line break among them, but a letter only where an autolink starts: a run of text that no parser
/// takes is one inline), to the paragraph's end, or to where a bracket closes. A paragraph is given
/// up as too deeply nested once that passes <see cref="SiteMarkdown.OpenDelimiterSteps"/> steps per character of the
/// paragraph (counted from its first delimiter, and as at least <see cref="SiteMarkdown.OpenDelimiterMinimumLength"/>).
/// </summary>
internal sealed class OpenDelimiters
{
    private long _steps;
    private int _first = -1;
    private int _end;

    // Inline starts in the paragraph from its first delimiter on, and in the part before _counted.
    private long _starts;
    private long _startsBefore;
    private int _counted;

    /// <summary>One more is open, at <paramref name="position"/> in <paramref name="text"/>, the paragraph's, which ends at <paramref name="end"/>.</summary>
    /// <exception cref="TooManyOpenDelimitersException">The walking they stand for passes the paragraph's budget.</exception>
    public void Opened(InlineProcessor processor, string text, int position, int end)
    {
        if (_first < 0)
        {
            (_first, _end, _counted) = (position, end, position);
            _starts = Starts(processor, text, position, end);
        }

        _steps += StartsAfter(processor, text, position);
        if (_steps > (long)SiteMarkdown.OpenDelimiterSteps * Math.Max(SiteMarkdown.OpenDelimiterMinimumLength, _end - _first + 1))
        {
            throw new TooManyOpenDelimitersException(processor.GetSourcePosition(position));
        }
    }

    /// <summary>A bracket opened earlier closed, or turned into text, at <paramref name="position"/>: it is not open over the rest.</summary>
    public void Closed(InlineProcessor processor, string text, int position)
    {
        if (_first >= 0)
        {
            _steps -= StartsAfter(processor, text, position);
        }
    }

    // Positions only move forward, so the starts before each are counted once.
    private long StartsAfter(InlineProcessor processor, string text, int position)
    {
        if (position > _counted)
        {
            _startsBefore += Starts(processor, text, _counted, Math.Min(position, _end + 1) - 1);
            _counted = position;
        }

        return _starts - _startsBefore;
    }

    private static long Starts(InlineProcessor processor, string text, int from, int to)
    {
        var count = 0L;
        for (var at = from <= to ? processor.Parsers.IndexOfOpeningCharacter(text, from, to) : -1; at >= 0;
             at = at < to ? processor.Parsers.IndexOfOpeningCharacter(text, at + 1, to) : -1)
        {
            if (!char.IsAsciiLetter(text[at]) || StartsAutolink(text.AsSpan(at, Math.Min(8, to - at + 1))))
            {
                count++;
            }
        }

        return count;
    }

    // The starts of the autolinks extension's links, the only inlines that open at a letter.
    private static bool StartsAutolink(ReadOnlySpan<char> text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
