using System.Collections.Frozen;
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
    // invariant globalization, where string.Normalize leaves non-ASCII text as it is.
    private static readonly FrozenDictionary<int, string> Folding = ReadFolding();

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
            else if (Folding.TryGetValue(rune.Value, out var folded))
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
        // ASCII folds to its lower case and nothing else: each term is lowered on its own, without a folded copy of a
        // page's whole text.
        if (System.Text.Ascii.IsValid(text))
        {
            return CountAscii(text, weight, pool, counts);
        }

        var folded = Fold(text);
        var found = 0;
        foreach (var range in Ranges(folded))
        {
            var id = pool.IdOf(folded.AsSpan()[range]);
            counts[id] = counts.GetValueOrDefault(id) + weight;
            found++;
        }

        return found;
    }

    // Count for ASCII text: the same runs of letters and digits Ranges finds in its folded copy, each lowered as it is read.
    private static int CountAscii(string text, int weight, SearchTermPool pool, Dictionary<int, int> counts)
    {
        Span<char> lower = stackalloc char[MaxTermLength];
        var found = 0;
        var span = text.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var start = span[at..].IndexOfAny(LettersAndDigits);
            if (start < 0)
            {
                break;
            }

            start += at;
            var length = span[start..].IndexOfAnyExcept(LettersAndDigits);
            length = length < 0 ? span.Length - start : length;
            if (length >= MinTermLength && length <= MaxTermLength)
            {
                System.Text.Ascii.ToLower(span.Slice(start, length), lower, out var written);
                var id = pool.IdOf(lower[..written]);
                counts[id] = counts.GetValueOrDefault(id) + weight;
                found++;
            }

            at = start + length;
        }

        return found;
    }

    // The letters and digits of ASCII, which Ranges and CountAscii both cut terms of.
    private static readonly System.Buffers.SearchValues<char> LettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

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

    private static FrozenDictionary<int, string> ReadFolding()
    {
        using var stream = typeof(SearchTokenizer).Assembly.GetManifestResourceStream("Site.Core.Search.folding.txt")
            ?? throw new InvalidOperationException("Site.Core lacks its folding table.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            var folded = new StringBuilder();
            foreach (var part in parts.AsSpan(1))
            {
                folded.Append(char.ConvertFromUtf32(int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = folded.ToString();
        }

        return table.ToFrozenDictionary();
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
