using System.Text.Json.Nodes;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.Medline;

/// <summary>Reads one MEDLINE record as a CSL-JSON item, with the evidence level its publication types state.</summary>
internal static class MedlineEntryReader
{
    /// <summary>The entry, or null when it cannot be one (it has no title): the reason is added to <paramref name="diagnostics"/>.</summary>
    public static ImportedEntry? Read(TaggedRecord record, SourceText source, List<Diagnostic> diagnostics)
    {
        var item = new CslItemBuilder();
        var publicationTypes = record.All("PT").Select(f => Value(f)).ToList();

        // Every MEDLINE record is a journal article, but for the two kinds PubMed says plainly: a preprint (PT), and a
        // Bookshelf book or chapter, which has a book title (BTI) and no journal.
        var book = record.Has("BTI") && !record.Has("JT") && !record.Has("TA");
        var title = Title(record.First("TI"));
        var bookTitle = Title(record.First("BTI"));
        var type = book ? (title.Length > 0 && title != bookTitle ? "chapter" : "book")
            : publicationTypes.Contains("Preprint", StringComparer.OrdinalIgnoreCase) ? "article" : "article-journal";
        item.Text("type", type);
        item.Text("title", title.Length > 0 ? title : bookTitle);
        Names(item, record, "author", "FAU", "AU", "CN");
        Names(item, record, "editor", "FED", "ED", null);
        if (type == "chapter")
        {
            item.Text("container-title", bookTitle);
        }

        item.Text("container-title", Value(record.First("JT", "TA")));
        if (record.First("TA") is { } abbreviation && Value(abbreviation) != Value(record.First("JT")))
        {
            item.Text("container-title-short", Value(abbreviation));
        }

        if (record.First("DP") is { } published)
        {
            if (MedlineDate.TryParse(Value(published), out var date))
            {
                item.Date("issued", date.Start, date.End, date.Season);
            }
            else
            {
                diagnostics.Add(Diagnostic.At(
                    DiagnosticDescriptors.InvalidBibliography, source, published.ValueOffset, published.FirstLineLength,
                    $"'{Value(published)}' in DP is not a date (it does not start with a year), and is left out",
                    "MEDLINE writes the date of publication as '2018 Jul 24', '2018 Jul' or '2018'"));
            }
        }

        item.Text("volume", Value(record.First("VI")));
        item.Text("issue", Value(record.First("IP")));
        item.Text("page", Value(record.First("PG")));
        foreach (var id in record.All("LID", "AID").OrderBy(f => f.Tag != "LID"))
        {
            var value = Value(id);
            if (value.EndsWith(" [doi]", StringComparison.Ordinal))
            {
                item.Text("DOI", value[..^" [doi]".Length]);
            }
            else if (book && value.EndsWith(" [bookaccession]", StringComparison.Ordinal))
            {
                item.Text("URL", $"https://www.ncbi.nlm.nih.gov/books/{Uri.EscapeDataString(value[..^" [bookaccession]".Length])}/");
            }
        }

        item.Text("abstract", Value(record.First("AB")));
        item.Text("ISSN", record.All("IS").Select(f => StandardNumbers.FirstIssn(Value(f))).FirstOrDefault(i => i is not null));
        item.Text("ISBN", record.All("ISBN").Select(f => StandardNumbers.FirstIsbn(Value(f))).FirstOrDefault(i => i is not null));
        item.Text("PMID", Value(record.First("PMID")));
        item.Text("PMCID", Value(record.First("PMC")));
        item.Text("language", Value(record.First("LA")));
        item.Text("status", PublicationTypes.StatusOf(publicationTypes));

        // "RIN - J Ex. 2021 Mar 4;12:34. PMID: 33000001": the retraction notice, linked at PubMed when it has an id.
        if (item.Has("status") && record.First("RIN") is { } notice
            && System.Text.RegularExpressions.Regex.Match(Value(notice), @"PMID: ?([1-9][0-9]{0,8})\b") is { Success: true } noticeId)
        {
            item.Text("retraction-notice", $"https://pubmed.ncbi.nlm.nih.gov/{noticeId.Groups[1].Value}/");
        }
        if (book)
        {
            // For a journal, PL is the country the journal is published in, not a publisher's place.
            item.Text("publisher", Value(record.First("PB")));
            item.Text("publisher-place", Value(record.First("PL")));
        }

        var pmid = Value(record.First("PMID"));
        if (!item.Has("title"))
        {
            var first = record.Fields[0];
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.MissingField, source, record.Offset, first.ValueOffset - record.Offset + first.FirstLineLength,
                pmid.Length > 0 ? $"the record of PMID {pmid} has no title (TI), and is not imported" : "the record has no title (TI), and is not imported",
                "export the record from PubMed again, or add a 'TI  - ' line"));
            return null;
        }

        return new ImportedEntry(item.Item, pmid.Length > 0 ? pmid : null, source.Locate(record.Offset), PublicationTypes.EvidenceOf(publicationTypes));
    }

    // MEDLINE lists each author as FAU (full name) and then AU (initials); old records have AU only, and a group
    // author is a CN among them. Each name is taken once, in order, in its fullest form.
    private static void Names(CslItemBuilder item, TaggedRecord record, string variable, string full, string initials, string? corporate)
    {
        string? pending = null;
        foreach (var field in record.Fields)
        {
            if (field.Tag == full)
            {
                Flush(item, variable, ref pending);
                pending = Value(field) is { Length: > 0 } name ? name : null;
            }
            else if (field.Tag == initials)
            {
                // The AU after a FAU is the same person again.
                if (pending is null)
                {
                    AddName(item, variable, CslNames.Written(Value(field)));
                }

                Flush(item, variable, ref pending);
            }
            else if (field.Tag == corporate)
            {
                Flush(item, variable, ref pending);
                AddName(item, variable, CslNames.Literal(Value(field)));
            }
        }

        Flush(item, variable, ref pending);
    }

    private static void Flush(CslItemBuilder item, string variable, ref string? pending)
    {
        if (pending is { Length: > 0 } name)
        {
            AddName(item, variable, CslNames.Inverted(name));
        }

        pending = null;
    }

    private static void AddName(CslItemBuilder item, string variable, JsonObject name)
    {
        if (name.Count > 0)
        {
            item.Name(variable, name);
        }
    }

    // MEDLINE ends every title with a full stop, which a citation style adds itself.
    private static string Title(TaggedField? field)
    {
        var title = Value(field);
        return title.EndsWith('.') && !title.EndsWith("..", StringComparison.Ordinal) ? title[..^1].TrimEnd() : title;
    }

    private static string Value(TaggedField? field) => field is null ? string.Empty : CslItemBuilder.Clean(field.Value);
}
