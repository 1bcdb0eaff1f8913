using System.Text;
using System.Text.Json;
using Site.Core.Diagnostics;
using Site.Core.Importing.Csl;
using Site.Core.Text;

namespace Site.Core.Importing.CslJson;

/// <summary>
/// Reads a CSL-JSON file into positioned values: its items (an array of them, or one object). JSON as hand-edited
/// files have it is taken (comments, a comma after the last item); a syntax error is reported at its line and
/// column, and the items before it are kept.
/// </summary>
internal static class CslJsonTree
{
    // An item nests a few levels (item, names, a name); far deeper is no bibliography.
    private const int MaxDepth = 64;

    /// <summary>The file's items, in order, every syntax error added to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<CslNode> Read(SourceText source, List<Diagnostic> diagnostics)
    {
        var text = source.Text;
        var first = text.StartsWith('\uFEFF') ? 1 : 0;
        var bytes = Encoding.UTF8.GetBytes(text, first, text.Length - first);
        var offsets = new Utf8Offsets(bytes, first);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = MaxDepth,
        });
        var items = new List<CslNode>();
        try
        {
            if (!reader.Read())
            {
                return items;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                // Item by item, so that the items before a syntax error are kept.
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Value(ref reader, offsets));
                }
            }
            else
            {
                items.Add(Value(ref reader, offsets));
            }

            // Anything after the items is an error the reader finds when asked for more.
            reader.Read();
        }
        catch (JsonException e)
        {
            var offset = offsets.CharOffset(offsets.ByteOffset(e.LineNumber ?? 0, e.BytePositionInLine ?? 0));
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.InvalidBibliography, source, offset, 1,
                $"the file is not valid JSON: {Describe(e)}",
                "check for a missing comma, quote or bracket near here"));
        }

        return items;
    }

    private static CslNode Value(ref Utf8JsonReader reader, Utf8Offsets offsets)
    {
        var start = offsets.CharOffset(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<CslMember>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    members.Add(new CslMember(name, Value(ref reader, offsets)));
                }

                return new CslMap(members, start);
            case JsonTokenType.StartArray:
                var items = new List<CslNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Value(ref reader, offsets));
                }

                return new CslList(items, start);
            default:
                var (value, kind) = reader.TokenType switch
                {
                    JsonTokenType.String => (reader.GetString(), CslScalarKind.String),
                    JsonTokenType.Number => (Encoding.UTF8.GetString(reader.ValueSpan), CslScalarKind.Number),
                    JsonTokenType.True => ("true", CslScalarKind.Boolean),
                    JsonTokenType.False => ("false", CslScalarKind.Boolean),
                    _ => (null, CslScalarKind.Null),
                };
                var end = offsets.CharOffset(reader.TokenStartIndex + reader.ValueSpan.Length + (reader.TokenType == JsonTokenType.String ? 2 : 0));
                return new CslScalar(value, kind, start, end - start);
        }
    }

    // System.Text.Json's message ends with where the error is, which the diagnostic shows in its own way.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var where = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (where > 0 ? message[..where] : message).Trim().TrimEnd('.');
        return message.Length == 0 ? "unexpected content" : char.ToLowerInvariant(message[0]) + message[1..];
    }
}
