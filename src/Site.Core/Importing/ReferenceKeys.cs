using System.Text.Json.Nodes;
using Site.Core.Text;

namespace Site.Core.Importing;

/// <summary>
/// The citation key (and so the file name) of an imported entry: a source key that is already a valid id (and not
/// digits alone, as a PMID is) is kept;
/// otherwise the first author's family name and the year, folded to lower-case ASCII kebab (<c>Müller</c> gives
/// <c>muller-2019</c>); with no author, the title's first words and the year. A key already taken gets
/// <c>-b</c>, <c>-c</c>... in turn.
/// </summary>
public static class ReferenceKeys
{
    // How many of the title's words make a key when there is no author: enough to tell works apart, short enough to type.
    private const int TitleWords = 4;

    /// <summary>The key for <paramref name="entry"/>, not in <paramref name="taken"/> (which it is then added to).</summary>
    public static string For(ImportedEntry entry, ISet<string> taken)
    {
        // A key of digits alone is an identifier (MEDLINE's records are keyed by their PMID), not a name to cite by.
        var key = entry.SourceKey is { } source && Slug.IsKebab(source) && source.Any(char.IsAsciiLetter) ? source : Derive(entry.Item);
        if (taken.Add(key))
        {
            return key;
        }

        for (var suffix = 'b'; suffix <= 'z'; suffix++)
        {
            if (taken.Add($"{key}-{suffix}"))
            {
                return $"{key}-{suffix}";
            }
        }

        // Past -z (never reached by a real bibliography): -z2, -z3...
        for (var n = 2; ; n++)
        {
            var candidate = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key}-z{n}");
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private static string Derive(JsonObject item)
    {
        var year = Year(item);
        var name = FirstAuthor(item) is { Length: > 0 } family ? Slug.From(family) : string.Empty;
        if (name.Length == 0)
        {
            var title = item["title"]?.GetValue<string>() ?? string.Empty;
            name = string.Join('-', Slug.From(title).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(TitleWords));
        }

        if (name.Length == 0)
        {
            name = "reference";
        }

        return year is null ? name : $"{name}-{year}";
    }

    private static string? FirstAuthor(JsonObject item)
    {
        foreach (var variable in (string[])["author", "editor"])
        {
            if (item[variable] is JsonArray { Count: > 0 } names)
            {
                return names[0] switch
                {
                    JsonObject person when person["family"] is JsonValue family => family.GetValue<string>(),
                    JsonObject body when body["literal"] is JsonValue literal => literal.GetValue<string>(),
                    JsonValue text => Content.Author.Parse(text.GetValue<string>()).Family,
                    _ => null,
                };
            }
        }

        return null;
    }

    private static string? Year(JsonObject item) =>
        item["issued"] is JsonObject { } issued && issued["date-parts"] is JsonArray { Count: > 0 } parts
            && parts[0] is JsonArray { Count: > 0 } first && first[0] is JsonValue value
            ? value.ToString()
            : null;
}
