using Site.Core.Editions;

namespace Site.Core.Tests.Editions;

public sealed class ClaimSimilarityTests
{
    [Fact]
    public void Should_find_a_one_word_edit_close()
    {
        // Given a claim and the same claim with one word changed
        const string before = "Ketamine reduced drinking days in the trial.";
        const string after = "Ketamine reduced heavy drinking days in the trial.";

        // When they are compared
        var close = AreClose(before, after);

        // Then they are close: 7 of the 8 words are shared
        close.ShouldBeTrue();
    }

    [Fact]
    public void Should_not_find_an_unrelated_claim_close()
    {
        // Given two claims about different things on one page
        const string before = "Ketamine reduced drinking days in the trial.";
        const string after = "Methadone maintenance lowers mortality among people who inject opioids.";

        // When they are compared
        var close = AreClose(before, after);

        // Then they are not
        close.ShouldBeFalse();
    }

    [Fact]
    public void Should_find_texts_close_when_exactly_half_of_all_their_words_are_shared()
    {
        // Given texts sharing 2 of the 4 words either uses ("a b c" and "a b d")
        var overlap = ClaimSimilarity.Overlap(ClaimSimilarity.Words("Alpha beta gamma."), ClaimSimilarity.Words("alpha BETA delta"));

        // When the rule is applied
        var close = ClaimSimilarity.IsClose(overlap);

        // Then the threshold is met: words compare without case or punctuation
        overlap.ShouldBe((2, 4));
        close.ShouldBeTrue();
    }

    [Fact]
    public void Should_not_find_texts_close_when_just_under_half_of_their_words_are_shared()
    {
        // Given texts sharing 2 of the 5 words either uses
        var overlap = ClaimSimilarity.Overlap(ClaimSimilarity.Words("alpha beta gamma"), ClaimSimilarity.Words("alpha beta delta epsilon"));

        // When the rule is applied
        var close = ClaimSimilarity.IsClose(overlap);

        // Then they are not close
        overlap.ShouldBe((2, 5));
        close.ShouldBeFalse();
    }

    [Fact]
    public void Should_not_find_two_texts_without_words_close()
    {
        // Given two texts of punctuation only
        // When they are compared
        var close = AreClose("—", "…");

        // Then they are not close: no word is shared
        close.ShouldBeFalse();
    }

    [Fact]
    public void Should_normalise_case_spacing_and_punctuation_but_keep_word_order()
    {
        // Given a text with capitals, runs of spaces and punctuation
        // When it is normalised
        var words = ClaimSimilarity.Normalised("  Ketamine,  an NMDA-receptor antagonist. ");

        // Then only its words remain, lower-cased, in order
        words.ShouldBe("ketamine an nmda receptor antagonist");
    }

    // How the edition comparer asks whether two claim texts are close.
    private static bool AreClose(string a, string b) => ClaimSimilarity.IsClose(ClaimSimilarity.Overlap(ClaimSimilarity.Words(a), ClaimSimilarity.Words(b)));
}
