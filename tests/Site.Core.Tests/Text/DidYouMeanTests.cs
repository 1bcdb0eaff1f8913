using Site.Core.Text;

namespace Site.Core.Tests.Text;

public sealed class DidYouMeanTests
{
    private static readonly string[] SubstanceFields = ["title", "aliases", "class", "mechanisms", "summary", "reviewed"];

    [Theory]
    [InlineData("sumary", "summary")]
    [InlineData("titel", "title")]
    [InlineData("mechanism", "mechanisms")]
    [InlineData("Summary", "summary")]
    [InlineData("TITLE", "title")]
    [InlineData("reveiwed", "reviewed")]
    public void Should_suggest_the_closest_field(string input, string expected)
    {
        // Given the fields of a substance
        // When a misspelt field is looked up
        // Then the field it most likely means is suggested
        DidYouMean.Find(input, SubstanceFields).ShouldBe(expected);
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("description")]
    public void Should_suggest_nothing_when_no_candidate_is_a_plausible_typo(string input)
    {
        // Given the fields of a substance
        // When a word that is not close to any is looked up
        // Then nothing is suggested
        DidYouMean.Find(input, SubstanceFields).ShouldBeNull();
        DidYouMean.Hint(input, SubstanceFields).ShouldBeNull();
    }

    [Fact]
    public void Should_prefer_a_case_only_difference_to_a_closer_spelling()
    {
        // Given candidates where one differs only in case, listed after an edit-distance-one candidate
        // When the word is looked up
        // Then the case-only match wins
        DidYouMean.Find("Ketamin", ["ketamine", "KETAMIN"]).ShouldBe("KETAMIN");
    }

    [Fact]
    public void Should_break_ties_in_ordinal_order_whatever_the_candidate_order()
    {
        // Given two candidates at the same distance
        // When the word is looked up with the candidates in either order
        // Then the ordinally first one is suggested both times
        DidYouMean.Find("cat", ["cut", "bat"]).ShouldBe("bat");
        DidYouMean.Find("cat", ["bat", "cut"]).ShouldBe("bat");
    }

    [Fact]
    public void Should_phrase_the_hint_as_a_question()
    {
        // Given an id with a typo
        // When a hint is made
        // Then it names the suggestion in quotes
        DidYouMean.Hint("ketamin", ["ketamine", "methadone"]).ShouldBe("did you mean 'ketamine'?");
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ketamine", "ketmaine", 1)]
    [InlineData("ca", "abc", 3)]
    public void Should_count_a_swap_of_neighbours_as_one_edit(string a, string b, int distance)
    {
        // Given two words
        // When their distance is measured
        // Then insertions, deletions, substitutions and adjacent swaps each cost one
        DidYouMean.Distance(a, b).ShouldBe(distance);
        DidYouMean.Distance(b, a).ShouldBe(distance);
    }
}
