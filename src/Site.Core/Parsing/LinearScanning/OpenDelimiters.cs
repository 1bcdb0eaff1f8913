using Markdig.Parsers;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>
/// The emphasis delimiters and brackets left open in one paragraph. Markdig keeps each one open until the end of the
/// paragraph (emphasis) or until it closes (brackets), nests every later inline inside the innermost, and walks down
/// through all of them for every inline it adds: a paragraph that opens thousands and then goes on costs their number
/// times its length (5,000 unclosed '_a' and 200,000 short lines: 20 s for 400 kB). The walking is counted as it is
/// incurred, each delimiter standing for the characters it is open over (to the paragraph's end, or to where a bracket
/// closes), and a paragraph is given up as too deeply nested once that passes
/// <see cref="SiteMarkdown.OpenDelimiterSteps"/> steps per character of the paragraph (counted from its first
/// delimiter, and as at least <see cref="SiteMarkdown.OpenDelimiterMinimumLength"/>).
/// </summary>
internal sealed class OpenDelimiters
{
    private long _steps;
    private int _first = -1;
    private int _end;

    /// <summary>One more is open, at <paramref name="position"/> in the paragraph's text, which ends at <paramref name="end"/>.</summary>
    /// <exception cref="TooManyOpenDelimitersException">The walking they stand for passes the paragraph's budget.</exception>
    public void Opened(InlineProcessor processor, int position, int end)
    {
        if (_first < 0)
        {
            (_first, _end) = (position, end);
        }

        _steps += _end - position;
        if (_steps > (long)SiteMarkdown.OpenDelimiterSteps * Math.Max(SiteMarkdown.OpenDelimiterMinimumLength, _end - _first + 1))
        {
            throw new TooManyOpenDelimitersException(processor.GetSourcePosition(position));
        }
    }

    /// <summary>A bracket opened earlier closed, or turned into text, at <paramref name="position"/>: it is not open over the rest.</summary>
    public void Closed(int position)
    {
        if (_first >= 0)
        {
            _steps -= _end - position;
        }
    }
}
