using Markdig;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Parsing.Claims;
using Site.Core.Text;

namespace Site.Core.Tests.Parsing.Claims;

/// <summary>Runs the examples of claims.spec.md: a body in, the claims found out, with their positions, keys and text.</summary>
public sealed class ClaimSpecTests
{
    public static TheoryData<string, string, string> Examples() => SpecFile.Read(Path.Combine("Parsing", "Claims", "claims.spec.md"));

    [Fact]
    public void Should_have_examples()
    {
        // Given the spec file
        // When it is read
        // Then it holds the examples (a broken reader would silently run none)
        Examples().Count().ShouldBeGreaterThan(25);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_find_the_claims_of_each_example(string title, string markdown, string expected)
    {
        // Given an example's body
        // When it is parsed with the site pipeline and its claims are found
        var found = Describe(markdown);

        // Then the claims are those the spec lists
        found.ShouldBe(expected, title);
    }

    private static string Describe(string markdown)
    {
        var document = Markdown.Parse(markdown, SiteMarkdown.Pipeline);
        var source = new SourceText("spec.md", markdown);
        var lines = ClaimFinder.Find(document, markdown).Select(claim =>
        {
            var location = source.Locate(claim.Start);
            var keys = string.Join(' ', claim.Citations.SelectMany(g => g.Items).Select(i => "@" + i.Key));
            var text = PassageText.OfBlock(claim.Block, link => link.Target);
            return $"{claim.Anchor} {location.Line}:{location.Column} [{keys}] {text}";
        });
        return string.Join('\n', lines);
    }
}
