using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Core.Parsing.PinnedAnchors;

/// <summary>
/// Parses <c>{#...}</c> followed only by spaces to the end of its line or to a table cell's '|'. Anything else
/// with a brace is text, as it always was; whether the pin ends a claim is the claim finder's to decide.
/// </summary>
public sealed class PinnedAnchorParser : InlineParser
{
    /// <summary>The longest pin read: past it the braces are text, so a stray '{#' never scans a whole line.</summary>
    public const int MaximumLength = 200;

    /// <summary>Creates the parser, triggered by '{'.</summary>
    public PinnedAnchorParser()
    {
        OpeningCharacters = ['{'];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '#')
        {
            return false;
        }

        var close = -1;
        var limit = Math.Min(slice.End, start + MaximumLength);
        for (var i = start + 2; i <= limit; i++)
        {
            if (text[i] is '}')
            {
                close = i;
                break;
            }

            if (text[i] is '\n' or '\r' or '{')
            {
                return false;
            }
        }

        if (close < 0 || !EndsLine(text, close + 1, slice.End))
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new PinnedAnchor
        {
            Written = text.Substring(start + 2, close - start - 2),
            Span = new SourceSpan(position, position + close - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    private static bool EndsLine(string text, int from, int end)
    {
        for (var i = from; i <= end; i++)
        {
            switch (text[i])
            {
                case ' ' or '\t':
                    continue;
                case '\n' or '\r' or '|':
                    return true;
                default:
                    return false;
            }
        }

        return true;
    }
}
