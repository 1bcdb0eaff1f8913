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
        "[ ]", "- [ ] task", "[@", "]", " {#claim-dose}", "{#claim-a}\n", " {#Claim x}", "{#", "}", " | {#claim-b} |",
    ];

    [Fact]
    public void Should_number_and_anchor_claims_in_order_where_their_text_starts_for_random_input()
    {
        // Given 10,000 random bodies from a fixed seed: paragraphs, lists, quotes, tables, headings, code, editorial blocks and pins mixed with text
        // When each is parsed and its claims are found
        // Then nothing throws; the claims are numbered 1 to n in the order of the text; each has a pinned or derived anchor no other
        // claim of the body has, as its element's id; each starts on its text; none is in an editorial block; and each citation a
        // claim holds is inside it and in no other claim
        RandomInputs.Check(20_260_112, 10_000, random => RandomInputs.Text(random, Blocks, 30), markdown =>
        {
            var document = Markdown.Parse(markdown, SiteMarkdown.Pipeline);
            var claims = ClaimFinder.Find(document, markdown);
            var cited = new HashSet<CitationGroup>(ReferenceEqualityComparer.Instance);
            var previousStart = -1;
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                claim.Number.ShouldBe(i + 1);
                claim.Anchor.ShouldMatch(claim.IsPinned ? "^claim-[a-z0-9]+(-[a-z0-9]+)*$" : "^claim-[a-z2-7]{8}(-[0-9]+)?$");
                anchors.Add(claim.Anchor).ShouldBeTrue("no two claims share an anchor");
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

    [Fact]
    public void Should_move_no_other_claims_anchor_when_claims_are_inserted_deleted_moved_edited_or_cited()
    {
        // Given 1,000 random pages from a fixed seed: paragraphs, list items and table rows with text, markup, wiki links and
        // citations, some pinned, some saying the same as another, between headings and editorial blocks
        var random = new Random(20_261_202);
        var edits = 0;
        for (var page = 0; page < 1_000; page++)
        {
            var blocks = Enumerable.Range(0, random.Next(1, 16)).Select(_ => NewBlock(random)).ToList();
            var before = AnchorsOf(blocks);
            for (var step = 0; step < 20; step++)
            {
                // When one random edit is made: a claim inserted, deleted, moved, repeated elsewhere, its text edited, or a citation added to it
                var (edit, edited) = Edit(random, blocks);
                var after = AnchorsOf(blocks);
                edits++;

                // Then every claim that was on the page keeps its anchor, except the one whose text was edited, unless it is
                // pinned; only a claim that says what another says (before or after) may change, to "-2" after the first
                foreach (var (claim, anchor) in after.Anchors)
                {
                    if (!before.Anchors.TryGetValue(claim, out var old) || before.Repeated.Contains(claim) || after.Repeated.Contains(claim))
                    {
                        continue;
                    }

                    if (claim == edited && claim.Pin is null)
                    {
                        anchor.ShouldNotBe(old, $"page {page}, edit {step}: {edit} changes the edited claim's anchor{Environment.NewLine}{Written(blocks)}");
                    }
                    else
                    {
                        anchor.ShouldBe(old, $"page {page}, edit {step}: {edit} moves no other claim's anchor{Environment.NewLine}{Written(blocks)}");
                    }
                }

                before = after;
            }
        }

        edits.ShouldBe(20_000);
    }

    // A claim (a paragraph, a list item or a table row) or text that is no claim, as the property test writes it.
    private sealed class PageBlock(string kind, List<string> words, string? pin)
    {
        public string Kind { get; } = kind;

        public List<string> Words { get; } = words;

        public string? Pin { get; } = pin;

        public bool IsClaim => Kind is not ("heading" or "editorial");

        // What the anchor reads, by the test's own reckoning: no citations, markup or case; a wiki link as written.
        public string Normalised => string.Join(' ', Words.Where(w => !w.StartsWith(" [@", StringComparison.Ordinal)))
            .Replace("[[methadone|it]]", "it", StringComparison.Ordinal).Replace("[[", "", StringComparison.Ordinal).Replace("]]", "", StringComparison.Ordinal)
            .Replace("*", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).ToLowerInvariant();

        public override string ToString()
        {
            var text = string.Join(' ', Words).Replace("  [@", " [@", StringComparison.Ordinal) + "." + (Pin is null ? "" : " {#" + Pin + "}");
            return Kind switch
            {
                "list" => "- " + text,
                "row" => "| Dose | Effect |\n| --- | --- |\n| " + text + " | x |",
                "heading" => "## " + text,
                "editorial" => "::: editorial\n" + text + "\n:::",
                _ => text,
            };
        }
    }

    // No word that starts a list ("a.", "40."): every block the test writes as a claim is one.
    private static readonly string[] Words =
    [
        "ketamine", "Ketamine", "reduced", "use", "drinking", "relapse", "by", "half", "in", "the", "trial", "of", "40%", "patients", "0.5",
        "mg/kg", "<5%", "*fast*", "**onset**", "`NMDA`", "[[ketamine]]", "[[methadone|it]]", "é", "日本", "after", "one", "infusion",
    ];

    // A paragraph of links only is no claim: every block keeps a word that is not one.
    private static bool HasPlainWord(List<string> words) => words.Any(w => !w.StartsWith("[[", StringComparison.Ordinal) && !w.StartsWith(" [@", StringComparison.Ordinal));

    private static PageBlock NewBlock(Random random)
    {
        var kind = random.Next(10) switch
        {
            < 5 => "paragraph",
            < 7 => "list",
            < 8 => "row",
            8 => "heading",
            _ => "editorial",
        };
        List<string> words;
        do
        {
            words = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)])];
        }
        while (!HasPlainWord(words));

        var pin = random.Next(6) == 0 ? $"claim-pin-{random.Next():x}" : null;
        return new PageBlock(kind, words, pin);
    }

    private static (string Edit, PageBlock? Edited) Edit(Random random, List<PageBlock> blocks)
    {
        var claims = blocks.Where(b => b.IsClaim).ToList();
        switch (claims.Count == 0 ? 0 : random.Next(6))
        {
            case 0:
                blocks.Insert(random.Next(blocks.Count + 1), NewBlock(random));
                return ("an insertion", null);
            case 1:
                blocks.Remove(claims[random.Next(claims.Count)]);
                return ("a deletion", null);
            case 2:
                var moved = claims[random.Next(claims.Count)];
                blocks.Remove(moved);
                blocks.Insert(random.Next(blocks.Count + 1), moved);
                return ("a move", null);
            case 3:
                var copy = claims[random.Next(claims.Count)];
                blocks.Insert(random.Next(blocks.Count + 1), new PageBlock(random.Next(2) == 0 ? "paragraph" : "list", [.. copy.Words], null));
                return ("a repeat of another claim", null);
            case 4:
                var cited = claims[random.Next(claims.Count)];
                cited.Words.Insert(random.Next(cited.Words.Count + 1), $" [@key-{random.Next(5)}]");
                return ("a citation", null);
            default:
                var edited = claims[random.Next(claims.Count)];
                var was = edited.Normalised;
                var words = edited.Words.ToList();
                while (edited.Normalised == was || !HasPlainWord(edited.Words))
                {
                    edited.Words.Clear();
                    edited.Words.AddRange(words);
                    edited.Words[random.Next(edited.Words.Count)] = Words[random.Next(Words.Length)] + (random.Next(3) == 0 ? " patients" : "");
                }

                return ("an edit of its text", edited);
        }
    }

    private static string Written(List<PageBlock> blocks) => string.Join("\n\n", blocks);

    // Each claim's anchor, and the unpinned claims that say what another unpinned claim says.
    private static (Dictionary<PageBlock, string> Anchors, HashSet<PageBlock> Repeated) AnchorsOf(List<PageBlock> blocks)
    {
        var markdown = Written(blocks);
        var found = ClaimFinder.Find(Markdown.Parse(markdown, SiteMarkdown.Pipeline), markdown);
        var claims = blocks.Where(b => b.IsClaim).ToList();
        found.Count.ShouldBe(claims.Count, markdown);
        var anchors = new Dictionary<PageBlock, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < claims.Count; i++)
        {
            found[i].Anchor.ShouldBe(claims[i].Pin ?? found[i].Anchor, markdown);
            anchors.Add(claims[i], found[i].Anchor);
        }

        var repeated = claims.Where(c => c.Pin is null).GroupBy(c => c.Normalised).Where(g => g.Count() > 1).SelectMany(g => g);
        return (anchors, new HashSet<PageBlock>(repeated, ReferenceEqualityComparer.Instance));
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
