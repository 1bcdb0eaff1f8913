using Site.Core.Text;

namespace Site.Core.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("ab\ncd", 0, 1, 1)]
    [InlineData("ab\ncd", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("ab\r\ncd", 2, 1, 3)]
    [InlineData("ab\r\ncd", 3, 1, 4)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\r\ncd", 5, 2, 2)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("ab\r\rcd", 4, 3, 1)]
    [InlineData("ab\n\r\ncd", 5, 3, 1)]
    [InlineData("a\nb\n", 2, 2, 1)]
    [InlineData("a\nb\n", 4, 3, 1)]
    [InlineData("", 0, 1, 1)]
    public void Should_locate_an_offset_as_a_one_based_line_and_column(string text, int offset, int line, int column)
    {
        // Given a text with LF, CRLF or lone CR line breaks
        var source = new SourceText("input/a.md", text);

        // When an offset is located
        var location = source.Locate(offset);

        // Then line and column count from 1, and each kind of break ends exactly one line
        (location.Line, location.Column).ShouldBe((line, column));
        location.Path.ShouldBe("input/a.md");
    }

    [Theory]
    [InlineData(5, 2, 3)]
    [InlineData(6, 2, 3)]
    [InlineData(1000, 2, 3)]
    [InlineData(-4, 1, 1)]
    public void Should_clamp_offsets_outside_the_text(int offset, int line, int column)
    {
        // Given a text of five characters on two lines
        var source = new SourceText("input/a.md", "ab\ncd");

        // When an offset before the start or past the end is located
        var location = source.Locate(offset);

        // Then it is clamped to the start or the end of the text
        (location.Line, location.Column).ShouldBe((line, column));
    }

    [Fact]
    public void Should_keep_the_length_to_underline()
    {
        // Given a text
        var source = new SourceText("input/a.md", "title: A\nsumary: x\n");

        // When a span is located
        var location = source.Locate(9, 6);

        // Then the location carries its length, and a negative length is taken as a point
        location.ShouldBe(new SourceLocation("input/a.md", 2, 1, 6));
        source.Locate(9, -1).Length.ShouldBe(0);
    }

    [Theory]
    [InlineData("one\ntwo\nthree", 3)]
    [InlineData("one\r\ntwo\r\nthree\r\n", 4)]
    [InlineData("one\rtwo", 2)]
    [InlineData("", 1)]
    public void Should_count_lines_as_an_editor_does(string text, int lines)
    {
        // Given a text
        // When its lines are counted
        // Then a trailing line break starts one more (empty) line: the end of the text is on the last
        new SourceText("a.md", text).Locate(text.Length).Line.ShouldBe(lines);
    }

    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "three")]
    [InlineData(4, "")]
    [InlineData(0, "")]
    [InlineData(9, "")]
    public void Should_return_a_line_without_its_line_break(int line, string expected)
    {
        // Given a CRLF text
        var source = new SourceText("a.md", "one\r\ntwo\r\nthree\r\n");

        // When a line is asked for
        // Then its text comes without the break, and a line that does not exist is empty
        source.GetLine(line).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 2)]
    [InlineData(10, 3)]
    public void Should_start_a_line_after_the_whole_previous_break(int offset, int line)
    {
        // Given a CRLF text
        var source = new SourceText("a.md", "one\r\ntwo\r\nthree");

        // When the offset after a break is located
        // Then it is the first column of the next line
        source.Locate(offset).ShouldBe(new SourceLocation("a.md", line, 1, 0));
    }

    [Fact]
    public void Should_keep_one_copy_of_a_line_however_many_diagnostics_quote_it()
    {
        // Given a long line
        var source = new SourceText("a.md", "one\n" + new string('x', 1_000_000) + "\nthree\n");

        // When it is asked for again and again, as every diagnostic on it does
        var first = source.GetLine(2);
        var again = source.GetLine(2);

        // Then it is the same string each time: a million-character line with ten thousand problems is held once, not ten thousand times
        first.Length.ShouldBe(1_000_000);
        ReferenceEquals(again, first).ShouldBeTrue();
    }
}
