using Markdig;
using Site.Core.Parsing;
using Site.Core.Parsing.Claims;

namespace Site.Core.Tests.Parsing.Claims;

public sealed class ClaimAnchorsTests
{
    [Theory]
    [InlineData("Ketamine is an **NMDA** antagonist [@a].", "ketamine is an nmda antagonist.")]
    [InlineData("Ketamine  is\nan `NMDA` [antagonist](https://example.org) .", "ketamine is an nmda antagonist.")]
    [InlineData("Relapse fell by <5% (n = 40) [@a; @b].", "relapse fell by<5%(n=40).")]
    [InlineData("See [[ketamine]] and [[methadone|the other]].", "see ketamine and the other.")]
    [InlineData("CAFÉ Café", "café café")]
    public void Should_read_a_claim_without_citations_markup_case_or_spacing_between_words_and_signs(string markdown, string normalised)
    {
        // Given a claim with citations, markup, capitals and spacing
        var document = Markdown.Parse(markdown, SiteMarkdown.Pipeline);
        var claim = ClaimFinder.Find(document, markdown).ShouldHaveSingleItem();

        // When its anchor text is read
        // Then its anchor is that of what readers see of it, in lower case, with one space only between two letters or digits
        claim.Anchor.ShouldBe(ClaimAnchors.Derive(normalised));
    }

    [Fact]
    public void Should_derive_claim_and_8_base32_characters_of_the_sha_256_of_the_utf_8_text()
    {
        // Given a normalised text
        // When its anchor is derived
        var anchor = ClaimAnchors.Derive("ketamine is an nmda antagonist.");

        // Then it is the first 40 bits of the text's SHA-256 in RFC 4648 base32, lower case
        var hash = System.Security.Cryptography.SHA256.HashData("ketamine is an nmda antagonist."u8);
        var bits = hash.Take(5).Aggregate(0UL, (a, b) => (a << 8) | b);
        anchor.ShouldBe("claim-" + new string([.. Enumerable.Range(0, 8).Select(i => "abcdefghijklmnopqrstuvwxyz234567"[(int)((bits >> (35 - (5 * i))) & 31)])]));
    }
}
