using System.Net;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.Ris;

/// <summary>Reads one RIS record as a CSL-JSON item, the way Zotero, EndNote, Mendeley, PubMed and Web of Science write its fields.</summary>
internal static class RisEntryReader
{
    // What a date field may say instead of a date: a status CSL has a variable for, or "no date", which is no error.
    private static readonly string[] Statuses = ["in press", "forthcoming", "accepted", "submitted", "epub ahead of print"];
    private static readonly string[] NoDate = ["n.d.", "n.d", "nd", "no date", "undated", "s.d."];

    /// <summary>The entry, or null when it cannot be one (it has no title): the reason is added to <paramref name="diagnostics"/>.</summary>
    public static ImportedEntry? Read(TaggedRecord record, SourceText source, List<Diagnostic> diagnostics)
    {
        var item = new CslItemBuilder();
        var typeField = record.Fields[0];
        var code = Value(typeField).ToUpperInvariant();
        var (type, exact) = RisTypes.Map(code);
        if (!exact)
        {
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.UnknownEntryType, source, typeField.ValueOffset, typeField.FirstLineLength,
                code.Length == 0 ? $"the record has no type; it is read as '{type}'" : $"the RIS type '{code}' has no CSL equivalent; it is read as '{type}'",
                "check the imported reference's type"));
        }

        item.Text("type", type);
        var series = type is "book" or "report";
        var serial = CslTypes.IsSerial(type);

        item.Text("title", Value(record.First("TI", "T1", "CT") ?? (type == "book" ? record.First("BT") : null)));
        item.Text("title-short", Value(record.First("ST")));
        Names(item, record, RisTypes.AuthorsAreEditors(code) ? "editor" : "author", "AU", "A1");
        Names(item, record, "editor", "A2", "ED");
        Names(item, record, "collection-editor", "A3");
        Names(item, record, "translator", "A4");

        // The journal, book or proceedings the work is in. T2 is the "secondary title": for a book or a report, that
        // is its series. Where only an abbreviation is given, it stands for the full name too, so that a journal
        // article keeps its journal.
        var full = type == "paper-conference" ? record.First("C3", "T2", "JF", "JO", "BT") : series ? null : record.First("T2", "JF", "JO", "BT");
        var abbreviation = record.First("J2", "JA") ?? (full is not null && full.Tag != "JO" ? record.First("JO") : null);
        item.Text("container-title", Value(full ?? abbreviation));
        if (abbreviation is not null && Value(abbreviation) != Value(full))
        {
            item.Text("container-title-short", Value(abbreviation));
        }

        item.Text("collection-title", Value(record.First("T3") ?? (series ? record.First("T2") : null)));
        Issued(item, record, source, diagnostics);
        Accessed(item, record, source, diagnostics);
        item.Text("volume", Value(record.First("VL")));
        item.Text("issue", Value(record.First("IS")));
        Pages(item, record, type);
        Identifiers(item, record, serial);
        item.Text("URL", record.All("UR").SelectMany(f => Value(f).Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries))
            .FirstOrDefault(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)));
        item.Text("abstract", Value(record.First("AB", "N2")));
        item.Text("publisher", Value(record.First("PB")));
        item.Text("publisher-place", Value(record.First("CY")));

        // For a journal article EndNote and PubMed write the date of electronic publication in ET, not an edition.
        if (!serial)
        {
            item.Text("edition", Value(record.First("ET")));
        }

        item.Text("language", Value(record.First("LA")));
        item.Text("keyword", string.Join(", ", record.All("KW").Select(Value).Where(k => k.Length > 0)));
        if (!serial && record.First("M1") is { } number && Doi(Value(number)) is null)
        {
            item.Text("number", Value(number));
        }

        if (record.First("M3") is { } genre && Doi(Value(genre)) is null)
        {
            item.Text("genre", Value(genre));
        }

        item.Text("source", Value(record.First("DB", "DP")));
        var key = Value(record.First("ID"));
        if (!item.Has("title"))
        {
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.MissingField, source, record.Offset, typeField.ValueOffset - record.Offset + typeField.FirstLineLength,
                "the record has no title (TI or T1), and is not imported", "add a 'TI  - ' line with the work's title"));
            return null;
        }

        return new ImportedEntry(item.Item, key.Length > 0 ? key : null, source.Locate(record.Offset));
    }

    private static void Names(CslItemBuilder item, TaggedRecord record, string variable, params string[] tags)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in record.All(tags))
        {
            // Some exporters write the same person under two tags (A2 and ED); the second adds nobody.
            var name = Value(field);
            if (name.Length > 0 && seen.Add(name))
            {
                item.Name(variable, CslNames.Inverted(name));
            }
        }
    }

    // PY is the year of publication, DA the full date (Zotero writes PY 2018 and DA 2018/07/24/; EndNote DA "Jul 24").
    // The fuller one is used when they agree on the year; when they do not, PY's year is the one published.
    private static void Issued(CslItemBuilder item, TaggedRecord record, SourceText source, List<Diagnostic> diagnostics)
    {
        var year = Date(item, record.First("PY", "Y1"), source, diagnostics);
        var full = Date(item, record.First("DA"), source, diagnostics);
        RisDate? chosen = (year, full) switch
        {
            ({ } y, { Year: null } d) when d.Month is not null => d with { Year = y.Year },
            ({ } y, { } d) when d.Year == y.Year && Precision(d) > Precision(y) => d,
            ({ } y, _) => y,
            (null, { Year: not null } d) => d,
            _ => null,
        };

        if (chosen is { Year: { } known } date && CslDates.Create(known, date.Month, date.Day) is { } issued)
        {
            item.Date("issued", issued, season: date.Season);
        }
    }

    private static void Accessed(CslItemBuilder item, TaggedRecord record, SourceText source, List<Diagnostic> diagnostics)
    {
        if (Date(item, record.First("Y2"), source, diagnostics) is { Year: { } year } date && CslDates.Create(year, date.Month, date.Day) is { } accessed)
        {
            item.Date("accessed", accessed);
        }
    }

    private static RisDate? Date(CslItemBuilder item, TaggedField? field, SourceText source, List<Diagnostic> diagnostics)
    {
        if (field is null)
        {
            return null;
        }

        var text = Value(field);
        var lower = text.ToLowerInvariant();
        if (Statuses.Contains(lower))
        {
            item.Text("status", text);
            return null;
        }

        if (NoDate.Contains(lower))
        {
            return null;
        }

        if (RisDate.TryParse(text, out var date))
        {
            return date;
        }

        diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.InvalidBibliography, source, field.ValueOffset, field.FirstLineLength,
            $"'{text}' in {field.Tag} is not a date, and is left out",
            "write it as RIS does: 2018, 2018/07 or 2018/07/24/"));
        return null;
    }

    private static int Precision(RisDate date) => date.Day is not null ? 3 : date.Month is not null ? 2 : 1;

    // SP and EP make the range; some exporters put the whole range in SP. For a book or thesis, SP alone is its
    // number of pages, as Zotero and EndNote write it.
    private static void Pages(CslItemBuilder item, TaggedRecord record, string type)
    {
        var start = Value(record.First("SP"));
        var end = Value(record.First("EP"));
        if (type is "book" or "thesis" && end.Length == 0 && start.All(char.IsAsciiDigit))
        {
            item.Text("number-of-pages", start);
            return;
        }

        item.Text("page", start.Length > 0 && end.Length > 0 && start != end ? $"{start}-{end}" : start.Length > 0 ? start : end);
    }

    private static void Identifiers(CslItemBuilder item, TaggedRecord record, bool serial)
    {
        // EndNote wrote DOIs in M3 (and some exporters in M1, N1) before RIS had DO.
        foreach (var field in record.All("DO", "M3", "M1").OrderBy(f => f.Tag != "DO"))
        {
            item.Text("DOI", Doi(Value(field)));
        }

        if (record.First("SN") is { } sn)
        {
            var text = Value(sn);
            var issn = StandardNumbers.FirstIssn(text);
            var isbn = StandardNumbers.FirstIsbn(text);
            item.Text("ISSN", issn);
            item.Text("ISBN", isbn);
            if (issn is null && isbn is null)
            {
                // Neither form: kept as written, where the type says a serial or a book number belongs.
                item.Text(serial ? "ISSN" : "ISBN", text);
            }
        }

        // An accession number is a PubMed id when the database is PubMed (PubMed's own export and EndNote's say so in
        // DB or DP); a PubMed Central id by its form; any other (a Web of Science "WOS:" number) stays a place in an
        // archive, as Zotero keeps it, since CSL has no accession number.
        var database = Value(record.First("DB", "DP")).ToLowerInvariant();
        var pubmed = database.Contains("pubmed", StringComparison.Ordinal) && !database.Contains("central", StringComparison.Ordinal)
            || database.Contains("medline", StringComparison.Ordinal) || database == "nlm";
        foreach (var field in record.All("AN", "C2"))
        {
            var value = Value(field);
            if (IsPmcid(value))
            {
                item.Text("PMCID", value.ToUpperInvariant());
            }
            else if (field.Tag == "AN" && pubmed && value.All(char.IsAsciiDigit))
            {
                item.Text("PMID", value);
            }
            else if (field.Tag == "AN")
            {
                item.Text("archive_location", value);
            }
        }
    }

    private static bool IsPmcid(string value) =>
        value.Length > 3 && value.StartsWith("PMC", StringComparison.OrdinalIgnoreCase) && value[3..].All(char.IsAsciiDigit);

    /// <summary>The DOI in a value, without a resolver or "doi:" before it or punctuation after it; null when there is none.</summary>
    private static string? Doi(string value)
    {
        var start = value.IndexOf("10.", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = start + 3;
        while (end < value.Length && char.IsAsciiDigit(value[end]))
        {
            end++;
        }

        if (end - start < 7 || end >= value.Length || value[end] != '/')
        {
            return null;
        }

        var space = value.IndexOf(' ', end);
        var doi = (space < 0 ? value[start..] : value[start..space]).TrimEnd('.', ',', ';');
        return doi.Length > end - start + 1 ? doi : null;
    }

    // Entities are EndNote's: "&#xD;" between the ISSNs of one SN line, "&amp;" in titles.
    private static string Value(TaggedField? field) =>
        field is null ? string.Empty : CslItemBuilder.Clean(field.Value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(field.Value) : field.Value);
}
