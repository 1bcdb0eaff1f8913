using Site.Core.Text;

namespace Site.Core.Tests.Text;

/// <summary>Runs the examples of sentences.spec.md: a claim's text in, its sentences out.</summary>
public sealed class SentenceSplitterSpecTests
{
    // The spec writes citations as "[@]" so that examples stay readable.
    private const string Placeholder = "[@]";

    public static TheoryData<string, string, string> Examples() => SpecFile.Read(Path.Combine("Text", "sentences.spec.md"));

    [Fact]
    public void Should_have_examples()
    {
        // Given the spec file
        // When it is read
        // Then it holds the examples (a broken reader would silently run none)
        Examples().Count().ShouldBeGreaterThan(35);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_split_each_example_into_the_sentences_the_spec_lists(string title, string text, string expected)
    {
        // Given an example's text, with the placeholder where each citation stood
        var claim = text.Replace(Placeholder, SentenceSplitter.Citation.ToString(), StringComparison.Ordinal);

        // When it is split
        var sentences = SentenceSplitter.Split(claim);

        // Then each sentence covers exactly the text the spec lists
        var found = string.Join('\n', sentences.Select(range => claim[range]))
            .Replace(SentenceSplitter.Citation.ToString(), Placeholder, StringComparison.Ordinal);
        found.ShouldBe(expected, title);
    }
}
