using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing;

/// <summary>What every tagged reader (RIS, MEDLINE) does once its lines are cut into records.</summary>
internal static class TaggedFile
{
    /// <summary>
    /// Reads each record as an entry (a record that cannot be one is left out, with its reason), reports a file that
    /// has no record and nothing else wrong, and gives the diagnostics in file order.
    /// </summary>
    public static ImportedFile Read(
        SourceText source, List<TaggedRecord> records, List<Diagnostic> diagnostics,
        Func<TaggedRecord, SourceText, List<Diagnostic>, ImportedEntry?> readEntry, string noRecord, string noRecordHint)
    {
        if (records.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(Diagnostic.At(DiagnosticDescriptors.InvalidBibliography, source, 0, 0, noRecord, noRecordHint));
        }

        var entries = new List<ImportedEntry>(records.Count);
        foreach (var record in records)
        {
            if (readEntry(record, source, diagnostics) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new ImportedFile(entries, [.. diagnostics.Order(DiagnosticOrder.Instance)]);
    }
}
