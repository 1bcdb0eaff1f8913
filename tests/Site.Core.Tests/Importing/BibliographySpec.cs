using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Importing;
using Site.Core.Loading;

namespace Site.Core.Tests.Importing;

/// <summary>
/// Runs an example of an importing spec file as <c>site import</c> meets a file: the bytes written to disk, read as
/// pages are read (a BOM dropped, UTF-8 decoded), the format recognised from the text, the file read. The spec writes
/// what cannot be seen with markers: <c>[BOM]</c> at the start for a byte order mark, <c>→</c> for a tab and
/// <c>␍</c> for a carriage return (a line ending in <c>␍</c> ends in CRLF).
/// </summary>
internal static class BibliographySpec
{
    private const string ByteOrderMark = "[BOM]";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file's bytes for an example's input.</summary>
    public static byte[] Bytes(string input)
    {
        var bom = input.StartsWith(ByteOrderMark, StringComparison.Ordinal);
        var text = (bom ? input[ByteOrderMark.Length..] : input).Replace('→', '\t').Replace('␍', '\r');
        return [.. (bom ? (byte[])[0xEF, 0xBB, 0xBF] : []), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>Reads an example's input as the file <c>spec{extension}</c>: the format recognised, and what it read.</summary>
    public static (IBibliographyFormat? Format, ImportedFile? File) Read(string input, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-spec-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(path, Bytes(input));
        try
        {
            var diagnostics = new DiagnosticBag();
            var source = SourceFileReader.Read(path, "spec" + extension, diagnostics).ShouldNotBeNull();
            diagnostics.ToSortedList().ShouldBeEmpty();
            var format = BibliographyFormats.Recognise(source.Text, extension);
            return (format, format?.Read(source));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// What a file read gives, as the spec writes it: a JSON array of the items, each with its source key as
    /// <c>id</c> and its evidence level as <c>evidence</c> (neither is part of the item), keys in alphabetical order;
    /// then one line per diagnostic.
    /// </summary>
    public static string Describe(ImportedFile file)
    {
        var items = new JsonArray();
        foreach (var entry in file.Entries)
        {
            var item = (JsonObject)entry.Item.DeepClone();
            if (entry.SourceKey is { } key)
            {
                item["id"] = key;
            }

            if (entry.Evidence is { } evidence)
            {
                item["evidence"] = EvidenceLevels.Name(evidence);
            }

            items.Add(item);
        }

        return Join(items, file.Diagnostics.Select(DiagnosticLine.Of));
    }

    /// <summary>An example's expected output in the same form: its JSON array re-written with sorted keys, its diagnostic lines as they are.</summary>
    public static string Canonical(string expected)
    {
        var lines = expected.Split('\n');
        var end = Array.IndexOf(lines, "]");
        end.ShouldBeGreaterThanOrEqualTo(0, "the expected output starts with a JSON array that ends with a line ']'");
        var json = JsonNode.Parse(string.Join('\n', lines[..(end + 1)])).ShouldNotBeNull();
        return Join(json, lines[(end + 1)..].Where(l => l.Length > 0));
    }

    private static string Join(JsonNode items, IEnumerable<string> diagnostics) =>
        string.Join('\n', [Sorted(items)!.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal), .. diagnostics]);

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
