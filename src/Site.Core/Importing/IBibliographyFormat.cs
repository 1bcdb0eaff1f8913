using Site.Core.Text;

namespace Site.Core.Importing;

/// <summary>
/// One bibliography format (BibTeX, CSL-JSON, RIS, ...): how to recognise a file of it and how to read it. Each format
/// lives in its own folder under Importing/ and is listed once, in <see cref="BibliographyFormats"/>.
/// </summary>
public interface IBibliographyFormat
{
    /// <summary>The format's name as <c>--format</c> takes it and messages show it: <c>bibtex</c>, <c>csl-json</c>, <c>ris</c>...</summary>
    string Name { get; }

    /// <summary>
    /// True when <paramref name="text"/> is of this format, judged by its content (the first non-blank characters,
    /// the shape of its lines); <paramref name="extension"/> (".bib", lower case, or empty) only breaks a tie.
    /// </summary>
    bool Recognises(string text, string extension);

    /// <summary>Reads every entry; never throws for bad content: a syntax error is a diagnostic and reading goes on with the next entry.</summary>
    ImportedFile Read(SourceText source);
}
