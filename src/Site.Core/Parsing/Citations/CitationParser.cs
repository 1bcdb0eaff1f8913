using Markdig.Helpers;
using Markdig.Parsers;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// Parses Pandoc citations in brackets: <c>[@a]</c>, <c>[@a; @b]</c>, <c>[@a, p. 3]</c>, <c>[see @a]</c>,
/// <c>[-@a]</c>. A bracket is a citation only when every ';'-separated part holds a key; anything else (an e-mail
/// address in brackets, a link) is left to the link parser. <c>\[@a]</c> never reaches here: the escape parser takes
/// "\[" first, and code spans are parsed before brackets.
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
        var close = CitationBrackets.FindClose(text, start, slice.End, requireAt: true);
        // "[@a](url)" and "[@a][label]" are links whose text happens to start with '@'.
        if (close < 0 || CitationBrackets.FollowedByLink(text, close, slice.End))
        {
            return false;
        }

        var items = new List<CitationItem>();
        if (!CitationBrackets.ReadParts(processor, text, start + 1, close, items))
        {
            return false;
        }

        processor.Inline = CitationBrackets.Group(processor, items, text, start, close);
        slice.Start = close + 1;
        return true;
    }
}
