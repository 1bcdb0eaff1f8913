using System.Text.Encodings.Web;
using System.Text.Json;

namespace Site.Core.Text;

/// <summary>
/// How the site writes JSON that programs and people read but no page inlines (diagnostics, SARIF, references.json,
/// claims.json): text as written, in UTF-8 ("Müller's", not "M\u00FCller\u0027s"), escaping only what JSON itself
/// requires (quotes, backslashes, control characters). JSON embedded in HTML (the pages' structured data) escapes
/// more, and is written elsewhere.
/// </summary>
internal static class ReadableJson
{
    /// <summary>Indented by two spaces with "\n" line ends, the same bytes on every platform.</summary>
    public static JsonWriterOptions Indented { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>On one line.</summary>
    public static JsonWriterOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
