using System.Text;
using Markdig;
using Markdig.Syntax;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;
using Site.Core.Text;

namespace Site.Core.Tests.Parsing.Citations;

/// <summary>Runs the examples of citations.spec.md: markdown in, the citations the parser finds out.</summary>
public sealed class CitationSpecTests
{
    public static TheoryData<string, string, string> Examples() => SpecFile.Read(Path.Combine("Parsing", "Citations", "citations.spec.md"));

    [Fact]
    public void Should_have_examples()
    {
        // Given the spec file
        // When it is read
        // Then it holds the examples (a broken reader would silently run none)
        Examples().Count().ShouldBeGreaterThan(30);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_find_the_citations_of_each_example(string title, string markdown, string expected)
    {
        // Given an example's markdown
        // When it is parsed with the site pipeline
        var found = Describe(markdown);

        // Then the citations found are those the spec lists
        found.ShouldBe(expected, title);
    }

    internal static string Describe(string markdown)
    {
        var document = Markdown.Parse(markdown, SiteMarkdown.Pipeline);
        var source = new SourceText("spec.md", markdown);
        var lines = new List<string>();
        foreach (var group in document.Descendants<CitationGroup>())
        {
            var items = group.Items.Select(item =>
            {
                var location = source.Locate(item.KeyPosition);
                var (line, column) = (location.Line, location.Column);
                var text = new StringBuilder();
                if (item.Prefix is { } prefix)
                {
                    text.Append(prefix).Append(' ');
                }

                text.Append(item.Mode == CitationMode.SuppressAuthor ? "-@" : "@").Append(item.Key).Append($"({line}:{column})");
                if (item.Locator is { } locator)
                {
                    text.Append(", ").Append(locator);
                }

                return text.ToString();
            });
            lines.Add((group.InText ? "in text: " : string.Empty) + string.Join("; ", items));
        }

        return string.Join('\n', lines);
    }
}
