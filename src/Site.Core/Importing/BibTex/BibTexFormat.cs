using System.Buffers;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.BibTex;

/// <summary>
/// BibTeX and BibLaTeX (<c>.bib</c>), as Zotero, Mendeley, JabRef and Google Scholar export them. One format reads
/// both: their syntax is the same, and biber reads BibTeX's fields as BibLaTeX's, so every field of either is read
/// whatever the file's dialect.
/// </summary>
public sealed class BibTexFormat : IBibliographyFormat
{
    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <inheritdoc />
    public string Name => "bibtex";

    /// <inheritdoc />
    /// <remarks>
    /// A file whose first line that is no '%' comment starts with '@'; or, for a <c>.bib</c> file, one with a line
    /// that starts an entry (Mendeley writes a few lines of text above the first).
    /// </remarks>
    public bool Recognises(string text, string extension)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = true;
        foreach (var line in text.AsSpan().TrimStart('\uFEFF').EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if (trimmed.IsEmpty || trimmed[0] == '%')
            {
                continue;
            }

            if (first && trimmed[0] == '@')
            {
                return true;
            }

            first = false;
            if (extension is not (".bib" or ".bibtex"))
            {
                return false;
            }

            if (trimmed[0] == '@' && trimmed[1..].TrimStart() is var rest && rest.IndexOfAny('{', '(') is > 0 and var open
                && rest[..open].TrimEnd() is var type && type.Length > 0 && !type.ContainsAnyExcept(Letters))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public ImportedFile Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new List<Diagnostic>();
        var entries = BibTexParser.Parse(source, diagnostics);
        var imported = BibTexInheritance.Resolve(entries, source, diagnostics)
            .Select(entry => BibTexItemReader.Read(entry, source, diagnostics))
            .ToList();
        return new ImportedFile(imported, [.. diagnostics.Order(DiagnosticOrder.Instance)]);
    }
}
