using Site.Core.Content;

namespace Site.Core.Tests.Content;

public sealed class AuthorTests
{
    [Theory]
    [InlineData("JL", "J. L.")]
    [InlineData("J", "J.")]
    [InlineData("J.L.", "J. L.")]
    [InlineData("JL.", "J. L.")]
    [InlineData("J-P", "J.-P.")]
    [InlineData("ABCD", "A. B. C. D.")]
    [InlineData("J. L.", "J. L.")]
    [InlineData("Mark A.", "Mark A.")]
    [InlineData("Jennifer", "Jennifer")]
    public void Should_give_initials_to_csl_processors_each_with_its_period_and_given_names_as_written(string given, string expected)
    {
        // Given a person's given names or initials as the front matter has them
        var author = new Author("Jones", given);

        // When they are given to CSL processors and BibTeX
        // Then initials are separate, each with its period, so that a style printing initials prints every one
        author.CslGiven.ShouldBe(expected);
        new Author("Jones", expected).Initials.ShouldBe(author.Initials);
    }

    [Fact]
    public void Should_have_no_given_names_for_an_organisation()
    {
        // Given an organisation
        var author = new Author("World Health Organization", null);

        // When its given names are asked for
        // Then there are none
        author.CslGiven.ShouldBeNull();
    }
}
