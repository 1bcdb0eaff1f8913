using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Site.Core.Parsing;

namespace Site.Core.Tests.Parsing;

/// <summary>
/// The scan before parsing: it finds nesting too deep for the parser in the forms Markdig takes quadratic time for,
/// and what it finds is a lower bound of Markdig's own nesting (Markdig's tree is the oracle), so it never stops a
/// body that Markdig reads within the limit.
/// </summary>
public sealed class NestingScanTests
{
    private const int Limit = 128;

    public static TheoryData<string, string, int, int> TooDeep => new()
    {
        // name, body, line and column (1-based, in the body) of the marker one past the limit
        { "containers", string.Concat(Enumerable.Repeat("::: note\n", 1_000)) + "Deep.\n" + string.Concat(Enumerable.Repeat(":::\n", 1_000)), 129, 1 },
        { "containers in a list item", "- x\n" + string.Concat(Enumerable.Repeat("  ::: note\n", 1_000)), 129, 3 },
        // the quote is a level of its own
        { "a list indented in a quote", string.Concat(Enumerable.Range(0, 1_000).Select(i => "> " + new string(' ', 2 * i) + "- x\n")), 128, 3 + (2 * 127) },
        { "containers in a quote", string.Concat(Enumerable.Repeat("> ::: note\n", 1_000)), 128, 3 },
        { "a list after code fenced in an item that ends", "- ```\nx\n" + string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- x\n")), 131, 1 + (2 * 128) },
        { "a list after a fence with a backtick in its info, which is text", "``` a`b\n" + string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- x\n")), 130, 1 + (2 * 128) },
        { "a list kept open by lazy lines", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- x\nlazy\n")), 257, 1 + (2 * 128) },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Should_find_nesting_past_the_limit_at_the_marker_one_past_it(string name, string body, int line, int column)
    {
        // Given a body nested far past the limit (name says how)
        _ = name;

        // When it is scanned
        var offset = NestingScan.FirstTooDeep(body, 0, Limit);

        // Then the scan stops at the marker one past the limit
        offset.ShouldBeGreaterThanOrEqualTo(0);
        var lines = body[..offset].Split('\n');
        (lines.Length, lines[^1].Length + 1).ShouldBe((line, column));
    }

    [Theory]
    [InlineData("a thematic break of dashes", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -\n")]
    [InlineData("ordered markers that cannot start a list after a paragraph", "Text\n2. a\n   2. b\n      2. c\n         2. d\n")]
    [InlineData("containers closed and opened again", "::: a\nx\n:::\n::: a\nx\n:::\n::: a\nx\n:::\n")]
    [InlineData("a list in an HTML block", "<div>\n- a\n  - b\n    - c\n      - d\n")]
    [InlineData("a list in an HTML comment", "<!--\n- a\n\n  - b\n    - c\n      - d\n-->\n")]
    public void Should_pass_what_markdig_nests_shallowly(string name, string body)
    {
        // Given a body Markdig nests at most a few levels deep (name says how), repeated
        _ = name;
        var repeated = string.Concat(Enumerable.Repeat(body + "\n", 200));

        // When it is scanned with a limit of 3, then nothing is too deep
        NestingScan.FirstTooDeep(repeated, 0, 3).ShouldBe(-1);
    }

    [Fact]
    public void Should_never_count_deeper_than_markdig_nests()
    {
        // Given random bodies of quote, list and container markers, indentation, fences, text and blank lines
        IReadOnlyList<string> vocabulary =
        [
            "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "-", "  ", "    ", "\t", "::: a\n", ":::\n", "::::\n", "```\n", "~~~\n", "``` a`\n",
            "\n", "\n\n", "text", "Text\n", "# h\n", "---\n", "***\n", "- - -\n", "<div>\n", "[x]: /u\n", "|a|\n",
        ];
        var pipeline = new MarkdownPipelineBuilder().UseCustomContainers().UseListExtras().UseDefinitionLists().UsePipeTables().Build();

        // When each is scanned with a small limit, then whenever the scan says too deep, Markdig nests deeper than the limit
        RandomInputs.Check(seed: 1202, count: 30_000, random => RandomInputs.Text(random, vocabulary, 30), body =>
        {
            if (NestingScan.FirstTooDeep(body, 0, 3) >= 0)
            {
                Depth(Markdown.Parse(body, pipeline)).ShouldBeGreaterThan(3);
            }
        });
    }

    // The most quotes, list items and containers around any block.
    private static int Depth(ContainerBlock container) =>
        container.OfType<ContainerBlock>().Select(c => Depth(c) + (c is QuoteBlock or ListItemBlock or CustomContainer ? 1 : 0)).DefaultIfEmpty(0).Max();
}
