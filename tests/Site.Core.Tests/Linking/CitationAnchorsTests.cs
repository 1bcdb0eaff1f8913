using Site.Core.Linking;

namespace Site.Core.Tests.Linking;

public sealed class CitationAnchorsTests
{
    [Fact]
    public void Should_give_every_citation_its_number_as_its_id_whether_kept_or_not()
    {
        // Given the numbers of a long page's citations, past those whose ids are made once
        // When each is given its id
        // Then it is "cite-" and the number, in invariant digits, the same string for a kept number every time
        for (var n = 1; n <= 2000; n++)
        {
            CitationAnchors.Of(n).ShouldBe($"cite-{n}");
        }

        ReferenceEquals(CitationAnchors.Of(7), CitationAnchors.Of(7)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("cite-1", 3, true)]
    [InlineData("cite-3", 3, true)]
    [InlineData("cite-4", 3, false)]
    [InlineData("cite-0", 3, false)]
    [InlineData("cite-01", 3, false)]
    [InlineData("cite-+1", 3, false)]
    [InlineData("cite-", 3, false)]
    [InlineData("cite-1a", 3, false)]
    [InlineData("Cite-1", 3, false)]
    [InlineData("cite-600", 600, true)]
    [InlineData("cite-99999999999", 3, false)]
    public void Should_tell_a_body_citations_ids_from_any_other(string id, int citations, bool expected)
    {
        // Given an id and how many citations a body has
        // When asked whether it is one of theirs
        // Then only "cite-N" for N from 1 to their number, written as Of writes it, is
        CitationAnchors.IsOneOf(id, citations).ShouldBe(expected);
    }
}
