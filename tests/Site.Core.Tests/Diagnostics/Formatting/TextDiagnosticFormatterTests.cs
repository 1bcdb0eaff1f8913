using Site.Core.Diagnostics;
using Site.Core.Diagnostics.Formatting;
using Site.Core.Text;
using Site.Core.Validation.Analyzers;

namespace Site.Core.Tests.Diagnostics.Formatting;

public sealed class TextDiagnosticFormatterTests
{
    [Fact]
    public void Should_write_location_severity_code_message_source_line_caret_and_hint()
    {
        // Given an unknown field at 3:1 with a did-you-mean hint
        // When it is formatted as text without colour
        var lines = new TextDiagnosticFormatter(color: false).Format(FormatterSamples.UnknownField).Split('\n');

        // Then the first line is 'path:line:col: severity code: message', then the source line, a caret under
        // the field, and the hint
        lines.ShouldBe(
        [
            "input/substances/ketamine.md:3:1: error unknown-field: unknown field 'sumary' in front matter",
            " 3 | sumary: A dissociative anaesthetic.",
            "   | ^^^^^^",
            "  = hint: did you mean 'summary'?",
            "",
        ]);
    }

    [Fact]
    public void Should_line_the_caret_up_with_the_column_after_a_tab()
    {
        // Given a broken link at 6:7, after a tab on its line
        // When it is formatted as text
        var lines = new TextDiagnosticFormatter(color: false).Format(FormatterSamples.BrokenLink).Split('\n');

        // Then the caret line starts its carets under the target, and there is no hint line
        lines[0].ShouldBe("input/substances/ketamine.md:6:7: error broken-link: no page has the id 'nowhere'");
        var source = lines[1];
        var caret = lines[2];
        source.ShouldEndWith("See [[nowhere]] and <b>.");
        source.ShouldNotContain("\t");
        caret.IndexOf('^').ShouldBe(source.IndexOf("nowhere", StringComparison.Ordinal));
        caret.Count(c => c == '^').ShouldBe("nowhere".Length);
        lines.Length.ShouldBe(4);
    }

    [Fact]
    public void Should_name_warnings_as_warnings()
    {
        // Given a raw HTML warning
        // When it is formatted as text
        var text = new TextDiagnosticFormatter(color: false).Format(FormatterSamples.RawHtml);

        // Then it says 'warning'
        text.ShouldStartWith("input/substances/ketamine.md:6:21: warning raw-html: ");
    }

    [Fact]
    public void Should_colour_only_when_asked()
    {
        // Given a diagnostic
        // When it is formatted with and without colour
        var plain = new TextDiagnosticFormatter(color: false).Format(FormatterSamples.UnknownField);
        var coloured = new TextDiagnosticFormatter(color: true).Format(FormatterSamples.UnknownField);

        // Then only the coloured text has escape sequences, and they are all that differs
        plain.ShouldNotContain("\u001b");
        coloured.ShouldContain("\u001b[");
        System.Text.RegularExpressions.Regex.Replace(coloured, "\u001b\\[[0-9;]*m", "").ShouldBe(plain);
    }

    [Fact]
    public void Should_write_every_diagnostic_in_order()
    {
        // Given three diagnostics
        // When they are written as text
        var text = FormatterSamples.Write(DiagnosticFormatters.For(DiagnosticFormat.Text), FormatterSamples.All);

        // Then each header line appears once, in order
        var headers = text.Split('\n').Where(l => l.StartsWith("input/", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]);
        headers.ShouldBe(["input/substances/ketamine.md:3:1:", "input/substances/ketamine.md:6:7:", "input/substances/ketamine.md:6:21:"]);
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(3)]
    [InlineData(99_990)]
    public void Should_show_a_long_line_only_around_the_caret(int index)
    {
        // Given a broken link in a line of 100,000 characters (a page written as one line, say)
        var line = new string('x', 100_000).Remove(index, 7).Insert(index, "nowhere");
        var source = new SourceText("input/long.md", "---\ntitle: Long\n---\n\n" + line + "\n");
        var diagnostic = Diagnostic.At(BrokenLinkAnalyzer.Descriptor, source, source.Text.IndexOf("nowhere", StringComparison.Ordinal), 7, "no page has the id 'nowhere'");

        // When it is formatted as text
        var lines = new TextDiagnosticFormatter(color: false).Format(diagnostic).Split('\n');

        // Then the line is cut to a few dozen characters around the problem, marked where it is cut, with the caret under the problem
        lines[0].ShouldBe($"input/long.md:5:{index + 1}: error broken-link: no page has the id 'nowhere'");
        lines[1].Length.ShouldBeLessThan(200);
        lines[1].StartsWith(" 5 | …", StringComparison.Ordinal).ShouldBe(index > 100);
        lines[1].EndsWith('…').ShouldBe(index < 99_900);
        lines[2].IndexOf('^').ShouldBe(lines[1].IndexOf("nowhere", StringComparison.Ordinal));
        lines[2].Count(c => c == '^').ShouldBe(7);
    }
}
