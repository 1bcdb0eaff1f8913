using Site.Core.Diagnostics.Formatting;

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
}
