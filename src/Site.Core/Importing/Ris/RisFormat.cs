using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.Ris;

/// <summary>
/// RIS, the tagged format every reference manager exports (<c>.ris</c>): a record runs from <c>TY  - JOUR</c> to
/// <c>ER  - </c>, one <c>TAG  - value</c> line per field, a line without a tag continuing the field above it.
/// A record whose <c>ER</c> is missing ends where the next <c>TY</c> starts, or at the end of the file, and is kept
/// whole: the format is line by line, so nothing of it is lost. Lines before the first record that carry no tag
/// (the "Provider:" header some publishers write) are skipped.
/// </summary>
public sealed class RisFormat : IBibliographyFormat
{
    // Publisher headers are a few lines; a text whose first tag comes later is some other kind of file.
    private const int HeaderLines = 10;

    /// <inheritdoc />
    public string Name => "ris";

    /// <summary>True when the first tagged line is <c>TY  - </c> (after at most a short header), or, for a <c>.ris</c> file, when any line is tagged.</summary>
    public bool Recognises(string text, string extension)
    {
        ArgumentNullException.ThrowIfNull(text);
        var untagged = 0;
        foreach (var line in TextLine.Split(text))
        {
            var content = line.Text.TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            if (RisTag.TryRead(content, out var tag, out _))
            {
                return tag == "TY" || extension == ".ris";
            }

            if (++untagged > HeaderLines)
            {
                return false;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public ImportedFile Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new List<Diagnostic>();
        var records = new List<TaggedRecord>();
        TaggedRecord? record = null;
        TaggedField? field = null;
        var outside = false;
        foreach (var line in TextLine.Split(source.Text))
        {
            // A byte order mark that reached the text (a file decoded without ImportSourceReader) is not part of the tag.
            var skip = line.Offset == 0 && line.Text.StartsWith('\uFEFF') ? 1 : 0;
            var text = line.Text[skip..];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!RisTag.TryRead(text, out var tag, out var valueStart))
            {
                if (field is not null)
                {
                    field.Continue(text);
                }
                else if (records.Count > 0 || outside)
                {
                    ReportOutside(source, line, text, ref outside, diagnostics);
                }

                continue;
            }

            if (tag == "TY")
            {
                record = new TaggedRecord(line.Offset);
                records.Add(record);
                outside = false;
            }
            else if (tag == "ER")
            {
                record = null;
                field = null;
                continue;
            }
            else if (record is null)
            {
                ReportOutside(source, line, text, ref outside, diagnostics);
                field = null;
                continue;
            }

            field = new TaggedField(tag, line.Offset + skip + valueStart, text[valueStart..]);
            record.Fields.Add(field);
        }

        return TaggedFile.Read(
            source, records, diagnostics, RisEntryReader.Read, "the file has no RIS record",
            "a RIS record starts with a 'TY  - JOUR' line (its type) and ends with 'ER  - '");
    }

    // One error for each run of lines outside a record, at its first line: a record that lost its TY line would
    // otherwise give one error per field.
    private static void ReportOutside(SourceText source, TextLine line, string text, ref bool outside, List<Diagnostic> diagnostics)
    {
        if (outside)
        {
            return;
        }

        outside = true;
        diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.InvalidBibliography, source, line.Offset, text.Length,
            "this line is outside any RIS record, and is not read",
            "a record starts with a 'TY  - ' line (its type) and ends with 'ER  - '; add the TY line the record lost, or remove the line"));
    }
}
