using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Core.Content;
using Site.Core.Importing;
using Site.Core.Text;

namespace Site.Core.Tests.Importing;

/// <summary>
/// Runs an import spec example: the source text in, and out what the reader made
/// of it, as a JSON array with one object per entry (<c>at</c> line:column, <c>key</c>, <c>evidence</c>, <c>csl</c>: the
/// CSL-JSON item), then one line per diagnostic: <c>line:column severity code</c>. Entries are compared as JSON, the
/// keys of items in any order, so a spec is written to be read.
/// </summary>
internal static class ImportSpec
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The example's input as the reader gets it: '␍' at the end of a line (the last one too) ends it with "\r\n".</summary>
    public static SourceText Source(string path, string input)
    {
        var text = input.Replace("␍\n", "\r\n", StringComparison.Ordinal);
        return new SourceText(path, text.EndsWith('␍') ? text[..^1] + "\r\n" : text);
    }

    /// <summary>What the reader made of the input, in the spec's form.</summary>
    public static string Describe(ImportedFile file)
    {
        var entries = new JsonArray();
        foreach (var entry in file.Entries)
        {
            var described = new JsonObject { ["at"] = $"{entry.Location.Line}:{entry.Location.Column}" };
            if (entry.SourceKey is { } key)
            {
                described["key"] = key;
            }

            if (entry.Evidence is { } evidence)
            {
                described["evidence"] = EvidenceLevels.Name(evidence);
            }

            described["csl"] = entry.Item.DeepClone();
            entries.Add(described);
        }

        var lines = file.Diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Code}");
        return string.Join('\n', [Write(entries), .. lines]);
    }

    /// <summary>The expected output in the same form as <see cref="Describe"/>: its JSON (up to the line "]") rewritten canonically, its diagnostic lines as they are.</summary>
    public static string Canonical(string expected)
    {
        var lines = expected.Split('\n');
        var end = Array.FindIndex(lines, l => l is "]" or "[]");
        if (end < 0)
        {
            throw new InvalidOperationException("the expected output has no JSON array ending in a line ']'");
        }

        var json = JsonNode.Parse(string.Join('\n', lines[..(end + 1)]))!;
        return string.Join('\n', [Write(json), .. lines[(end + 1)..]]);
    }

    // Entries keep their fields in a fixed order; inside an item, keys are sorted. A value short enough is on one line.
    private static string Write(JsonNode node)
    {
        var text = new StringBuilder();
        Write(text, node, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node, int depth)
    {
        var indent = new string(' ', 2 * depth);
        switch (node)
        {
            case JsonArray array when depth == 0 || Compact(array).Length > 72:
                if (array.Count == 0)
                {
                    text.Append("[]");
                    return;
                }

                text.Append("[\n");
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(indent).Append("  ");
                    Write(text, array[i], depth + 1);
                    text.Append(i < array.Count - 1 ? ",\n" : "\n");
                }

                text.Append(indent).Append(']');
                return;
            case JsonObject obj when depth <= 2 || Compact(obj).Length > 72:
                var keys = obj.ContainsKey("csl") ? ["at", "key", "evidence", "csl"] : obj.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
                var present = keys.Where(obj.ContainsKey).ToList();
                text.Append("{\n");
                for (var i = 0; i < present.Count; i++)
                {
                    text.Append(indent).Append("  ").Append(JsonSerializer.Serialize(present[i], Relaxed)).Append(": ");
                    Write(text, obj[present[i]], depth + 1);
                    text.Append(i < present.Count - 1 ? ",\n" : "\n");
                }

                text.Append(indent).Append('}');
                return;
            default:
                text.Append(Compact(node));
                return;
        }
    }

    private static string Compact(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray array => "[" + string.Join(", ", array.Select(Compact)) + "]",
        JsonObject obj => "{" + string.Join(", ", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key, Relaxed) + ": " + Compact(p.Value))) + "}",
        _ => node.ToJsonString(Relaxed),
    };
}
