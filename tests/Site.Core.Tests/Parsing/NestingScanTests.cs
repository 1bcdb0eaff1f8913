using Site.Core.Parsing;

namespace Site.Core.Tests.Parsing;

/// <summary>
/// The scan before parsing stops only markdown that is too deep for certain, at the marker one level past the
/// limit; anything a page really holds (code, fences, ordinary nesting) passes it.
/// </summary>
public sealed class NestingScanTests
{
    private const int Limit = 128;

    [Theory]
    [InlineData(63, -1)]
    [InlineData(64, 2 * 63)]
    public void Should_stop_list_markers_on_one_line_at_the_one_that_takes_the_blocks_past_the_limit(int markers, int expected)
    {
        // Given a line of '- ' markers, each opening a list and its item inside the one before (two blocks a level,
        // inside the document: 63 levels are 127 blocks, 64 are 129)
        var text = string.Concat(Enumerable.Repeat("- ", markers)) + "Deep.";

        // When it is scanned
        // Then up to the limit it passes; past it, the marker past the limit is where it stops
        NestingScan.FirstTooDeep(text, 0, Limit).ShouldBe(expected);
    }

    [Fact]
    public void Should_stop_a_list_indented_one_level_more_on_each_line_at_the_line_past_the_limit()
    {
        // Given 200 items, each indented two columns more than the one before
        var lines = Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item").ToArray();
        var text = string.Join("\n", lines);

        // When it is scanned
        var offset = NestingScan.FirstTooDeep(text, 0, Limit);

        // Then it stops at the 64th item's marker
        offset.ShouldBe(lines.Take(63).Sum(l => l.Length + 1) + (2 * 63));
    }

    [Theory]
    [InlineData("ordered items", "1. a\n   1. b\n      1. c\n")]
    [InlineData("mixed quotes and lists", "> - a\n>   - b\n> > c\n")]
    [InlineData("sibling items", "- a\n- b\n- c\n")]
    public void Should_pass_ordinary_nesting(string what, string markdown)
    {
        // Given ordinary nesting, repeated a thousand times
        var text = string.Concat(Enumerable.Repeat(markdown + "\n", 1000));

        // When it is scanned
        // Then it passes
        NestingScan.FirstTooDeep(text, 0, Limit).ShouldBe(-1, what);
    }

    [Fact]
    public void Should_pass_markers_inside_a_fenced_code_block()
    {
        // Given a fence holding 300 lines that would be a list nested 300 deep outside it, and a list after it
        var code = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- x\n"));
        var text = "Before.\n\n```yaml\n" + code + "```\n\n- after\n  - nested\n";

        // When it is scanned
        // Then none of it is nesting
        NestingScan.FirstTooDeep(text, 0, Limit).ShouldBe(-1);
    }

    [Fact]
    public void Should_pass_an_indented_code_block_whatever_it_holds()
    {
        // Given indented code lines that each start with 200 markers
        var text = "Before.\n\n" + string.Concat(Enumerable.Repeat("    " + string.Concat(Enumerable.Repeat("- ", 200)) + "\n", 10));

        // When it is scanned
        // Then it is code, not nesting
        NestingScan.FirstTooDeep(text, 0, Limit).ShouldBe(-1);
    }

    [Fact]
    public void Should_count_quote_markers_and_start_at_the_offset_given()
    {
        // Given front matter (skipped by the offset) and 200 quote markers
        var front = "---\ntitle: x\n---\n";
        var text = front + new string('>', 200) + " Deep.";

        // When it is scanned from the body
        // Then it stops at the 128th marker, the 129th block with the document
        NestingScan.FirstTooDeep(text, front.Length, Limit).ShouldBe(front.Length + 127);
    }

    [Theory]
    [InlineData("list", 63)]
    [InlineData("list", 64)]
    [InlineData("quote", 127)]
    [InlineData("quote", 128)]
    public void Should_agree_with_the_parser_on_where_the_limit_is(string kind, int levels)
    {
        // Given a list, one line a level, or a line of quote markers, this many levels deep
        var text = kind == "list"
            ? string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', 2 * i) + "- item\n"))
            : new string('>', levels) + " Deep.\n";

        // When it is scanned and parsed
        var passed = NestingScan.FirstTooDeep(text, 0, Limit) < 0;
        var parsed = true;
        try
        {
            Markdig.Markdown.Parse(text, SiteMarkdown.Pipeline);
        }
        catch (ArgumentException)
        {
            parsed = false;
        }

        // Then the scan passes exactly what the parser takes
        passed.ShouldBe(parsed);
    }
}
