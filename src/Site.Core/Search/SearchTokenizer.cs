using System.Globalization;
using System.Text;

namespace Site.Core.Search;

/// <summary>
/// How the search index and the browser's query engine (theme/assets/search.js) cut text into terms, by the same rules
/// on both sides: compatibility decomposition (NFKD) with the marks dropped ("Müller" reads "muller", "ﬁ" reads "fi"),
/// lower case, final sigma read as sigma, and a term is a run of letters and digits (whole code points, so letters
/// beyond the BMP count). No stemming: "trial" and "trials" are two terms, which prefix matching of the word being
/// typed partly makes up for.
/// </summary>
public static class SearchTokenizer
{
    private const int HangulFirst = 0xAC00;
    private const int HangulLast = 0xD7A3;

    // What NFKD with the marks dropped makes of each character it changes (scripts/search-folding.py): the site runs with
    // invariant globalization, where string.Normalize leaves non-ASCII text as it is. Read when text first needs it (ASCII
    // never does), into the code points in order and their foldings end to end: 5,742 entries, a start-up's cost.
    private static (int[] CodePoints, int[] Starts, string Folded)? _folding;

    /// <summary>The shortest term indexed: single letters and digits match almost every record.</summary>
    public const int MinTermLength = 2;

    /// <summary>The longest term indexed, in UTF-16 units; a longer run of letters is no word a reader types.</summary>
    public const int MaxTermLength = 40;

    /// <summary>The text folded as terms are: decomposed, marks dropped, lower case.</summary>
    public static string Fold(string text)
    {
        // Most text is ASCII, which decomposes to itself and has no marks.
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= HangulFirst and <= HangulLast)
            {
                AppendHangul(builder, rune.Value);
            }
            else if (TryFold(rune.Value, out var folded))
            {
                foreach (var part in folded.EnumerateRunes())
                {
                    AppendLower(builder, part);
                }
            }
            else if (!IsMark(rune))
            {
                AppendLower(builder, rune);
            }
        }

        return builder.ToString();
    }

    /// <summary>The terms of <paramref name="text"/>, in order, repeats kept; terms shorter than <see cref="MinTermLength"/> or longer than <see cref="MaxTermLength"/> left out.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        var folded = Fold(text);
        foreach (var range in Ranges(folded))
        {
            terms.Add(folded[range]);
        }

        return terms;
    }

    /// <summary>Adds <paramref name="weight"/> to the count of each term of <paramref name="text"/>, by its number in <paramref name="pool"/>, once for each time it occurs; returns how many terms it has.</summary>
    internal static int Count(string text, int weight, SearchTermPool pool, Dictionary<int, int> counts)
    {
        // Folding goes character by character and leaves ASCII as its lower case, so ASCII that is neither letter nor digit
        // ends a term before and after folding alike: the text is cut there into words, an ASCII word is lowered on its own,
        // and only a word with other characters in it ("Müller", a table row's "·") is folded, without a folded copy of a
        // page's whole text.
        Span<char> lower = stackalloc char[MaxTermLength];
        var found = 0;
        var span = text.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var start = span[at..].IndexOfAnyExcept(AsciiSeparators);
            if (start < 0)
            {
                break;
            }

            start += at;
            var length = span[start..].IndexOfAny(AsciiSeparators);
            length = length < 0 ? span.Length - start : length;
            var word = span.Slice(start, length);
            if (System.Text.Ascii.IsValid(word))
            {
                if (length >= MinTermLength && length <= MaxTermLength)
                {
                    System.Text.Ascii.ToLower(word, lower, out var written);
                    Add(pool.IdOf(lower[..written]));
                }
            }
            else
            {
                var folded = Fold(word.ToString());
                foreach (var range in Ranges(folded))
                {
                    Add(pool.IdOf(folded.AsSpan()[range]));
                }
            }

            at = start + length;
        }

        return found;

        void Add(int id)
        {
            counts[id] = counts.GetValueOrDefault(id) + weight;
            found++;
        }
    }

    // The letters and digits of ASCII, which Ranges cuts terms of.
    private static readonly System.Buffers.SearchValues<char> LettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // The rest of ASCII: where every term ends, folded or not.
    private static readonly System.Buffers.SearchValues<char> AsciiSeparators = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !LettersAndDigits.Contains(c))));

    // Where the terms of folded text are: runs of letters and digits of an indexed length.
    private static List<Range> Ranges(string folded)
    {
        var ranges = new List<Range>();
        var start = -1;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            var width = 1;
            bool letter;
            if (c < 0x80)
            {
                letter = LettersAndDigits.Contains(c);
            }
            else
            {
                var rune = Rune.GetRuneAt(folded, i);
                letter = Rune.IsLetterOrDigit(rune);
                width = rune.Utf16SequenceLength;
            }

            if (letter)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                Add(ranges, start, i);
                start = -1;
            }

            i += width;
        }

        if (start >= 0)
        {
            Add(ranges, start, i);
        }

        return ranges;
    }

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Final sigma reads as sigma: the browser's toLowerCase writes it at the end of a word, C#'s never.
    private static void AppendLower(StringBuilder builder, Rune rune)
    {
        var lower = Rune.ToLowerInvariant(rune);
        if (lower.Value == 'ς')
        {
            builder.Append('σ');
        }
        else
        {
            Span<char> units = stackalloc char[2];
            builder.Append(units[..lower.EncodeToUtf16(units)]);
        }
    }

    // A Hangul syllable decomposes into its leading consonant, vowel and trailing consonant by Unicode's arithmetic (3.12).
    private static void AppendHangul(StringBuilder builder, int syllable)
    {
        var index = syllable - HangulFirst;
        builder.Append((char)(0x1100 + (index / 588)));
        builder.Append((char)(0x1161 + (index % 588 / 28)));
        if (index % 28 != 0)
        {
            builder.Append((char)(0x11A7 + (index % 28)));
        }
    }

    // What the table folds a code point to (empty: the code point is dropped); false when the table leaves it as it is.
    private static bool TryFold(int codePoint, out ReadOnlySpan<char> folded)
    {
        var (codePoints, starts, text) = _folding ??= ReadFolding();
        var at = Array.BinarySearch(codePoints, codePoint);
        folded = at < 0 ? default : text.AsSpan(starts[at], starts[at + 1] - starts[at]);
        return at >= 0;
    }

    // The table's lines: a code point, then what it folds to (empty: dropped), in hexadecimal.
    private static (int[] CodePoints, int[] Starts, string Folded) ReadFolding()
    {
        using var stream = typeof(SearchTokenizer).Assembly.GetManifestResourceStream("Site.Core.Search.folding.txt")
            ?? throw new InvalidOperationException("Site.Core lacks its folding table.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var entries = new List<(int CodePoint, int Start, int Length)>(6 * 1024);
        var folded = new StringBuilder(8 * 1024);
        Span<char> units = stackalloc char[2];
        foreach (var range in bytes.AsSpan().Split((byte)'\n'))
        {
            var line = bytes.AsSpan(range).TrimEnd((byte)'\r');
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            var (codePoint, start) = (-1, folded.Length);
            foreach (var part in line.Split((byte)' '))
            {
                var value = Hex(line[part]);
                if (codePoint < 0)
                {
                    codePoint = value;
                }
                else
                {
                    folded.Append(units[..new Rune(value).EncodeToUtf16(units)]);
                }
            }

            entries.Add((codePoint, start, folded.Length - start));
        }

        entries.Sort(static (a, b) => a.CodePoint.CompareTo(b.CodePoint));
        var codePoints = new int[entries.Count];
        var starts = new int[entries.Count + 1];
        var text = new StringBuilder(folded.Length);
        for (var i = 0; i < entries.Count; i++)
        {
            codePoints[i] = entries[i].CodePoint;
            starts[i] = text.Length;
            text.Append(folded, entries[i].Start, entries[i].Length);
        }

        starts[^1] = text.Length;
        return (codePoints, starts, text.ToString());
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }

        return value;
    }

    private static void Add(List<Range> ranges, int start, int end)
    {
        var length = end - start;
        if (length >= MinTermLength && length <= MaxTermLength)
        {
            ranges.Add(start..end);
        }
    }
}
