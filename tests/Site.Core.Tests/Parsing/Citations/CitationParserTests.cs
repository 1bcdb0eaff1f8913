using Markdig;
using Markdig.Syntax;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;

namespace Site.Core.Tests.Parsing.Citations;

public sealed class CitationParserTests
{
    private static readonly string[] Syntax =
    [
        "[", "]", "[@", "@", "@", "@jones-2018", "@a.b", "@a:b", "@_x", "@é", "-@a", "; ", ";", ", p. 3", "see ", " @b", "[@a]",
        "[see @jones-2018, pp. 33-35; @b]", "[-@a]", "\\[", "\\]", "\\@", "[[", "]]", "](u)", "(x)", "`code`", "x@y.org",
        "https://a.org/@b", "<b>", "> ", "- ", "    ", "```\n", "| a | b |\n|---|---|\n| ", "::: editorial\n", ":::\n", "---\n",
        " @a [p. 3]", "@a [@b]", "@𝒜", "𝟏", "![", "](x.png)", "(@", "as reviewed in ", " and ", "*see*", "\n",
    ];

    [Fact]
    public void Should_find_citations_only_where_their_keys_are_written_for_random_input()
    {
        // Given 20,000 random inputs from a fixed seed, mixing citation syntax (bracketed and in the text) with markdown, text and odd characters
        // When each is parsed with the site pipeline
        // Then nothing throws; each citation lies inside the text, from its '[' to its ']', apart from the others and, within
        // its paragraph, after the one before; and each key is a valid key, written after an '@' at the position recorded, in order
        RandomInputs.Check(20_260_109, 20_000, random => RandomInputs.Text(random, Syntax, 40), markdown =>
        {
            var document = Markdown.Parse(markdown, SiteMarkdown.Pipeline);
            var citations = document.Descendants<CitationGroup>().ToArray();
            foreach (var group in citations)
            {
                group.Span.End.ShouldBeLessThan(markdown.Length);
                group.Items.ShouldNotBeEmpty();
                // In brackets from '[' to ']'; in the text from the '@' to the key's end or its bracket's ']'.
                markdown[group.Span.Start].ShouldBe(group.InText ? '@' : '[');
                if (group.InText)
                {
                    (markdown[group.Span.End] == ']' || group.Span.End == group.Items[0].KeyPosition + group.Items[0].Key.Length - 1).ShouldBeTrue("an in-text citation ends at its key or its bracket");
                    group.Items.Skip(1).ShouldAllBe(i => i.Mode != CitationMode.AuthorInText);
                }
                else
                {
                    markdown[group.Span.End].ShouldBe(']');
                    group.Items.ShouldAllBe(i => i.Mode != CitationMode.AuthorInText);
                }

                var previousKey = group.Span.Start;
                foreach (var item in group.Items)
                {
                    item.KeyPosition.ShouldBeGreaterThan(previousKey, "keys in order");
                    (item.KeyPosition + item.Key.Length).ShouldBeLessThanOrEqualTo(group.Span.End + (group.InText ? 1 : 0));
                    markdown.Substring(item.KeyPosition, item.Key.Length).ShouldBe(item.Key);
                    markdown[item.KeyPosition - 1].ShouldBe('@');
                    CitationKey.LengthAt(item.Key, 0).ShouldBe(item.Key.Length, "a whole key");
                    previousKey = item.KeyPosition;
                }
            }

            MarkdownTree.ShouldBeApartAndInOrder(citations);
        });
    }

}
