using System.Globalization;
using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Importing;
using Site.Core.Loading;

namespace Site.Core.Retractions;

/// <summary>
/// The rows of a Retraction Watch CSV file that concern the site's references, by the original paper's DOI (bare, in
/// lower case) and PubMed id. The file is read as a stream, one record at a time; only the columns needed are read,
/// found by their header names, and only the rows that name one of the site's works are kept.
/// </summary>
public sealed class RetractionData
{
    /// <summary>The columns read; the file may hold them in any order, among any others.</summary>
    internal static readonly string[] Columns =
        ["Record ID", "RetractionDate", "RetractionDOI", "RetractionPubMedID", "OriginalPaperDOI", "OriginalPaperPubMedID", "RetractionNature", "Reason"];

    // After this many bad rows the rest are counted, not each reported: a file of another shape would give thousands.
    private const int MaxReportedRows = 20;

    private readonly Dictionary<string, List<RetractionRow>> _byKey;

    private RetractionData(Dictionary<string, List<RetractionRow>> byKey, int rows)
    {
        _byKey = byKey;
        Rows = rows;
    }

    /// <summary>No data: nothing is marked but by hand.</summary>
    public static RetractionData Empty { get; } = new([], 0);

    /// <summary>How many records the file holds (the header not counted).</summary>
    public int Rows { get; }

    /// <summary>
    /// The notice in force for a work with this DOI and PubMed id, or null. Its rows are taken in date order: a
    /// retraction marks it; an expression of concern marks it unless it is retracted already; a reinstatement
    /// (Retraction Watch's record of a retraction withdrawn) clears what came before; a correction changes nothing.
    /// </summary>
    public RetractionNotice? Find(string? doi, string? pmid)
    {
        var rows = new List<RetractionRow>();
        if (doi is not null && _byKey.TryGetValue(DoiKey(doi), out var byDoi))
        {
            rows.AddRange(byDoi);
        }

        if (pmid is not null && _byKey.TryGetValue(PmidKey(pmid), out var byPmid))
        {
            rows.AddRange(byPmid.Where(r => !rows.Contains(r)));
        }

        RetractionRow? standing = null;
        foreach (var row in rows.OrderBy(r => r.Order.Date).ThenBy(r => r.Order.Line))
        {
            standing = row.Nature switch
            {
                "retraction" => row,
                "expression of concern" when standing?.Nature != "retraction" => row,
                "reinstatement" => null,
                _ => standing,
            };
        }

        return standing is null ? null : new RetractionNotice(
            standing.Nature == "retraction" ? RetractionNature.Retraction : RetractionNature.ExpressionOfConcern,
            standing.Date,
            standing.Reasons,
            standing.RecordId,
            standing.NoticeUrl);
    }

    /// <summary>
    /// Reads a Retraction Watch CSV, keeping the rows whose original paper has one of <paramref name="dois"/> (bare,
    /// lower case) or <paramref name="pmids"/>. A missing header or column is one diagnostic and no data; a bad row is
    /// reported at its line and skipped; the rest are used.
    /// </summary>
    /// <param name="reader">The text of the file.</param>
    /// <param name="displayPath">The file's path, as diagnostics show it.</param>
    /// <param name="dois">The DOIs of the site's references, bare and in lower case.</param>
    /// <param name="pmids">The PubMed ids of the site's references.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static RetractionData Read(TextReader reader, string displayPath, IReadOnlySet<string> dois, IReadOnlySet<string> pmids, DiagnosticBag diagnostics)
    {
        var csv = new CsvRecordReader(reader);
        if (!csv.Read() || csv.FieldCount < 2)
        {
            diagnostics.Add(Diagnostic.ForFile(
                DiagnosticDescriptors.InvalidRetractions, displayPath,
                "the retraction data has no header line: it is empty, or not a CSV file",
                "give the Retraction Watch CSV as Crossref distributes it (retraction_watch.csv), header line included"));
            return Empty;
        }

        var header = new string[csv.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = csv.Field(i).Trim().ToString();
        }

        var at = new int[Columns.Length];
        var missing = new List<string>();
        for (var c = 0; c < Columns.Length; c++)
        {
            at[c] = Array.FindIndex(header, h => string.Equals(h, Columns[c], StringComparison.OrdinalIgnoreCase));
            if (at[c] < 0)
            {
                missing.Add(Columns[c]);
            }
        }

        if (missing.Count > 0)
        {
            diagnostics.Add(At(
                displayPath, 1,
                $"the retraction data has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}",
                $"the Retraction Watch CSV's header names {string.Join(", ", Columns)}; give that file, not another export"));
            return Empty;
        }

        var byKey = new Dictionary<string, List<RetractionRow>>(StringComparer.Ordinal);
        var doiLookup = new HashSet<string>(dois, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var pmidLookup = new HashSet<string>(pmids, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var lowered = new char[256];
        var rows = 0;
        var bad = 0;
        void Bad(int line, string message, string hint)
        {
            if (++bad <= MaxReportedRows)
            {
                diagnostics.Add(At(displayPath, line, message, hint));
            }
        }

        while (csv.Read())
        {
            if (csv.FieldCount == 1 && csv.Field(0).IsWhiteSpace())
            {
                continue;
            }

            rows++;
            var line = csv.Line;
            if (csv.Unterminated)
            {
                Bad(line, "a quoted field opened on this line is never closed: the rest of the file is one field", "close the field with '\"' and write each '\"' inside it as '\"\"'");
                continue;
            }

            if (csv.FieldCount != header.Length)
            {
                Bad(line, $"the row has {csv.FieldCount} fields and the header {header.Length}; it is left out", "quote a field that holds a comma, and write each '\"' inside it as '\"\"'");
                continue;
            }

            // Most rows name none of the site's works: they are passed over before anything is allocated for them.
            if (!Names(csv.Field(at[4]), doiLookup, lowered) && !Names(csv.Field(at[5]).Trim().TrimStart('0'), pmidLookup, lowered))
            {
                continue;
            }

            var doi = Doi(csv.Field(at[4]));
            var pmid = Pmid(csv.Field(at[5]));
            var matchesDoi = doi is not null && dois.Contains(doi);
            var matchesPmid = pmid is not null && pmids.Contains(pmid);
            if (!matchesDoi && !matchesPmid)
            {
                continue;
            }

            var nature = csv.Field(at[6]).Trim().ToString().ToLowerInvariant();
            if (nature is not ("retraction" or "expression of concern" or "correction" or "reinstatement"))
            {
                Bad(line, $"the row's RetractionNature is '{nature}', not Retraction, Expression of concern, Correction or Reinstatement; it is left out", "correct the row, or fetch the data again");
                continue;
            }

            PartialDate? date = null;
            var dateText = csv.Field(at[1]).Trim();
            if (!dateText.IsEmpty)
            {
                if (ParseDate(dateText) is { } parsed)
                {
                    date = parsed;
                }
                else
                {
                    Bad(line, $"the row's RetractionDate '{dateText}' is not a date like 3/4/2021 0:00 (month/day/year); the row is used without its date", "correct the date, or fetch the data again");
                }
            }

            var recordId = csv.Field(at[0]).Trim().ToString();
            var reasons = Reasons(csv.Field(at[7]));
            var row = new RetractionRow(
                nature,
                date,
                reasons,
                recordId.Length > 0 ? recordId : $"line {line}",
                NoticeUrl(Doi(csv.Field(at[2])), Pmid(csv.Field(at[3]))),
                (date is { } d ? (d.Year * 10000) + ((d.Month ?? 0) * 100) + (d.Day ?? 0) : 0, line));
            if (matchesDoi)
            {
                Add(byKey, DoiKey(doi!), row);
            }

            if (matchesPmid)
            {
                Add(byKey, PmidKey(pmid!), row);
            }
        }

        if (bad > MaxReportedRows)
        {
            diagnostics.Add(At(
                displayPath, 1,
                $"{bad - MaxReportedRows} more rows of the retraction data cannot be read and are left out",
                "the first ones are reported above; a file of another shape is best fetched again"));
        }

        return new RetractionData(byKey, rows);
    }

    /// <summary>The form a reference's DOI is matched in: bare, lower case.</summary>
    public static string? NormalDoi(string? doi) =>
        doi is null ? null : BibliographyImport.NormalDoi(doi) is { Length: > 0 } normal ? normal : null;

    private static Diagnostic At(string displayPath, int line, string message, string hint) =>
        new(DiagnosticDescriptors.InvalidRetractions, DiagnosticDescriptors.InvalidRetractions.DefaultSeverity, new Text.SourceLocation(displayPath, line, 1), message, hint);

    // A quick test before the exact one: whether the field, trimmed, after any resolver prefix and in lower case, is
    // one of the set. It may say yes wrongly (a prefix it does not strip is kept) but never no for a match the exact
    // test would find, as long as the field starts with the DOI or a known prefix; what it passes is tested exactly.
    private static bool Names(ReadOnlySpan<char> field, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, char[] lowered)
    {
        var text = field.Trim();
        var start = text.IndexOf("10.", StringComparison.Ordinal);
        if (start > 0)
        {
            text = text[start..];
        }

        if (text.IsEmpty || text.Length > lowered.Length)
        {
            return !text.IsEmpty;
        }

        var length = text.ToLowerInvariant(lowered);
        return length < 0 || text.Contains('%') || set.Contains(lowered.AsSpan(0, length));
    }

    private static void Add(Dictionary<string, List<RetractionRow>> byKey, string key, RetractionRow row)
    {
        if (!byKey.TryGetValue(key, out var list))
        {
            byKey[key] = list = [];
        }

        list.Add(row);
    }

    private static string DoiKey(string doi) => "doi:" + (NormalDoi(doi) ?? doi);

    private static string PmidKey(string pmid) => "pmid:" + pmid;

    // "unavailable", "Unavailable" and blanks stand for no DOI; anything that is not a DOI matches nothing.
    private static string? Doi(ReadOnlySpan<char> field)
    {
        var text = field.Trim();
        if (text.Length < 4 || text.Equals("unavailable", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return NormalDoi(text.ToString()) is { } doi && FrontMatterReader.Doi(doi) ? doi : null;
    }

    // 0 stands for no PubMed id.
    private static string? Pmid(ReadOnlySpan<char> field)
    {
        var text = field.Trim().TrimStart('0');
        return text.Length > 0 && FrontMatterReader.Pmid(text.ToString()) ? text.ToString() : null;
    }

    // "+Falsification/Fabrication of Data;+Concerns/Issues About Data;" lists reasons, each after a '+'.
    private static IReadOnlyList<string> Reasons(ReadOnlySpan<char> field)
    {
        var reasons = new List<string>();
        foreach (var range in field.Split(';'))
        {
            var reason = field[range].Trim().TrimStart('+').Trim();
            if (!reason.IsEmpty)
            {
                reasons.Add(reason.ToString());
            }
        }

        return reasons;
    }

    // A field is a span into the reader's buffer until the next is read: each is made a string before the next is asked for.
    private static string? NoticeUrl(string? doi, string? pmid) =>
        doi is not null ? new ReferenceFrontMatter("notice") { Doi = doi }.DoiUrl
        : pmid is not null ? new ReferenceFrontMatter("notice") { Pmid = pmid }.PubMedUrl
        : null;

    // "3/4/2021 0:00": month, day, year, and a time that says nothing; an ISO date is read too.
    internal static PartialDate? ParseDate(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        var day = space < 0 ? text : text[..space];
        if (PartialDate.TryParse(day.ToString(), out var iso) && iso.Day is not null)
        {
            return iso;
        }

        Span<Range> parts = stackalloc Range[4];
        if (day.Split(parts, '/') != 3
            || !int.TryParse(day[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(day[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || day[parts[2]].Length != 4 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y is >= 1 and <= 9999 ? y : 2000, m))
        {
            return null;
        }

        return new PartialDate(y, m, d);
    }

    private sealed record RetractionRow(
        string Nature,
        PartialDate? Date,
        IReadOnlyList<string> Reasons,
        string RecordId,
        string? NoticeUrl,
        (int Date, int Line) Order);
}
