using System.Globalization;
using System.Text;
using Site.Core.Content;

namespace Site.Core.Exporting;

/// <summary>
/// Writes references as a BibTeX file (<c>references.bib</c>) for LaTeX users: one entry per
/// reference, keyed by its document id, in UTF-8 as biber and bibtexu read it. The same references
/// always give the same bytes.
/// </summary>
public static class BibTexExport
{
    // The standard month macros: every style knows them and prints the month in its own language.
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // The BibTeX or BibLaTeX field for each CSL variable without a property of its own that has one: the field biber,
    // pandoc and citation-js read back as that variable. A variable not here (archive_location, dimensions, the
    // citation-time citation-number or locator...) has no such field and is left out; the CSL-JSON export keeps it.
    private static readonly HashSet<string> TitleVariables =
        new(["collection-title", "container-title-short", "event-title", "original-title", "title-short"], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> VariableFields = new(StringComparer.Ordinal)
    {
        ["language"] = "language",
        ["editor"] = "editor",
        ["translator"] = "translator",
        ["container-author"] = "bookauthor",
        ["event-date"] = "eventdate",
        ["original-date"] = "origdate",
        ["abstract"] = "abstract",
        ["annote"] = "annote",
        ["call-number"] = "library",
        ["chapter-number"] = "chapter",
        ["collection-title"] = "series",
        ["container-title-short"] = "shortjournal",
        ["edition"] = "edition",
        ["event-title"] = "eventtitle",
        ["event-place"] = "venue",
        ["genre"] = "type",
        ["ISBN"] = "isbn",
        ["ISSN"] = "issn",
        ["note"] = "note",
        ["number-of-pages"] = "pagetotal",
        ["number-of-volumes"] = "volumes",
        ["original-publisher"] = "origpublisher",
        ["original-publisher-place"] = "origlocation",
        ["original-title"] = "origtitle",
        ["PMCID"] = "pmcid",
        ["status"] = "pubstate",
        ["title-short"] = "shorttitle",
        ["version"] = "version",
    };

    /// <summary>
    /// Writes one entry per reference, in the order given, separated by a blank line; absent fields
    /// are left out, every other CSL variable of the front matter that BibTeX or BibLaTeX has a field for
    /// follows in that field (<c>editor</c>, <c>abstract</c>, <c>issn</c>, <c>pmcid</c>...), and the evidence
    /// level is written as <c>keywords = {evidence: rct}</c>. The text ends with a newline (it is empty when
    /// there are no references).
    /// </summary>
    /// <param name="references">Each reference with its document id, which is its citation key.</param>
    public static string Write(IEnumerable<(string Id, ReferenceFrontMatter Reference)> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var text = new StringBuilder();
        foreach (var (id, reference) in references)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            WriteEntry(text, id, reference);
        }

        return text.ToString();
    }

    private static void WriteEntry(StringBuilder text, string id, ReferenceFrontMatter reference)
    {
        var (entryType, containerField, publisherField) = EntryType(reference.Type);
        text.Append('@').Append(entryType).Append('{').Append(id).Append(",\n");
        if (reference.Authors.Count > 0)
        {
            Field(text, "author", string.Join(" and ", reference.Authors.Select(Name)));
        }

        TitleField(text, "title", reference.Title);
        if (containerField is not null && reference.ContainerTitle is { } container)
        {
            TitleField(text, containerField, container);
        }

        TextField(text, publisherField, reference.Publisher);
        TextField(text, "address", reference.PublisherPlace);
        if (reference.Issued is { } issued)
        {
            Field(text, "year", issued.Year.ToString(CultureInfo.InvariantCulture));
            if (issued.Month is { } month)
            {
                text.Append("  month = ").Append(Months[month - 1]).Append(",\n");
            }

            // BibTeX has no day; BibLaTeX's ISO 'date' carries the whole date, and readers of BibLaTeX prefer it.
            if (issued.Day is not null)
            {
                Field(text, "date", issued.ToString());
            }
        }

        TextField(text, "volume", reference.Volume);
        Numbers(text, entryType, reference);
        if (reference.Page is { } page)
        {
            // Escaped but for hyphens: the range's "--" is meant as an en dash.
            Field(text, "pages", EscapeCharacters(PageRange(page)));
        }

        if (reference.Doi is { } doi)
        {
            Field(text, "doi", EscapeVerbatim(doi));
        }

        TextField(text, "pmid", reference.Pmid);
        if (reference.Url is { } url)
        {
            Field(text, "url", EscapeVerbatim(url));
        }

        if (reference.Accessed is { } accessed)
        {
            Field(text, "urldate", accessed.ToString());
        }

        foreach (var variable in reference.Variables)
        {
            if (VariableFields.TryGetValue(variable.Variable.Name, out var field))
            {
                VariableField(text, field, variable);
            }
        }

        // Keywords are one comma-separated list: the evidence level first, then the work's own.
        string?[] keywords = [reference.Evidence is { } evidence ? "evidence: " + EvidenceLevels.Name(evidence) : null, reference.Text("keyword")];
        if (keywords.Any(k => k is not null))
        {
            Field(text, "keywords", Escape(string.Join(", ", keywords.OfType<string>())));
        }

        text.Append("}\n");
    }

    // BibTeX's "number" is an article's issue, and a report's or patent's own number; an article's number in CSL (its
    // article number, e.g. e0123456) is BibLaTeX's "eid". Where a work that is no article has both, the issue is
    // BibLaTeX's "issue".
    private static void Numbers(StringBuilder text, string entryType, ReferenceFrontMatter reference)
    {
        var number = reference.Text("number");
        if (entryType == "article")
        {
            TextField(text, "number", reference.Issue);
            TextField(text, "eid", number);
        }
        else
        {
            TextField(text, "number", number ?? reference.Issue);
            TextField(text, "issue", number is null ? null : reference.Issue);
        }
    }

    private static void VariableField(StringBuilder text, string field, CslValue variable)
    {
        switch (variable)
        {
            case CslNames names:
                Field(text, field, string.Join(" and ", names.Names.Select(Name)));
                break;
            case CslDate date:
                // BibLaTeX's date fields are ISO 8601, as precise as the date: 1999, 1999-05 or 1999-05-02.
                Field(text, field, date.Date.ToString());
                break;
            case CslText value when TitleVariables.Contains(value.Variable.Name):
                TitleField(text, field, value.Text);
                break;
            case CslText value:
                TextField(text, field, value.Text);
                break;
        }
    }

    // Where the container title and the publisher go depends on the entry type: a chapter's book is
    // its "booktitle", a report's publisher its "institution".
    private static (string EntryType, string? ContainerField, string PublisherField) EntryType(string? cslType) => cslType switch
    {
        "article-journal" or "article-magazine" or "article-newspaper" => ("article", "journal", "publisher"),
        "book" => ("book", null, "publisher"),
        "chapter" => ("incollection", "booktitle", "publisher"),
        "paper-conference" => ("inproceedings", "booktitle", "publisher"),
        "report" => ("techreport", null, "institution"),
        "thesis" => ("phdthesis", null, "school"),
        _ => ("misc", "howpublished", "publisher"),
    };

    // BibTeX splits names on " and " and treats the last word as the family name; the braces make an
    // organisation one family name, so "World Health Organization" is not cited as "Organization, W. H.".
    // Initials are separate words with periods ("Jones, J. L."): "JL" would be one given name, abbreviated "J.".
    private static string Name(Author author) =>
        author.CslGiven is not { } given ? "{" + Escape(author.Family) + "}" : Escape(author.Family) + ", " + Escape(given);

    // BibTeX's range dash is "--" (an en dash when typeset); a single hyphen would print as a hyphen.
    private static string PageRange(string page)
    {
        var range = new StringBuilder(page.Length + 2);
        for (var i = 0; i < page.Length; i++)
        {
            if (page[i] is '-' or '\u2013')
            {
                range.Append("--");
                while (i + 1 < page.Length && page[i + 1] is '-' or '\u2013')
                {
                    i++;
                }
            }
            else
            {
                range.Append(page[i]);
            }
        }

        return range.ToString();
    }

    // Two or three hyphens in a row are a dash to TeX, pandoc and citation-js; an empty group between them keeps each
    // a hyphen, as written ("A -- B" is "A -{}- B").
    private static string Escape(string value)
    {
        var escaped = EscapeCharacters(value);
        if (!escaped.Contains("--", StringComparison.Ordinal))
        {
            return escaped;
        }

        var apart = new StringBuilder(escaped.Length + 8);
        for (var i = 0; i < escaped.Length; i++)
        {
            if (i > 0 && escaped[i] == '-' && escaped[i - 1] == '-')
            {
                apart.Append("{}");
            }

            apart.Append(escaped[i]);
        }

        return apart.ToString();
    }

    private static string EscapeCharacters(string value)
    {
        // BibTeX delimits a field by counting braces, escaped or not: "\{" and "\}" keep a field whole
        // only where they pair up. Otherwise a brace is written as a command, so no text can close
        // its field, or its entry, early.
        var paired = BracesPair(value);
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var replacement = c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => paired ? @"\{" : @"\textbraceleft{}",
                '}' => paired ? @"\}" : @"\textbraceright{}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => null,
            };
            if (replacement is null)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(replacement);
            }
        }

        return escaped.ToString();
    }

    private static bool BracesPair(string value)
    {
        var depth = 0;
        foreach (var c in value)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    // doi and url are read verbatim (\url, \doi, citation-js, biber), so a backslash escape would become
    // part of the link. Only braces would break the entry; percent-encoded they are the same URL.
    private static string EscapeVerbatim(string value) =>
        value.Replace("{", "%7B", StringComparison.Ordinal)
            .Replace("}", "%7D", StringComparison.Ordinal);

    // The inner braces keep a title's capitals ("MDMA", "COVID-19", "Surgeon General") from being lowered by styles
    // and by readers such as pandoc's, which make the titles of English works sentence case.
    private static void TitleField(StringBuilder text, string name, string value) => Field(text, name, "{" + Escape(value) + "}");

    private static void TextField(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            Field(text, name, Escape(value));
        }
    }

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
