using System.Globalization;
using System.Text.Json.Nodes;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.BibTex;

/// <summary>
/// Reads one BibTeX or BibLaTeX entry as a CSL item. Both dialects' fields are read, whichever the file is written in
/// (<c>journal</c> and <c>journaltitle</c>, <c>address</c> and <c>location</c>, <c>year</c> and <c>date</c>), as biber
/// reads them; where both are given, BibLaTeX's wins.
/// </summary>
internal sealed class BibTexItemReader
{
    private readonly BibTexEntry _entry;
    private readonly SourceText _source;
    private readonly List<Diagnostic> _diagnostics;
    private readonly JsonObject _item = [];

    private BibTexItemReader(BibTexEntry entry, SourceText source, List<Diagnostic> diagnostics)
    {
        _entry = entry;
        _source = source;
        _diagnostics = diagnostics;
    }

    /// <summary>The entry as a CSL item; its problems (no title, a date that is no date, an unknown type) are reported.</summary>
    public static ImportedEntry Read(BibTexEntry entry, SourceText source, List<Diagnostic> diagnostics) =>
        new BibTexItemReader(entry, source, diagnostics).Read();

    private ImportedEntry Read()
    {
        var type = _entry.Type;
        ReadType();
        ReadTitles(type);
        Names("author", "author");
        Names("editor", "editor");
        Names("translator", "translator");
        Names("bookauthor", "container-author");
        ReadPublication();
        ReadDates();
        ReadNumbers(type);
        ReadIdentifiers();
        Set("abstract", Text("abstract"));
        Set("note", Joined(". ", Text("note"), Text("addendum")));
        var evidence = ReadKeywords();

        if (!_item.ContainsKey("title"))
        {
            _diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.MissingField, _source, _entry.KeyOffset, _entry.Key.Length,
                $"the entry '{_entry.Key}' has no title", "add a field 'title = {...}'"));
        }

        return new ImportedEntry(_item, _entry.Key, _source.Locate(_entry.Offset, _entry.TypeLength), evidence);
    }

    private void ReadType()
    {
        var isEvent = Has("eventtitle") || Has("eventdate") || Has("venue");
        var type = BibTexTypes.CslType(_entry.Type, Text("entrysubtype"), isEvent);
        if (type is null)
        {
            type = BibTexTypes.Fallback;
            _diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.UnknownEntryType, _source, _entry.Offset, _entry.TypeLength,
                $"'@{_entry.Type}' is no BibTeX or BibLaTeX entry type; '{_entry.Key}' is read as a CSL '{type}'",
                "use a standard type such as @article, @book, @incollection, @report or @misc"));
        }

        _item["type"] = type;
        Set("genre", BibTexTypes.Genre(_entry.Type, Text("type")));
    }

    private void ReadTitles(string type)
    {
        Set("title", Title("title", "subtitle", "titleaddon"));
        Set("title-short", Text("shorttitle"));
        var container = BibTexTypes.IsPartOfBook(type)
            ? Title("booktitle", "booksubtitle", "booktitleaddon") ?? Title("maintitle", "mainsubtitle", "maintitleaddon")
            : null;
        Set("container-title", container ?? Title("journaltitle", "journalsubtitle", null) ?? Title("journal", "journalsubtitle", null));
        Set("container-title-short", Text("shortjournal"));
        Set("collection-title", Text("series"));
        Set("event-title", Text("eventtitle"));
    }

    private void ReadPublication()
    {
        // Who published it has a field per type in BibTeX (a thesis' school, a report's institution); where several
        // are given they are joined, as pandoc joins them.
        var howPublished = Text("howpublished");
        var howIsAddress = howPublished is not null && howPublished.Contains("://", StringComparison.Ordinal);
        string?[] publishers = [Text("school"), Text("institution"), Text("organization"), howIsAddress ? null : howPublished, Text("publisher")];
        Set("publisher", CslValues.Text(string.Join("; ", publishers.Where(p => p is not null).Distinct(StringComparer.Ordinal))));
        Set("publisher-place", Text("address") ?? Text("location"));
        Set("event-place", Text("venue"));
        if (howIsAddress && !Has("url"))
        {
            Set("URL", FirstWord(TexText.DecodeVerbatim(_entry.Fields["howpublished"].Value)));
        }
    }

    private void ReadDates()
    {
        if (Has("date"))
        {
            SetDate("issued", "date");
        }
        else if (YearMonthDay() is { } issued)
        {
            _item["issued"] = CslValues.Date(issued);
        }

        SetDate("accessed", "urldate");
        SetDate("event-date", "eventdate");
        SetDate("original-date", "origdate");
    }

    private void ReadNumbers(string type)
    {
        Set("volume", Text("volume"));
        Set("number-of-volumes", Text("volumes"));
        Set("page", CslValues.PageRange(Text("pages")));
        Set("number-of-pages", Text("pagetotal"));
        Set("chapter-number", Text("chapter"));
        Set("edition", Text("edition"));
        Set("version", Text("version"));

        // 'number' is a journal's issue, a book's number in its series, a report's or a patent's own number.
        if (BibTexTypes.IsInPeriodical(type))
        {
            Set("issue", Joined(", ", Text("number"), Text("issue")));
        }
        else
        {
            Set("issue", Text("issue"));
            Set(BibTexTypes.IsBook(type) || BibTexTypes.IsPartOfBook(type) ? "collection-number" : "number", Text("number"));
        }
    }

    private void ReadIdentifiers()
    {
        Set("DOI", CslValues.BareDoi(Verbatim("doi")));

        // BibLaTeX writes a PubMed id as an eprint (Zotero: eprint = {30140240}, eprinttype = {pmid}).
        var eprintType = Text("eprinttype")?.ToLowerInvariant();
        Set("PMID", Verbatim("pmid") ?? (eprintType is "pubmed" or "pmid" ? Verbatim("eprint") : null));
        Set("PMCID", Verbatim("pmcid") ?? (eprintType is "pmc" or "pmcid" ? Verbatim("eprint") : null));
        Set("ISSN", Verbatim("issn"));
        Set("ISBN", Verbatim("isbn"));

        // Mendeley writes every address it knows into one url field, separated by spaces: the first is the work's.
        Set("URL", FirstWord(Verbatim("url")));
    }

    // The site's own export writes a reference's evidence level as the keyword 'evidence: rct'; it is read back as
    // the entry's evidence level, not as a keyword.
    private EvidenceLevel? ReadKeywords()
    {
        if (Text("keywords") is not { } keywords)
        {
            return null;
        }

        EvidenceLevel? evidence = null;
        var kept = new List<string>();
        foreach (var keyword in keywords.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (keyword.StartsWith("evidence:", StringComparison.OrdinalIgnoreCase)
                && EvidenceLevels.TryParse(keyword["evidence:".Length..].Trim(), out var level))
            {
                evidence = level;
            }
            else
            {
                kept.Add(keyword);
            }
        }

        Set("keyword", kept.Count == 0 ? null : string.Join(", ", kept));
        return evidence;
    }

    private PartialDate? YearMonthDay()
    {
        if (!_entry.Fields.TryGetValue("year", out var yearField))
        {
            return null;
        }

        var yearText = TexText.Decode(yearField.Value);
        if (!TryYear(yearText, out var year))
        {
            ReportDate(yearField, $"'year' must be a year like 2018, not '{yearText}'", "write the year in digits; a work in press has the year it is expected in");
            return null;
        }

        if (!_entry.Fields.TryGetValue("month", out var monthField))
        {
            return new PartialDate(year);
        }

        // A span of months (jul--aug, July/August) is dated by the first.
        var monthText = TexText.Decode(monthField.Value);
        var firstMonth = monthText.Split(['-', '\u2013', '\u2014', '/'], StringSplitOptions.TrimEntries)[0];
        if (CslValues.Month(firstMonth) is not { } month)
        {
            ReportDate(monthField, $"'month' must be a month like 'jul', 'July' or 7, not '{monthText}'", "write the month as a number or an English name");
            return new PartialDate(year);
        }

        if (!_entry.Fields.TryGetValue("day", out var dayField))
        {
            return new PartialDate(year, month);
        }

        var dayText = TexText.Decode(dayField.Value);
        if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            ReportDate(dayField, $"'day' must be a day of the month, not '{dayText}'", "write the day as a number");
            return new PartialDate(year, month);
        }

        return new PartialDate(year, month, day);
    }

    // A span of years (1998--1999, 1998/99) is dated by its start, as a BibLaTeX range is.
    private static bool TryYear(string text, out int year)
    {
        year = 0;
        if (text.Length < 4 || text.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        var rest = text[4..].Trim();
        if (rest.Length > 0)
        {
            var end = rest[1..].Trim();
            if (rest[0] is not ('-' or '\u2013' or '\u2014' or '/') || end.Length == 0 || !end.All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        return true;
    }

    private void SetDate(string variable, string field)
    {
        if (!_entry.Fields.TryGetValue(field, out var value))
        {
            return;
        }

        var text = TexText.Decode(value.Value);
        if (text.Length == 0)
        {
            return;
        }

        if (CslValues.TryParseIsoDate(text, out var date))
        {
            _item[variable] = CslValues.Date(date);
        }
        else
        {
            ReportDate(value, $"'{field}' must be a date like 2018-07-24, 2018-07 or 2018, not '{text}'", "write the date as year-month-day (a range as start/end)");
        }
    }

    private void ReportDate(BibTexField field, string message, string hint) =>
        _diagnostics.Add(Diagnostic.At(DiagnosticDescriptors.InvalidBibliography, _source, field.Offset, field.Length, message, hint));

    private void Names(string field, string variable)
    {
        if (_entry.Fields.TryGetValue(field, out var value) && BibTexNames.Read(value, _source, _diagnostics) is { } names)
        {
            _item[variable] = names;
        }
    }

    // A title with its subtitle ("Ketamine: a review") and addition ("Ketamine. Second part").
    private string? Title(string title, string? subtitle, string? addon)
    {
        var main = Text(title);
        if (main is null)
        {
            return null;
        }

        main = Joined(": ", main, subtitle is null ? null : Text(subtitle));
        return Joined(". ", main, addon is null ? null : Text(addon));
    }

    // Two parts joined by a separator, unless the first already ends in punctuation ("Why? A review").
    private static string? Joined(string separator, string? first, string? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }

        return first[^1] is '?' or '!' or '.' or ':' or ';' or ','
            ? first + " " + second
            : first + separator + second;
    }

    private bool Has(string field) => _entry.Fields.ContainsKey(field);

    private string? Text(string field) =>
        _entry.Fields.TryGetValue(field, out var value) && TexText.Decode(value.Value) is { Length: > 0 } text ? text : null;

    private string? Verbatim(string field) =>
        _entry.Fields.TryGetValue(field, out var value) && TexText.DecodeVerbatim(value.Value) is { Length: > 0 } text ? text : null;

    private static string? FirstWord(string? text) =>
        CslValues.Text(text)?.Split(' ')[0];

    private void Set(string variable, string? value)
    {
        if (value is not null && !_item.ContainsKey(variable))
        {
            _item[variable] = value;
        }
    }
}
