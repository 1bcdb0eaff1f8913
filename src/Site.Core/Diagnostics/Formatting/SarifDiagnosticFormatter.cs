using System.Text;
using System.Text.Json;
using Site.Core.Text;

namespace Site.Core.Diagnostics.Formatting;

/// <summary>SARIF 2.1.0 with one run, every rule described, one result per diagnostic.</summary>
public sealed class SarifDiagnosticFormatter : IDiagnosticFormatter
{
    /// <inheritdoc />
    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = DiagnosticRegistry.All;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ReadableJson.Indented))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "site");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Code);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Description);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Code);
                var index = IndexOf(rules, diagnostic.Descriptor);
                if (index >= 0)
                {
                    json.WriteNumber("ruleIndex", index);
                }

                json.WriteString("level", Level(diagnostic.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.Hint is { } hint ? $"{diagnostic.Message} ({hint})" : diagnostic.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", diagnostic.Location.Path);
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", diagnostic.Location.Line);
                json.WriteNumber("startColumn", diagnostic.Location.Column);
                if (diagnostic.Location.Length > 0)
                {
                    json.WriteNumber("endColumn", diagnostic.Location.Column + diagnostic.Location.Length);
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static int IndexOf(IReadOnlyList<DiagnosticDescriptor> rules, DiagnosticDescriptor descriptor)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Code == descriptor.Code)
            {
                return i;
            }
        }

        return -1;
    }
}
