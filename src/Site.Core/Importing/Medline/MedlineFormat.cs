using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.Medline;

/// <summary>
/// PubMed's MEDLINE format, the "PubMed" export (<c>.nbib</c>, or <c>.txt</c> from "Save"): one <c>TAG - value</c> line
/// per field with the tag padded to four columns (<c>PMID- 30140240</c>, <c>TI  - ...</c>), continuation lines indented
/// by six spaces, records separated by blank lines (a new <c>PMID</c> line also starts one).
/// </summary>
public sealed class MedlineFormat : IBibliographyFormat
{
    /// <inheritdoc />
    public string Name => "medline";

    /// <summary>
    /// True when the first line that is not blank is a <c>PMID- </c> line; for a <c>.nbib</c> or <c>.txt</c> file, also
    /// when it is another MEDLINE tag and a <c>PMID- </c> line starts some later line.
    /// </summary>
    public bool Recognises(string text, string extension)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in TextLine.Split(text))
        {
            var content = line.Text.TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            if (!MedlineTag.TryRead(content, out var tag, out _))
            {
                return false;
            }

            return tag == "PMID" || (extension is ".nbib" or ".txt" && TextLine.Split(text).Any(l => l.Text.StartsWith("PMID- ", StringComparison.Ordinal)));
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
            var skip = line.Offset == 0 && line.Text.StartsWith('\uFEFF') ? 1 : 0;
            var text = line.Text[skip..];
            if (string.IsNullOrWhiteSpace(text))
            {
                // A blank line ends the record.
                record = null;
                field = null;
                continue;
            }

            var tag = string.Empty;
            var valueStart = 0;
            if (char.IsWhiteSpace(text[0]) || !MedlineTag.TryRead(text, out tag, out valueStart))
            {
                // An indented line continues the field above; so does an unindented one that lost its indent in a copy.
                if (field is not null)
                {
                    field.Continue(text.Trim());
                }
                else if (!outside)
                {
                    outside = true;
                    diagnostics.Add(Diagnostic.At(
                        DiagnosticDescriptors.InvalidBibliography, source, line.Offset + skip, text.Length,
                        "this line is neither a MEDLINE field nor the continuation of one, and is not read",
                        "a MEDLINE field is a tag padded to four columns, '- ' and the value: 'TI  - The title'"));
                }

                continue;
            }

            outside = false;
            if (record is null || (tag == "PMID" && record.Has("PMID")))
            {
                record = new TaggedRecord(line.Offset + skip);
                records.Add(record);
            }

            field = new TaggedField(tag, line.Offset + skip + valueStart, text[valueStart..]);
            record.Fields.Add(field);
        }

        return TaggedFile.Read(
            source, records, diagnostics, MedlineEntryReader.Read, "the file has no MEDLINE record",
            "export the records from PubMed with 'Send to: Citation manager' or 'Save' in PubMed format");
    }
}
