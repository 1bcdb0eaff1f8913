using System.Globalization;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.Claims;

namespace Site.Core.Tests.Parsing.Claims;

public sealed class ClaimFinderTests
{
    private static readonly string[] Blocks =
    [
        "\n\n", "\n", "- ", "* ", "1. ", "  - ", "> ", "## ", "Heading\n---\n", "::: editorial\n", ":::\n", "::: note\n", "```\ncode [@a]\n```\n",
        "    indented [@a]\n", "| a | b |\n|---|---|\n| c [@a] | d |\n| e | f |\n", "| x |\n", "---\n", "* * *\n", "<div>\n", "Term\n: Definition\n",
        "Ketamine blocks NMDA receptors", "It acts fast.", " [@jones-2018]", "[@a; @b]", "[[ketamine]]", " · ", "[text](u)", "**strong** and *em*",
        "[ ]", "- [ ] task", "[@", "]",
    ];

    [Fact]
    public void Should_number_claims_in_order_where_their_text_starts_for_random_input()
    {
        // Given 10,000 random bodies from a fixed seed: paragraphs, lists, quotes, tables, headings, code and editorial blocks mixed with text
        // When each is parsed and its claims are found
        // Then nothing throws; the claims are numbered 1 to n in the order of the text and anchored by that number; each starts
        // on its text; none is in an editorial block; and each citation a claim holds is inside it and in no other claim
        RandomInputs.Check(20_260_112, 10_000, random => RandomInputs.Text(random, Blocks, 30), markdown =>
        {
            var document = Markdown.Parse(markdown, SiteMarkdown.Pipeline);
            var claims = ClaimFinder.Find(document, markdown);
            var cited = new HashSet<CitationGroup>(ReferenceEqualityComparer.Instance);
            var previousStart = -1;
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                claim.Number.ShouldBe(i + 1);
                claim.Anchor.ShouldBe($"claim-{i + 1}");
                claim.Block.GetAttributes().Id.ShouldBe(claim.Anchor);
                claim.Block.GetAttributes().Properties.ShouldNotBeNull().ShouldContain(new KeyValuePair<string, string?>("data-claim", (i + 1).ToString(CultureInfo.InvariantCulture)));
                claim.Start.ShouldBeGreaterThan(previousStart, "claims in the order of the text");
                claim.Start.ShouldBeLessThan(markdown.Length);
                markdown[claim.Start].ShouldNotBeOneOf([' ', '\t', '\r', '\n'], "a claim starts on its text");
                for (var block = claim.Block; block is not null; block = block.Parent)
                {
                    ClaimFinder.IsEditorial(block).ShouldBeFalse("no claim in an editorial block");
                }

                foreach (var citation in claim.Citations)
                {
                    IsWithin(MarkdownTree.LeafOf(citation), claim.Block).ShouldBeTrue("a claim's citation is inside it");
                    cited.Add(citation).ShouldBeTrue("a citation belongs to one claim");
                }

                previousStart = claim.Start;
            }
        });
    }

    private static bool IsWithin(Block? block, Block claim)
    {
        for (; block is not null; block = block.Parent)
        {
            if (block == claim)
            {
                return true;
            }
        }

        return false;
    }
}
