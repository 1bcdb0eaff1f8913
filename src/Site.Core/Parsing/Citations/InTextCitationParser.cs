using Markdig.Helpers;
using Markdig.Parsers;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// Parses Pandoc's author-in-text citations: <c>@a found</c>, <c>@a [p. 3] found</c>, and <c>@a [p. 3; @b]</c> or
/// <c>@a [@b]</c>, where the bracket's further works join the citation. An '@' after a letter, a digit or
/// <c>. _ @ / : \</c> is part of a word, an e-mail address or a URL; code, autolinks and <c>\@</c> are parsed before
/// an '@' is seen. Whether the key names a reference is for the link phase: an '@word' that names none reads as text.
/// </summary>
public sealed class InTextCitationParser : InlineParser
{
    /// <summary>Creates the parser, triggered by '@'.</summary>
    public InTextCitationParser()
    {
        OpeningCharacters = ['@'];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var at = slice.Start;
        if (CitationKey.IsWordBefore(text, at))
        {
            return false;
        }

        var length = CitationKey.LengthAt(text.AsSpan(0, slice.End + 1), at + 1);
        if (length == 0)
        {
            return false;
        }

        var key = at + 1;
        var items = new List<CitationItem>
        {
            new(text.Substring(key, length), processor.GetSourcePosition(key, out _, out _), null, null, CitationMode.AuthorInText),
        };
        var end = key + length - 1;
        var open = SkipSpace(text, end + 1, slice.End);
        if (open <= slice.End && text[open] == '[' && ReadBracket(processor, text, open, slice.End, items) is var close and >= 0)
        {
            end = close;
        }

        processor.Inline = CitationBrackets.Group(processor, items, text, at, end);
        slice.Start = end + 1;
        return true;
    }

    // Pandoc's spaces and at most one line break between the key and its bracket.
    private static int SkipSpace(string text, int from, int end)
    {
        var i = from;
        var newline = false;
        while (i <= end && (text[i] is ' ' or '\t' || (text[i] == '\n' && !newline)))
        {
            newline |= text[i] == '\n';
            i++;
        }

        return i;
    }

    // The bracket after the key: a locator first ("[p. 3]"), or works ("[@b]"), then more works; its ']' or -1 when it is neither.
    private static int ReadBracket(InlineProcessor processor, string text, int open, int end, List<CitationItem> items)
    {
        if (open + 1 <= end && text[open + 1] == '^')
        {
            return -1;
        }

        var close = CitationBrackets.FindClose(text, open, end, requireAt: false);
        if (close < 0 || CitationBrackets.FollowedByLink(text, close, end))
        {
            return -1;
        }

        var first = CitationBrackets.PartEnd(text, open + 1, close);
        if (CitationBrackets.HasKey(text, open + 1, first))
        {
            return CitationBrackets.ReadParts(processor, text, open + 1, close, items) ? close : -1;
        }

        var locator = CitationBrackets.Clean(text[(open + 1)..first], trimComma: true);
        if (locator is null)
        {
            return -1;
        }

        if (first < close && !CitationBrackets.ReadParts(processor, text, first + 1, close, items))
        {
            return -1;
        }

        items[0] = items[0] with { Locator = locator };
        return close;
    }
}
