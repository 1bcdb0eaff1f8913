using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Site.Core.Content;

namespace Site.Core.Importing;

/// <summary>
/// Writes a reference file in the site's own format from a CSL-JSON item: YAML front matter with the CSL variables
/// the site knows, in a fixed order (the ones every reference has first, the rest by name), <c>evidence</c> last, and
/// the editor's annotation as the body. Names whose given part is initials are written as the site writes them
/// (<c>Jones JL</c>); other persons as <c>{family, given}</c>; organisations as <c>{literal}</c>. The same item always
/// gives the same text.
/// </summary>
public static class ReferenceFileText
{
    // The order of the fields an editor reads first; any other variable follows, in ordinal order.
    private static readonly string[] Leading =
    [
        "type", "title", "author", "editor", "container-title", "collection-title", "publisher", "publisher-place",
        "edition", "issued", "accessed", "volume", "issue", "page", "DOI", "PMID", "PMCID", "URL",
    ];

    // Wider than this, a long text (an abstract) is folded onto several lines.
    private const int Width = 100;

    /// <summary>The whole file: front matter between <c>---</c> lines, then <paramref name="body"/> (empty for a new reference).</summary>
    /// <param name="item">The CSL item; <c>id</c> and any variable <paramref name="isKnown"/> refuses are left out.</param>
    /// <param name="evidence">The evidence level, or null for "not assessed".</param>
    /// <param name="isKnown">Which variables a reference's front matter takes.</param>
    /// <param name="body">The annotation, kept as it is.</param>
    public static string Write(JsonObject item, EvidenceLevel? evidence, Func<string, bool> isKnown, string body = "")
    {
        var yaml = new StringBuilder("---\n");
        var names = item.Select(p => p.Key).Where(k => k != "id" && k != "evidence" && isKnown(k)).ToList();
        foreach (var name in Leading.Where(names.Contains).Concat(names.Where(n => !Leading.Contains(n)).Order(StringComparer.Ordinal)))
        {
            WriteField(yaml, name, item[name]);
        }

        if (evidence is { } level)
        {
            yaml.Append("evidence: ").Append(EvidenceLevels.Name(level)).Append('\n');
        }

        yaml.Append("---\n");
        if (body.Length > 0)
        {
            yaml.Append(body.StartsWith('\n') ? body : "\n" + body);
        }

        return yaml.ToString();
    }

    /// <summary>A date of CSL-JSON as front matter writes it (<c>2018</c>, <c>2018-07</c>, <c>2018-07-24</c>), or null when it is not one.</summary>
    public static string? DateText(JsonNode? node)
    {
        if (node is not JsonObject date || date["date-parts"] is not JsonArray { Count: > 0 } all || all[0] is not JsonArray { Count: > 0 } parts)
        {
            return null;
        }

        var numbers = new List<int>();
        foreach (var part in parts.Take(3))
        {
            if (part is not JsonValue value || !int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            numbers.Add(number);
        }

        var text = string.Join('-', numbers.Select((n, i) => n.ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture)));
        return PartialDate.TryParse(text, out var parsed) ? parsed.ToString() : null;
    }

    private static void WriteField(StringBuilder yaml, string name, JsonNode? value)
    {
        switch (value)
        {
            case JsonArray names when names.Count > 0:
                yaml.Append(name).Append(":\n");
                foreach (var entry in names)
                {
                    yaml.Append("  - ").Append(Name(entry)).Append('\n');
                }

                break;
            case JsonObject date when DateText(date) is { } text:
                yaml.Append(name).Append(": ").Append(text).Append('\n');
                break;
            case JsonValue scalar when scalar.ToString() is { Length: > 0 } text:
                WriteText(yaml, name, text);
                break;
        }
    }

    private static string Name(JsonNode? entry) => entry switch
    {
        JsonObject person when Text(person, "family") is { } family =>
            (Text(person, "non-dropping-particle") ?? Text(person, "dropping-particle")) is { } particle
                ? Person(particle + " " + family, Text(person, "given"))
                : Person(family, Text(person, "given")),
        JsonObject body when Text(body, "literal") is { } literal => "{literal: " + Scalar(literal) + "}",
        JsonValue text => Scalar(text.ToString()),
        _ => "\"\"",
    };

    private static string Person(string family, string? given)
    {
        if (given is null)
        {
            return "{family: " + Scalar(family) + "}";
        }

        // "J. L.", "JL", "J-P": initials only, written as reference lists write them ("Jones JL"), which the site
        // reads back as the same family name and initials.
        var onlyInitials = given.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries).All(part => part.Length == 1 && char.IsUpper(part[0]))
            || (given.Length <= 4 && given.All(char.IsUpper));
        return onlyInitials
            ? Scalar($"{family} {new Author(family, given).Initials}")
            : "{family: " + Scalar(family) + ", given: " + Scalar(given) + "}";
    }

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.ToString() is { Length: > 0 } text ? text : null;

    private static void WriteText(StringBuilder yaml, string name, string text)
    {
        var prefix = name + ": ";
        if (prefix.Length + text.Length <= Width || !CanFold(text))
        {
            yaml.Append(prefix).Append(Scalar(text)).Append('\n');
            return;
        }

        // A folded block: each line break read back as one space, so the text comes back exactly.
        yaml.Append(name).Append(": >-\n");
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width - 2)
            {
                yaml.Append("  ").Append(line).Append('\n');
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        yaml.Append("  ").Append(line).Append('\n');
    }

    // Folding is exact only for one line of single-spaced words.
    private static bool CanFold(string text) =>
        !text.Contains("  ", StringComparison.Ordinal) && text.Trim() == text && !text.Any(c => char.IsControl(c) || c is '\u00A0' or '\u2028' or '\u2029');

    /// <summary>A YAML scalar: plain where YAML reads it back as the same string, double-quoted otherwise.</summary>
    public static string Scalar(string text)
    {
        if (IsPlain(text))
        {
            return text;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    // Plain only when nothing in it could be read as YAML syntax or as another type: starts with a letter, holds no
    // ': ', ' #', quote, bracket, brace or comma, does not end in ':', and is no YAML word (true, null, yes...).
    private static bool IsPlain(string text) =>
        text.Length > 0
        && char.IsLetter(text[0])
        && text.Trim() == text
        && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal)
        && !text.EndsWith(':')
        && !text.Any(c => c is '"' or '\'' or '[' or ']' or '{' or '}' or ',' or '\\' || char.IsControl(c))
        && !ReservedWords.Contains(text.ToLowerInvariant());

    private static readonly HashSet<string> ReservedWords = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf"];
}
