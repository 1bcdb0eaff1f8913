using System.Buffers;
using System.Text;
using System.Text.Json;
using Site.Core.Content;
using Site.Core.Styles;
using Site.Core.Text;

namespace Site.Core.Exporting;

/// <summary>
/// Writes references as a CSL-JSON 1.0.2 document (<c>references.json</c>), the format Zotero,
/// Pandoc and citeproc processors import. The same references always give the same bytes.
/// </summary>
public static class CslJsonExport
{
    // The file is downloaded, never embedded in HTML, so "Müller" and "β-blockers" can stay readable
    // instead of becoming \u escapes. A fixed line ending keeps the bytes the same on every platform.
    private static readonly JsonWriterOptions Options = ReadableJson.Indented;

    /// <summary>
    /// Writes one CSL-JSON item per reference, in the order given. The document id becomes the
    /// item's <c>id</c>, absent fields are left out, every other CSL variable of the front matter
    /// (<see cref="ReferenceFrontMatter.Variables"/>) follows the fields the site reads itself, as written,
    /// and the evidence level goes under <c>custom.evidence</c>. The text ends with a newline.
    /// </summary>
    /// <param name="references">Each reference with its document id, which is its citation key.</param>
    public static string Write(IEnumerable<(string Id, ReferenceFrontMatter Reference)> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var (id, reference) in references)
            {
                WriteItem(json, id, reference);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteItem(Utf8JsonWriter json, string id, ReferenceFrontMatter reference)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        WriteText(json, "type", reference.Type);
        json.WriteString("title", reference.Title);
        if (reference.Authors.Count > 0)
        {
            WriteNames(json, "author", reference.Authors);
        }

        WriteText(json, "container-title", reference.ContainerTitle);
        WriteText(json, "publisher", reference.Publisher);
        WriteText(json, "publisher-place", reference.PublisherPlace);
        WriteDate(json, "issued", reference.Issued);
        WriteDate(json, "accessed", reference.Accessed);
        // A range of two numbers gets the en dash the reference page shows: citeproc-js makes a hyphen one, pandoc's
        // citeproc prints it as written, and both print an en dash as it is. Pages they shorten themselves.
        WriteText(json, "volume", reference.Volume is { } volume ? CslNumbers.Number(volume) : null);
        WriteText(json, "issue", reference.Issue is { } issue ? CslNumbers.Number(issue) : null);
        WriteText(json, "page", reference.Page);
        WriteText(json, "DOI", reference.Doi);
        WriteText(json, "PMID", reference.Pmid);
        WriteText(json, "URL", reference.Url);
        foreach (var variable in reference.Variables)
        {
            WriteVariable(json, variable);
        }

        if (reference.Evidence is { } evidence)
        {
            // CSL has no variable for study design; "custom" (new in 1.0.2) is where the schema puts
            // data of its own, and processors pass it through instead of rejecting the item.
            json.WriteStartObject("custom");
            json.WriteString("evidence", EvidenceLevels.Name(evidence));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteVariable(Utf8JsonWriter json, CslValue variable)
    {
        var name = variable.Variable.Name;
        switch (variable)
        {
            case CslNames names:
                WriteNames(json, name, names.Names);
                break;
            case CslDate date:
                WriteDate(json, name, date.Date);
                break;
            case CslTextList list:
                json.WriteStartArray(name);
                foreach (var item in list.Items)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            case CslText text:
                json.WriteString(name, text.Text);
                break;
        }
    }

    private static void WriteNames(Utf8JsonWriter json, string name, IReadOnlyList<Author> names)
    {
        json.WriteStartArray(name);
        foreach (var author in names)
        {
            WriteName(json, author);
        }

        json.WriteEndArray();
    }

    private static void WriteName(Utf8JsonWriter json, Author author)
    {
        json.WriteStartObject();
        if (author.Given is null)
        {
            // A literal name is printed as written; as a family name, "World Health Organization"
            // could be inverted or reduced to initials by a style.
            json.WriteString("literal", author.Family);
        }
        else
        {
            json.WriteString("family", author.Family);
            json.WriteString("given", author.CslGiven);
        }

        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, PartialDate? date)
    {
        if (date is not { } value)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        foreach (var part in value.Parts)
        {
            json.WriteNumberValue(part);
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
