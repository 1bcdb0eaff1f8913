using System.Collections.Frozen;

namespace Site.Core.Text;

/// <summary>
/// Splits the plain text of a claim (a paragraph, list item or table row) into sentences, so that each
/// sentence can be checked for a citation. What matters is where sentences break and which sentence a
/// citation belongs to: a citation after a full stop belongs to the sentence it follows.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The citation placeholder: the text of a claim carries one of these where each citation stood.</summary>
    public const char Citation = '\uFFFC';

    // Matched in any case: "E.g.", "Vs." and "VOL." are the same abbreviations. Fig. is written "fig." as often.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyCase =
        FrozenSet.Create(
                StringComparer.OrdinalIgnoreCase,
                "e.g", "i.e", "al", "vs", "approx", "p", "pp", "fig", "figs", "cf", "ca", "no", "vol", "ed", "eds")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Matched only as written: "ms." ends a sentence about milliseconds, "Ms." does not.
    // U.S. and U.K. need no entry: they are read as initials.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExactCase =
        FrozenSet.Create(
                StringComparer.Ordinal,
                "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Longer words cannot be abbreviations, so the look back from a full stop stays bounded.
    private const int LongestAbbreviation = 6;

    /// <summary>Splits text into sentences; each range covers the sentence and the citations and closing punctuation that end it, without surrounding whitespace.</summary>
    /// <param name="text">Plain text with each citation replaced by <see cref="Citation"/>.</param>
    /// <returns>The sentences in order; none for empty text or text without letters or digits.</returns>
    public static IReadOnlyList<Range> Split(string text)
    {
        var sentences = new List<Range>();

        // The sentence being read: where it starts, and whether it has words or citations yet.
        var start = -1;
        var hasWords = false;
        var hasCitation = false;

        // Where a leading piece holding only citations started: the first sentence takes it in.
        var pendingStart = -1;

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (start < 0)
            {
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                start = i;
            }

            if (!IsTerminator(c))
            {
                hasCitation |= c == Citation;
                hasWords |= char.IsLetterOrDigit(c);
                i++;
                continue;
            }

            var stop = i;
            while (i < text.Length && IsTerminator(text[i]))
            {
                i++;
            }

            var afterStops = i;
            while (i < text.Length && IsCloser(text[i]))
            {
                i++;
            }

            // Citations after the stop, even after a space, still belong to this sentence.
            var end = i;
            var sawSpace = false;
            for (; i < text.Length; i++)
            {
                if (text[i] == Citation)
                {
                    hasCitation = true;
                    end = i + 1;
                }
                else if (char.IsWhiteSpace(text[i]))
                {
                    sawSpace = true;
                }
                else
                {
                    break;
                }
            }

            // An abbreviation's stop ends nothing, unless a closing bracket or a citation follows it:
            // then the stop doubles as the sentence's own ("as Dakwar et al.[@] Ketamine").
            var lonePeriod = afterStops == stop + 1 && text[stop] == '.' && end == afterStops;
            var breaks = i == text.Length
                || (sawSpace && StartsSentence(text[i]) && !(lonePeriod && EndsAbbreviation(text, start, stop)));
            if (breaks)
            {
                Close(end);
            }
        }

        if (start >= 0)
        {
            var end = text.Length;
            while (char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            Close(end);
        }

        return sentences;

        // A piece without letters or digits is no sentence; its citations join the sentence before it,
        // or the first sentence when none came before.
        void Close(int end)
        {
            if (hasWords)
            {
                sentences.Add(new Range(pendingStart >= 0 ? pendingStart : start, end));
                pendingStart = -1;
            }
            else if (hasCitation)
            {
                if (sentences.Count > 0)
                {
                    sentences[^1] = new Range(sentences[^1].Start, end);
                }
                else if (pendingStart < 0)
                {
                    pendingStart = start;
                }
            }

            start = -1;
            hasWords = false;
            hasCitation = false;
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«';

    private static bool BoundsWord(char c) =>
        char.IsWhiteSpace(c) || c is Citation or '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '/' or '—' or '–';

    // The word before the stop: back to whitespace or an opening bracket, at most a few characters.
    private static bool EndsAbbreviation(string text, int sentenceStart, int stop)
    {
        var first = stop;
        var limit = Math.Max(sentenceStart, stop - LongestAbbreviation - 1);
        while (first > limit && !BoundsWord(text[first - 1]))
        {
            first--;
        }

        if (first > sentenceStart && !BoundsWord(text[first - 1]))
        {
            return false;
        }

        var word = text.AsSpan(first, stop - first);
        return AnyCase.Contains(word) || ExactCase.Contains(word) || IsInitials(word);
    }

    // "J" in "J. Smith", "J.R" in "J.R. Smith" and "U.S": single capitals joined by stops.
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var ok = i % 2 == 0 ? char.IsUpper(word[i]) : word[i] == '.';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
