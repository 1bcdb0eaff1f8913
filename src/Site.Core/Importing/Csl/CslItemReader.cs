using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.Csl;

/// <summary>
/// Reads CSL items (from CSL-JSON or CSL-YAML) as the site keeps them: every CSL variable passed through, but with
/// the conventions of <see cref="ImportedEntry"/>: text trimmed and its CSL rich text (<c>&lt;i&gt;</c>, entities)
/// made plain, a bare DOI, a page range with a hyphen, numbers as text, dates as <c>date-parts</c> (given as
/// <c>date-parts</c> with numbers or numeric strings, as Zotero writes them, or as ISO text in <c>raw</c>,
/// <c>literal</c> or the variable itself). The <c>id</c> is the entry's source key, <c>custom.evidence</c> its evidence
/// level; names CSL has no variable of are left out, as are citation-js's own (<c>_graph</c>).
/// </summary>
internal sealed partial class CslItemReader(SourceText source, List<Diagnostic> diagnostics)
{
    // Variables read as written: identifiers and addresses, where markup and entities are no markup.
    private static readonly HashSet<string> Verbatim =
    [
        "DOI", "URL", "PMID", "PMCID", "ISSN", "ISBN", "ISAN", "ISCI", "ISMN", "ISRC", "ISWC", "call-number", "citation-key",
    ];

    // Names older CSL-JSON (and Zotero before 5) gives variables that have CSL names now.
    private static readonly Dictionary<string, string> Legacy = new(StringComparer.Ordinal)
    {
        ["journalAbbreviation"] = "container-title-short",
        ["shortTitle"] = "title-short",
    };

    // Types other tools write that CSL has under another name: each is read as its CSL type, with a warning.
    private static readonly Dictionary<string, string> NearestTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["journal-article"] = "article-journal", ["journalArticle"] = "article-journal", ["article"] = "article",
        ["book-chapter"] = "chapter", ["bookSection"] = "chapter", ["conference-paper"] = "paper-conference",
        ["conferencePaper"] = "paper-conference", ["proceedings-article"] = "paper-conference", ["web-page"] = "webpage",
        ["website"] = "webpage", ["web"] = "webpage", ["blogPost"] = "post-weblog", ["blog-post"] = "post-weblog",
        ["newspaperArticle"] = "article-newspaper", ["magazineArticle"] = "article-magazine", ["dissertation"] = "thesis",
        ["preprint"] = "article", ["posted-content"] = "article", ["computerProgram"] = "software",
        ["encyclopediaArticle"] = "entry-encyclopedia", ["dictionaryEntry"] = "entry-dictionary",
        ["edited-book"] = "book", ["monograph"] = "book", ["reference-book"] = "book", ["data"] = "dataset",
    };

    /// <summary>A file's entries: the values its syntax gives (<paramref name="items"/>), each read as an item.</summary>
    public static ImportedFile ReadFile(SourceText source, Func<SourceText, List<Diagnostic>, IReadOnlyList<CslNode>> items)
    {
        var diagnostics = new List<Diagnostic>();
        var reader = new CslItemReader(source, diagnostics);
        var entries = items(source, diagnostics).Select(reader.Read).OfType<ImportedEntry>().ToList();
        return new ImportedFile(entries, [.. diagnostics.Order(DiagnosticOrder.Instance)]);
    }

    /// <summary>The item a mapping holds, or null when the value is no mapping (reported).</summary>
    public ImportedEntry? Read(CslNode node)
    {
        if (node is not CslMap map)
        {
            Report(node, $"an item must be an object of CSL variables, not {Describe(node)}", "write each item as { \"id\": ..., \"type\": ..., \"title\": ... }");
            return null;
        }

        var item = new JsonObject();
        string? key = null;
        EvidenceLevel? evidence = null;
        var type = map.Members.FirstOrDefault(m => m.Name == "type");
        item["type"] = Type(type, map);
        foreach (var (name, value) in map.Members)
        {
            // citation-js keeps its own data under names that start with '_'; they are no part of the item.
            if (name.StartsWith('_') || name == "type")
            {
                continue;
            }

            if (name == "id")
            {
                key ??= Id(value);
                continue;
            }

            if (name == "custom")
            {
                evidence ??= Custom(value, item);
                continue;
            }

            var variable = Legacy.GetValueOrDefault(name) ?? CslVariables.Spelling(name);
            if (variable is null || item.ContainsKey(variable))
            {
                continue;
            }

            JsonNode? read = CslVariables.KindOf(variable) switch
            {
                CslVariableKind.Name => Names(variable, value),
                CslVariableKind.Date => Date(variable, value),
                CslVariableKind.Number => Text(variable, value) is { } number ? JsonValue.Create(variable is "page" or "volume" or "issue" ? CslValues.PageRange(number) : number) : null,
                _ => Text(variable, value) is { } text ? JsonValue.Create(variable == "DOI" ? CslValues.BareDoi(text) : text) : null,
            };
            if (read is not null)
            {
                item[variable] = read;
            }
        }

        if (!item.ContainsKey("title"))
        {
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.MissingField, source, map.Offset, 1,
                key is null ? "an item has no title" : $"the item '{key}' has no title", "add \"title\" to the item"));
        }

        return new ImportedEntry(item, key, source.Locate(map.Offset, 1), evidence);
    }

    private string Type(CslMember? member, CslMap map)
    {
        var written = member?.Value is CslScalar { Kind: CslScalarKind.String } scalar ? CslValues.Text(scalar.Value) : null;
        if (written is not null && CslTypes.Names.Contains(written))
        {
            return written;
        }

        var nearest = written is not null && NearestTypes.TryGetValue(written, out var alias) ? alias : "document";
        diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.UnknownEntryType, source, member?.Value.Offset ?? map.Offset, member?.Value.Length ?? 1,
            written is null ? $"an item has no type; it is read as a CSL '{nearest}'" : $"'{written}' is no CSL type; the item is read as a CSL '{nearest}'",
            $"use a CSL type, such as {string.Join(", ", CslTypes.Names.Take(4))}..."));
        return nearest;
    }

    private string? Id(CslNode node)
    {
        if (node is CslScalar { Kind: CslScalarKind.String or CslScalarKind.Number } scalar)
        {
            return CslValues.Text(scalar.Value);
        }

        Report(node, $"'id' must be text or a number, not {Describe(node)}", "write the item's key, e.g. \"id\": \"jones-2018\"");
        return null;
    }

    // Text of a standard or number variable. A list of text (Crossref writes "ISSN": ["...", "..."] and
    // "container-title": ["..."]) gives its identifiers joined, or its first title.
    private string? Text(string variable, CslNode node)
    {
        switch (node)
        {
            case CslScalar { Kind: CslScalarKind.Null }:
                return null;
            case CslScalar { Kind: CslScalarKind.String or CslScalarKind.Number } scalar:
                return Verbatim.Contains(variable) ? CslValues.Text(scalar.Value) : Plain(scalar.Value);
            case CslList list when list.Items.All(i => i is CslScalar { Kind: CslScalarKind.String or CslScalarKind.Number }):
                var texts = list.Items.Select(i => Text(variable, i)).OfType<string>().ToList();
                return texts.Count == 0 ? null : Verbatim.Contains(variable) ? string.Join(", ", texts) : texts[0];
            case CslMap or CslList:
                // Other schemas give some CSL names values of their own (Crossref: "license": [{"URL": ...}],
                // "event": {"name": ...}); they hold nothing a CSL item can, and the file is not wrong for them.
                return null;
            default:
                Report(node, $"'{variable}' must be text, not {Describe(node)}", $"write \"{variable}\": \"...\"");
                return null;
        }
    }

    private JsonArray? Names(string variable, CslNode node)
    {
        IReadOnlyList<CslNode> items = node switch
        {
            CslList list => list.Items,

            // One name not in a list is still one name.
            CslMap one => [one],
            CslScalar { Kind: CslScalarKind.Null } => [],
            _ => [node],
        };
        var names = new JsonArray();
        foreach (var item in items)
        {
            if (item is not CslMap name)
            {
                Report(item, $"each name in '{variable}' must be an object like {{\"family\": \"Jones\", \"given\": \"Jennifer L.\"}}, not {Describe(item)}", "write a person as family and given names, an organisation as {\"literal\": \"...\"}");
                continue;
            }

            var parts = new JsonObject();
            foreach (var (part, value) in name.Members)
            {
                if (parts.ContainsKey(part) || value is not CslScalar scalar || scalar.Kind == CslScalarKind.Null)
                {
                    continue;
                }

                switch (part)
                {
                    case "family" or "given" or "dropping-particle" or "non-dropping-particle" or "suffix" or "literal":
                        if (Plain(scalar.Value) is { } text)
                        {
                            parts[part] = text;
                        }

                        break;
                    case "comma-suffix" or "static-ordering" or "parse-names":
                        parts[part] = Flag(scalar);
                        break;
                }
            }

            if (parts.ContainsKey("family") || parts.ContainsKey("given") || parts.ContainsKey("literal"))
            {
                names.Add(parts);
            }
        }

        return names.Count == 0 ? null : names;
    }

    private JsonObject? Date(string variable, CslNode node)
    {
        switch (node)
        {
            case CslScalar { Kind: CslScalarKind.Null }:
                return null;
            case CslScalar { Kind: CslScalarKind.String or CslScalarKind.Number } scalar:
                return IsoDate(variable, scalar, scalar.Value);
            case CslList { Items: [CslMap old, ..] }:
                // pandoc-citeproc's YAML: a list of dates, each with year, month and day.
                return Parts(variable, old, [Member(old, "year"), Member(old, "month"), Member(old, "day")]);
            case CslMap map:
                var date = Member(map, "date-parts") switch
                {
                    null => null,
                    CslList { Items: [] } => null,
                    CslList { Items: [CslList first, ..] } => Parts(variable, first, first.Items),
                    var parts => Invalid(variable, parts),
                };
                if (date is null && Member(map, "date-parts") is null)
                {
                    var text = Member(map, "raw") ?? Member(map, "edtf") ?? Member(map, "literal");
                    date = text is CslScalar { Kind: CslScalarKind.String or CslScalarKind.Number } written ? IsoDate(variable, written, written.Value) : null;
                }

                if (date is not null)
                {
                    if (Member(map, "circa") is CslScalar circa && Flag(circa) is true)
                    {
                        date["circa"] = true;
                    }

                    if (Member(map, "season") is CslScalar { Kind: CslScalarKind.String or CslScalarKind.Number, Value: { } season } && !date.ContainsKey("season"))
                    {
                        date["season"] = int.TryParse(season, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : season;
                    }
                }

                return date;
            default:
                return Invalid(variable, node);
        }
    }

    // date-parts: a year, a month and a day as numbers or numeric strings ("2018", Zotero writes). Only the first
    // date of a range is kept: a reference has one date. Nothing but empty parts is no date, and not reported.
    private JsonObject? Parts(string variable, CslNode where, IReadOnlyList<CslNode?> parts)
    {
        var numbers = new List<int>();
        foreach (var part in parts)
        {
            if (part is null or CslScalar { Kind: CslScalarKind.Null } or CslScalar { Value: "" })
            {
                break;
            }

            if (part is not CslScalar { Kind: CslScalarKind.String or CslScalarKind.Number } scalar
                || !int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number))
            {
                return Invalid(variable, where);
            }

            numbers.Add(number);
        }

        if (numbers.Count == 0)
        {
            return null;
        }

        if (numbers.Count > 3)
        {
            return Invalid(variable, where);
        }

        // CSL processors read months 13-16 and 21-24 as the seasons.
        int? season = numbers.Count > 1 && numbers[1] is (>= 13 and <= 16) or (>= 21 and <= 24) ? (numbers[1] - 1) % 4 + 1 : null;
        if (season is not null)
        {
            numbers.RemoveRange(1, numbers.Count - 1);
        }

        var (year, month, day) = (numbers[0], numbers.Count > 1 ? numbers[1] : (int?)null, numbers.Count > 2 ? numbers[2] : (int?)null);
        if (month is < 1 or > 12 || (day is { } d && (d < 1 || year is < 1 or > 9999 || d > DateTime.DaysInMonth(year, month!.Value))))
        {
            return Invalid(variable, where);
        }

        var parsed = CslValues.Date(new PartialDate(year, month, day));
        if (season is { } quarter)
        {
            parsed["season"] = quarter;
        }

        return parsed;
    }

    private JsonObject? IsoDate(string variable, CslNode where, string? text)
    {
        if (CslValues.Text(text) is null)
        {
            return null;
        }

        return CslValues.TryParseIsoDate(text, out var date) ? CslValues.Date(date) : Invalid(variable, where);
    }

    private JsonObject? Invalid(string variable, CslNode node)
    {
        Report(node, $"'{variable}' must be a date like {{\"date-parts\": [[2018, 7, 24]]}} or \"2018-07-24\", not {Describe(node)}", "give the year, month and day as numbers; a month from 1 to 12, a day the month has");
        return null;
    }

    // custom (CSL 1.0.2) is passed through, but for the evidence level the site's own export writes there.
    private EvidenceLevel? Custom(CslNode node, JsonObject item)
    {
        if (node is not CslMap map || item.ContainsKey("custom"))
        {
            return null;
        }

        EvidenceLevel? evidence = null;
        var custom = new JsonObject();
        foreach (var (name, value) in map.Members)
        {
            if (name == "evidence" && value is CslScalar { Value: { } level } && EvidenceLevels.TryParse(level.Trim(), out var parsed))
            {
                evidence = parsed;
            }
            else if (!custom.ContainsKey(name))
            {
                custom[name] = Json(value);
            }
        }

        if (custom.Count > 0)
        {
            item["custom"] = custom;
        }

        return evidence;
    }

    private static JsonNode? Json(CslNode node) => node switch
    {
        CslScalar { Kind: CslScalarKind.Null } => null,
        CslScalar { Kind: CslScalarKind.Boolean } flag => JsonValue.Create(flag.Value == "true"),
        CslScalar { Kind: CslScalarKind.Number, Value: { } number } when long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
        CslScalar { Kind: CslScalarKind.Number, Value: { } number } when double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) => JsonValue.Create(real),
        CslScalar scalar => JsonValue.Create(scalar.Value),
        CslList list => new JsonArray([.. list.Items.Select(Json)]),
        CslMap map => new JsonObject(map.Members.DistinctBy(m => m.Name).Select(m => KeyValuePair.Create(m.Name, Json(m.Value)))),
        _ => null,
    };

    private static bool Flag(CslScalar scalar) =>
        scalar.Value is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || (int.TryParse(value, out var n) && n != 0));

    private static CslNode? Member(CslMap map, string name) => map.Members.FirstOrDefault(m => m.Name == name)?.Value;

    // CSL's rich text (<i>, <b>, <sup>, <sub>, <span class="nocase">) and HTML entities made plain text.
    private static string? Plain(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = Markup().Replace(text, string.Empty);
        }

        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return CslValues.Text(text);
    }

    [GeneratedRegex("""</?(?:i|b|sup|sub|sc)>|<span(?: class="nocase"| style="[^"<>]*")>|</span>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    private string Describe(CslNode node) => node switch
    {
        CslList => "a list",
        CslMap => "an object",
        CslScalar { Kind: CslScalarKind.Null } => "null",
        _ when node.Length > 0 && node.Offset + node.Length <= source.Text.Length => $"{source.Text.Substring(node.Offset, Math.Min(node.Length, 60))}",
        CslScalar scalar => $"'{scalar.Value}'",
        _ => "this",
    };

    private void Report(CslNode node, string message, string hint) =>
        diagnostics.Add(Diagnostic.At(DiagnosticDescriptors.InvalidBibliography, source, node.Offset, node.Length, message, hint));
}
