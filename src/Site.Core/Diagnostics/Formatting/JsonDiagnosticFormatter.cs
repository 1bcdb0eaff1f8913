using System.Text;
using System.Text.Json;
using Site.Core.Text;

namespace Site.Core.Diagnostics.Formatting;

/// <summary>A JSON array of <c>{file, line, column, severity, code, message, hint}</c>.</summary>
public sealed class JsonDiagnosticFormatter : IDiagnosticFormatter
{
    /// <inheritdoc />
    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ReadableJson.Indented))
        {
            json.WriteStartArray();
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", diagnostic.Location.Path);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("severity", DiagnosticFormatters.SeverityName(diagnostic.Severity));
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                if (diagnostic.Hint is { } hint)
                {
                    json.WriteString("hint", hint);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
