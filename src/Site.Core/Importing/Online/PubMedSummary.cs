using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Site.Core.Content;

namespace Site.Core.Importing.Online;

/// <summary>
/// One record of an E-utilities <c>esummary</c> answer (<c>result["30140240"]</c>) as an item of the
/// <see cref="ImportedEntry"/> contract: <c>authors[].name</c> ("Jones JL") as family name and initials, collective
/// authors as literals, <c>fulljournalname</c> as the container's title and <c>source</c> (the NLM abbreviation) as
/// its short title, <c>pubdate</c> ("2018 Jul 24", "2013 Feb", "2018 Jul-Aug") as date parts, and the DOI and PMCID
/// from <c>articleids</c>.
/// </summary>
internal static partial class PubMedSummary
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The item for PubMed record <paramref name="pmid"/>.</summary>
    public static JsonObject ToItem(JsonObject record, string pmid)
    {
        var item = new JsonObject
        {
            ["type"] = Text(record, "doctype") switch
            {
                "book" => "book",
                "chapter" => "chapter",
                _ => CslTypes.ArticleJournal,
            },
        };

        // PubMed ends every title with a full stop; a reference list puts its own.
        if (Text(record, "title") is { } title)
        {
            item["title"] = title.EndsWith('.') && !title.EndsWith("..", StringComparison.Ordinal) ? title[..^1] : title;
        }

        if (Authors(record) is { } authors)
        {
            item["author"] = authors;
        }

        var container = item["type"]!.GetValue<string>() == "chapter" ? Text(record, "booktitle") : Text(record, "fulljournalname");
        Set(item, "container-title", container);
        if (item["type"]!.GetValue<string>() == CslTypes.ArticleJournal)
        {
            Set(item, "container-title-short", Text(record, "source"));
        }

        Set(item, "publisher", Text(record, "publishername"));
        Set(item, "publisher-place", Text(record, "publisherlocation"));
        if (Date(Text(record, "pubdate")) is { } issued)
        {
            item["issued"] = issued;
        }

        Set(item, "volume", Text(record, "volume"));
        Set(item, "issue", Text(record, "issue"));
        Set(item, "page", Text(record, "pages"));
        Set(item, "ISSN", Text(record, "issn") ?? Text(record, "essn"));
        Set(item, "DOI", ArticleId(record, "doi"));
        item["PMID"] = pmid;

        // "pmc" holds the bare PMCID; "pmcid" holds it among other facts ("pmc-id: PMC6094990;embargo-date: ...").
        var pmc = ArticleId(record, "pmc") ?? ArticleId(record, "pmcid");
        Set(item, "PMCID", pmc is null ? null : PmcId().Match(pmc) is { Success: true } match ? match.Value : null);
        return item;
    }

    /// <summary>The publication types of the record (<c>pubtype</c>).</summary>
    public static IReadOnlyList<string> PublicationTypes(JsonObject record) =>
        record["pubtype"] is JsonArray types ? [.. types.Select(t => CslResponse.Text(t)).OfType<string>()] : [];

    /// <summary>An esummary date as date parts: the year, and the month and day when it gives them; null when it starts with no year.</summary>
    public static JsonObject? Date(string? pubdate)
    {
        var words = (pubdate ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0].Length != 4 || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var parts = new JsonArray(year);

        // "Jul-Aug" is a two-month issue: it is dated by the first. A season ("Spring") has no month.
        var month = words.Length > 1 ? Array.IndexOf(Months, words[1].Split('-')[0].ToLowerInvariant()) + 1 : 0;
        if (month > 0)
        {
            parts.Add(month);
            if (words.Length > 2 && !words[1].Contains('-') && int.TryParse(words[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && PartialDate.TryParse($"{year:D4}-{month:D2}-{day:D2}", out _))
            {
                parts.Add(day);
            }
        }

        return new JsonObject { ["date-parts"] = new JsonArray(parts) };
    }

    private static JsonArray? Authors(JsonObject record)
    {
        if (record["authors"] is not JsonArray authors)
        {
            return null;
        }

        var names = new JsonArray();
        foreach (var author in authors.OfType<JsonObject>())
        {
            if (Text(author, "name") is not { } name)
            {
                continue;
            }

            switch (Text(author, "authtype"))
            {
                case "CollectiveName":
                    names.Add(new JsonObject { ["literal"] = name });
                    break;
                case "Author" or null:
                    var parsed = Author.Parse(name);
                    var person = new JsonObject { ["family"] = parsed.Family };
                    if (parsed.Given is { } given)
                    {
                        person["given"] = given;
                    }

                    names.Add(person);
                    break;
            }
        }

        return names.Count > 0 ? names : null;
    }

    private static string? ArticleId(JsonObject record, string type) =>
        record["articleids"] is JsonArray ids
            ? ids.OfType<JsonObject>().Where(id => Text(id, "idtype") == type).Select(id => Text(id, "value")).FirstOrDefault(v => v is not null)
            : null;

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? CslResponse.Text(value) : null;

    private static void Set(JsonObject item, string name, string? value)
    {
        if (value is not null)
        {
            item[name] = value;
        }
    }

    [GeneratedRegex(@"PMC\d+")]
    private static partial Regex PmcId();
}
