using System.Text.Json;
using Site.Core.Search;

namespace Site.Core.Tests.Search;

public sealed class SearchTokenizerTests
{
    // The same examples pin the browser's tokenizer (Site.Browser.Tests' SearchTests): both sides cut text alike.
    public static TheoryData<string, string[]> Examples()
    {
        var data = new TheoryData<string, string[]>();
        var path = Path.Combine(AppContext.BaseDirectory, "Search", "tokenizer-examples.json");
        foreach (var example in JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray())
        {
            data.Add(example.GetProperty("text").GetString()!, [.. example.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!)]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_cut_text_into_folded_terms_of_letters_and_digits(string text, string[] terms)
    {
        // Given a text of the examples both tokenizers share

        // When it is cut into terms
        var found = SearchTokenizer.Terms(text);

        // Then the terms are the example's: decomposed, marks dropped, lower case, single characters left out
        found.ShouldBe(terms);
    }

    [Fact]
    public void Should_fold_text_as_its_terms_are_folded()
    {
        // Given text with capitals, marks, a ligature and a final sigma

        // When it is folded
        var folded = SearchTokenizer.Fold("Ärztliche ﬁndings ΟΔΟΣ");

        // Then it reads as the terms do
        folded.ShouldBe("arztliche findings οδοσ");
    }

    [Fact]
    public void Should_fold_every_character_of_the_folding_table_to_what_the_table_gives_it()
    {
        // Given every line of the folding table: a code point, then what it folds to (nothing: it is dropped)
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "src", "Site.Core", "Search", "folding.txt"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split(' ').Select(h => int.Parse(h, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToList();

        // When each code point is folded alone, and between two letters
        // Then it reads as the table says, each character of its folding in lower case (a final sigma as sigma)
        lines.Count.ShouldBeGreaterThan(5000);
        foreach (var line in lines.Where(l => l[0] is < 0xAC00 or > 0xD7A3))
        {
            var expected = string.Concat(line.Skip(1).Select(c => Lower(new System.Text.Rune(c)).ToString()));
            var character = char.ConvertFromUtf32(line[0]);
            SearchTokenizer.Fold(character).ShouldBe(expected, $"U+{line[0]:X4}");
            SearchTokenizer.Fold("é" + character + "Z").ShouldBe("e" + expected + "z", $"U+{line[0]:X4} between letters");
        }

        static System.Text.Rune Lower(System.Text.Rune rune) => System.Text.Rune.ToLowerInvariant(rune) is { Value: 'ς' } ? new System.Text.Rune('σ') : System.Text.Rune.ToLowerInvariant(rune);
    }

    [Fact]
    public void Should_count_the_terms_of_any_text_as_it_cuts_them_into_terms()
    {
        // Given texts of ASCII (counted without a folded copy) and not: letters of both cases, digits, punctuation, single
        // letters, runs longer than a term may be, and characters beyond ASCII among them and inside words (letters, marks,
        // a ligature, a no-break space and a dot that fold to separators, a letter beyond the BMP, Hangul)
        var random = new Random(11);
        const string Ascii = "abcXYZ019 .,;-_'()[]\n\t";
        string[] beyond = ["ü", "·", "\u00A0", "ﬁ", "e\u0301", "Σ", "ς", "한", "𝐀", "—", "Ø"];
        var texts = new List<string>();
        for (var t = 0; t < 400; t++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 200))
                .Select(_ => t % 2 == 1 && random.Next(6) == 0 ? beyond[random.Next(beyond.Length)] : Ascii[random.Next(Ascii.Length)].ToString());
            var text = string.Concat(chars);
            if (t % 5 == 0)
            {
                text += " " + new string('q', 38 + random.Next(6)) + " Müller ΟΔΟΣ";
            }

            texts.Add(text);
        }

        foreach (var text in texts)
        {
            // When its terms are counted, weighted
            var pool = new SearchTermPool();
            var counts = new Dictionary<int, int>();
            var length = SearchTokenizer.Count(text, 3, pool, counts);

            // Then each term counts three times for each time it occurs, and the length is the number of terms
            var terms = SearchTokenizer.Terms(text);
            length.ShouldBe(terms.Count, text);
            counts.ToDictionary(c => pool[c.Key], c => c.Value).ShouldBe(
                terms.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => 3 * g.Count()), ignoreOrder: true, text);
        }
    }
}
