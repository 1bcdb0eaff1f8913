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
}
