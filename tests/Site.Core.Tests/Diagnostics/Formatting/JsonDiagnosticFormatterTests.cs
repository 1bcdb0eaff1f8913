using System.Text.Json;
using Site.Core.Diagnostics.Formatting;

namespace Site.Core.Tests.Diagnostics.Formatting;

public sealed class JsonDiagnosticFormatterTests
{
    [Fact]
    public void Should_write_an_array_of_objects_with_file_line_column_severity_code_and_message()
    {
        // Given three diagnostics
        // When they are written as JSON
        using var json = JsonDocument.Parse(FormatterSamples.Write(new JsonDiagnosticFormatter(), FormatterSamples.All));

        // Then each is an object with the documented properties
        var items = json.RootElement.EnumerateArray().ToArray();
        items.Select(i => (
            i.GetProperty("file").GetString(),
            i.GetProperty("line").GetInt32(),
            i.GetProperty("column").GetInt32(),
            i.GetProperty("severity").GetString(),
            i.GetProperty("code").GetString(),
            i.GetProperty("message").GetString())).ShouldBe(
        [
            ("input/substances/ketamine.md", 3, 1, "error", "unknown-field", "unknown field 'sumary' in front matter"),
            ("input/substances/ketamine.md", 6, 7, "error", "broken-link", "no page has the id 'nowhere'"),
            ("input/substances/ketamine.md", 6, 21, "warning", "raw-html", "raw HTML is not passed through; readers will see it as text"),
        ]);
        items[0].GetProperty("hint").GetString().ShouldBe("did you mean 'summary'?");
        items[1].TryGetProperty("hint", out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_write_an_empty_array_when_there_is_nothing_to_report()
    {
        // Given no diagnostics
        // When they are written as JSON
        using var json = JsonDocument.Parse(FormatterSamples.Write(new JsonDiagnosticFormatter(), []));

        // Then the document is an empty array
        json.RootElement.ValueKind.ShouldBe(JsonValueKind.Array);
        json.RootElement.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Should_write_apostrophes_and_other_text_as_written_and_stay_valid_json()
    {
        // Given a diagnostic whose message and hint have apostrophes, non-ASCII text, quotes, a backslash and a tab
        // When it is written as JSON
        var text = FormatterSamples.Write(new JsonDiagnosticFormatter(), [FormatterSamples.WithProse]);

        // Then the text is there as written (no \u0027 or \u00FC), only what JSON requires is escaped, and it reads back the same
        text.ShouldContain($"\"message\": \"{FormatterSamples.ProseInJson}\"");
        text.ShouldContain($"\"hint\": \"{FormatterSamples.ProseInJson}\"");
        text.ShouldNotContain("\\u");
        using var json = JsonDocument.Parse(text);
        json.RootElement[0].GetProperty("message").GetString().ShouldBe(FormatterSamples.Prose);
        json.RootElement[0].GetProperty("hint").GetString().ShouldBe(FormatterSamples.Prose);
    }
}
