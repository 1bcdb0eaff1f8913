using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Site.Core.Content;

namespace Site.Core.Importing.Online;

/// <summary>
/// A DOI's CSL-JSON as the registration agencies answer content negotiation (Crossref, DataCite), made into an item
/// of the <see cref="ImportedEntry"/> contract. Crossref's answer is its own record in CSL's clothes: its own type
/// names (<c>journal-article</c>), titles as arrays in older answers, authors with <c>sequence</c> and
/// <c>affiliation</c>, and keys that are no CSL variable (<c>reference</c>, <c>link</c>, <c>license</c>,
/// <c>indexed</c>, <c>score</c>...). DataCite's adds <c>id</c> (the DOI's address) and <c>copyright</c>. Only CSL
/// variables are kept, each in its CSL shape.
/// </summary>
internal static partial class CslResponse
{
    // Crossref's work types (api.crossref.org/types) as CSL names them; a CSL type name passes unchanged.
    private static readonly Dictionary<string, string> CrossrefTypes = new(StringComparer.Ordinal)
    {
        ["journal-article"] = "article-journal",
        ["book-chapter"] = "chapter",
        ["book-section"] = "chapter",
        ["book-part"] = "chapter",
        ["book"] = "book",
        ["monograph"] = "book",
        ["edited-book"] = "book",
        ["reference-book"] = "book",
        ["proceedings"] = "book",
        ["proceedings-article"] = "paper-conference",
        ["posted-content"] = "article",
        ["reference-entry"] = "entry",
        ["dissertation"] = "thesis",
        ["report"] = "report",
        ["report-component"] = "report",
        ["dataset"] = "dataset",
        ["database"] = "dataset",
        ["standard"] = "standard",
        ["peer-review"] = "review",
        ["journal"] = "periodical",
        ["journal-issue"] = "periodical",
        ["journal-volume"] = "periodical",
    };

    // The CSL type for a work of a type neither CSL nor Crossref has.
    private const string Fallback = "document";

    private static readonly string[] NameParts = ["family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle"];

    /// <summary>
    /// The item for <paramref name="requested"/>'s answer. <paramref name="unknownType"/> is the answer's type when it
    /// had to be written as <c>document</c> (none, or one neither CSL nor Crossref has), else null.
    /// </summary>
    public static JsonObject ToItem(JsonObject answer, OnlineIdentifier requested, out string? unknownType)
    {
        var item = new JsonObject { ["type"] = Type(answer, out unknownType) };
        foreach (var (name, value) in answer)
        {
            if (name == "type" || CslVariables.Find(name) is null || Clean(name, value) is not { } clean)
            {
                continue;
            }

            item[name] = clean;
        }

        // Crossref gives a subtitle apart; a reference list writes it after the title, as Crossref's own BibTeX does.
        if (item["title"] is JsonValue title && Text(answer["subtitle"]) is { } subtitle
            && !title.ToString().EndsWith(subtitle, StringComparison.OrdinalIgnoreCase))
        {
            item["title"] = $"{title.ToString().TrimEnd(':', ' ')}: {subtitle}";
        }

        // Older Crossref answers name the journal's abbreviation otherwise.
        if (item["container-title-short"] is null && Text(answer["short-container-title"]) is { } shortTitle)
        {
            item["container-title-short"] = shortTitle;
        }

        // Journals that number articles instead of paging them (Frontiers, PLOS, BMC) give Crossref only an article
        // number; citations put it where the pages go ("Front Psychiatry. 2018;9:277").
        if (item["page"] is null && Text(answer["article-number"]) is { } articleNumber)
        {
            item["page"] = articleNumber;
        }

        item["DOI"] = item["DOI"] is JsonValue doi && BibliographyImport.NormalDoi(doi.ToString()) == BibliographyImport.NormalDoi(requested.Value)
            ? doi.ToString()
            : requested.Value;

        // The agencies' URL is the DOI's own address, which the site links from the DOI anyway.
        if (item["URL"] is JsonValue url && BibliographyImport.NormalDoi(url.ToString()) == BibliographyImport.NormalDoi(requested.Value))
        {
            item.Remove("URL");
        }

        return item;
    }

    private static string Type(JsonObject answer, out string? unknownType)
    {
        unknownType = null;
        var type = Text(answer["type"]);
        if (type is not null && CslTypes.Names.Contains(type))
        {
            return type;
        }

        if (type is not null && CrossrefTypes.TryGetValue(type, out var csl))
        {
            return csl;
        }

        unknownType = type ?? "(none)";
        return Fallback;
    }

    private static JsonNode? Clean(string name, JsonNode? value)
    {
        var kind = CslVariables.KindOf(name);
        if (kind == CslVariableKind.Name)
        {
            return Names(value);
        }

        if (kind == CslVariableKind.Date)
        {
            return Date(value);
        }

        if (kind == CslVariableKind.StringList)
        {
            return value is JsonArray list && list.Select(Text).OfType<string>().ToList() is { Count: > 0 } texts
                ? new JsonArray([.. texts.Select(t => (JsonNode)t)])
                : null;
        }

        // Crossref's JATS abstracts open with a heading that says only "Abstract".
        if (name == "abstract" && value is JsonValue raw && raw.GetValueKind() == JsonValueKind.String)
        {
            value = AbstractHeading().Replace(raw.GetValue<string>(), string.Empty);
        }

        return Text(value) is { } text ? JsonValue.Create(text) : null;
    }

    /// <summary>One string: a string, a number written out, or the first string of an array (older Crossref answers); null when empty.</summary>
    public static string? Text(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => PlainText.Of(v.GetValue<string>()) is { Length: > 0 } text ? text : null,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        JsonArray array => array.Select(Text).FirstOrDefault(t => t is not null),
        _ => null,
    };

    private static JsonArray? Names(JsonNode? value)
    {
        if (value is not JsonArray list)
        {
            return null;
        }

        var names = new JsonArray();
        foreach (var entry in list)
        {
            var name = new JsonObject();
            if (entry is JsonObject person)
            {
                foreach (var part in NameParts)
                {
                    if (Text(person[part]) is { } text)
                    {
                        name[part] = text;
                    }
                }

                // Crossref names an organisation among the authors with "name".
                if (name.Count == 0 && Text(person["name"]) is { } organisation)
                {
                    name["literal"] = organisation;
                }
            }
            else if (Text(entry) is { } literal)
            {
                name["literal"] = literal;
            }

            if (name["family"] is not null || name["literal"] is not null)
            {
                names.Add(name);
            }
        }

        return names.Count > 0 ? names : null;
    }

    /// <summary>A date as <c>{"date-parts": [[y, m, d]]}</c> with as many parts as given; null when it has no year.</summary>
    public static JsonObject? Date(JsonNode? value)
    {
        if (value is not JsonObject date || date["date-parts"] is not JsonArray { Count: > 0 } all)
        {
            return null;
        }

        // citation-js meets "date-parts": [2018, 7, 24] (one level) in some answers too.
        var first = all[0] is JsonArray nested ? nested : all;
        var parts = new List<int>();
        foreach (var part in first.Take(3))
        {
            var number = part switch
            {
                JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) => n,
                JsonValue v when v.GetValueKind() == JsonValueKind.String && int.TryParse(v.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
                _ => (int?)null,
            };
            if (number is not { } known)
            {
                break;
            }

            parts.Add(known);
        }

        if (parts.Count == 0 || !PartialDate.TryParse(string.Join('-', parts.Select((p, i) => p.ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture))), out var parsed))
        {
            return null;
        }

        return new JsonObject { ["date-parts"] = new JsonArray(new JsonArray([.. parsed.Parts.Select(p => (JsonNode)p)])) };
    }

    [GeneratedRegex(@"^\s*<(?:jats:)?title>\s*Abstract\s*</(?:jats:)?title>", RegexOptions.IgnoreCase)]
    private static partial Regex AbstractHeading();
}
