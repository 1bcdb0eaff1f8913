using System.Globalization;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Importing.BibTex;

/// <summary>
/// Reads the entries of a BibTeX or BibLaTeX file as written: <c>@string</c> macros expanded where they are used,
/// <c>#</c> concatenations joined, <c>@preamble</c> and <c>@comment</c> skipped. A syntax error is reported where it
/// is, the entry it is in is dropped, and reading goes on at the next line that starts with '@'.
/// </summary>
internal sealed class BibTexParser
{
    // The fields exports write most: a line that starts with one of them, inside a value, shows the value unclosed.
    private static readonly HashSet<string> FieldNames =
    [
        "abstract", "address", "author", "booktitle", "chapter", "crossref", "date", "doi", "edition", "editor",
        "eprint", "eprinttype", "file", "howpublished", "institution", "isbn", "issn", "issue", "journal",
        "journaltitle", "keywords", "langid", "language", "location", "month", "note", "number", "organization",
        "pages", "pmid", "publisher", "school", "series", "shorttitle", "subtitle", "title", "url", "urldate",
        "volume", "year",
    ];

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<BibTexEntry> _entries = [];

    // BibTeX's predefined macros are the months; styles print them in their own words, the site reads the number.
    private readonly Dictionary<string, string> _macros = Enumerable.Range(1, 12).ToDictionary(
        m => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m).ToLowerInvariant(),
        m => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m),
        StringComparer.OrdinalIgnoreCase);

    private int _pos;

    private BibTexParser(SourceText source, List<Diagnostic> diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    /// <summary>The entries of the file in order, every problem added to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<BibTexEntry> Parse(SourceText source, List<Diagnostic> diagnostics)
    {
        var parser = new BibTexParser(source, diagnostics);
        parser.ReadFile();
        return parser._entries;
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek => _pos < _text.Length ? _text[_pos] : '\0';

    private void ReadFile()
    {
        // Outside entries everything is a comment, as BibTeX has it; only an '@' starts something.
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '%')
            {
                SkipLine();
            }
            else if (c == '@')
            {
                ReadCommand();
            }
            else
            {
                _pos++;
            }
        }
    }

    private void ReadCommand()
    {
        var at = _pos++;
        SkipSpaces();
        var typeStart = _pos;
        while (!AtEnd && char.IsAsciiLetter(_text[_pos]))
        {
            _pos++;
        }

        if (_pos == typeStart)
        {
            // An '@' in the text between entries, in an e-mail address say.
            _pos = at + 1;
            return;
        }

        var type = _text[typeStart.._pos].ToLowerInvariant();
        var typeLength = _pos - at;
        var afterType = _pos;
        SkipWhiteSpace();
        if (Peek is not ('{' or '('))
        {
            if (StartsLine(at) && type != "comment")
            {
                Report(afterType, 0, $"'{{' expected after '@{type}'", "an entry is written '@type{key, field = {value}, ...}'");
            }

            _pos = afterType;
            return;
        }

        var close = Peek == '{' ? '}' : ')';
        _pos++;
        switch (type)
        {
            case "comment":
                SkipComment(at, close);
                break;
            case "preamble":
                ReadPreamble(at, close);
                break;
            case "string":
                ReadMacros(close);
                break;
            default:
                ReadEntry(at, type, typeLength, close);
                break;
        }
    }

    private void ReadEntry(int at, string type, int typeLength, char close)
    {
        SkipWhiteSpaceAndComments();
        var keyStart = _pos;
        while (!AtEnd && IsKeyChar(_text[_pos], close))
        {
            _pos++;
        }

        var key = _text[keyStart.._pos];
        var afterKey = _pos;
        SkipWhiteSpaceAndComments();
        if (key.Length == 0 || Peek == '=')
        {
            Report(keyStart, key.Length, $"the @{type} entry has no key", "write its key after the brace: '@article{jones2018, ...'");
            Recover();
            return;
        }

        if (Peek == close)
        {
            _pos++;
            _entries.Add(new BibTexEntry(type, key, at, typeLength, keyStart, new Dictionary<string, BibTexField>()));
            return;
        }

        if (Peek != ',')
        {
            if (AtEnd || Peek == '@')
            {
                ReportUnclosed(key, afterKey, close);
                return;
            }

            Report(_pos, 1, $"',' expected after the key '{key}'", "separate the key from the first field with a comma");
            Recover();
            return;
        }

        _pos++;
        var fields = new Dictionary<string, BibTexField>(StringComparer.Ordinal);

        // BibTeX keeps the first of two fields of one name and ignores the other.
        if (ReadFields($"the entry '{key}'", close, (name, field) => fields.TryAdd(name, field)))
        {
            _entries.Add(new BibTexEntry(type, key, at, typeLength, keyStart, fields));
        }
    }

    // @string{name = value}: the macro is defined from here on, as BibTeX reads the file top to bottom.
    private void ReadMacros(char close) =>
        ReadFields("the @string", close, (name, value) => _macros[name] = value.Value);

    // The 'name = value' fields of an entry or a @string up to its closing delimiter; false after a syntax error
    // (reported, and the position moved to where reading goes on). A field whose value cannot be read is not added.
    private bool ReadFields(string owner, char close, Action<string, BibTexField> add)
    {
        var lastEnd = _pos;
        while (true)
        {
            SkipWhiteSpaceAndComments();
            if (AtEnd || Peek == '@')
            {
                // The next entry begins before this one is closed: it is most likely complete but for its brace.
                Report(lastEnd, 0, $"{owner} is not closed", $"end it with '{close}' before the next entry");
                return false;
            }

            if (Peek == close)
            {
                _pos++;
                return true;
            }

            if (Peek == ',')
            {
                _pos++;
                continue;
            }

            var nameStart = _pos;
            while (!AtEnd && IsNameChar(_text[_pos]))
            {
                _pos++;
            }

            if (_pos == nameStart)
            {
                Report(_pos, 1, $"a field name expected in {owner}, not '{Peek}'", "write each field as 'name = {value}'");
                Recover();
                return false;
            }

            var name = _text[nameStart.._pos].ToLowerInvariant();
            var nameEnd = _pos;
            SkipWhiteSpaceAndComments();
            if (Peek != '=')
            {
                var where = AtEnd || _source.Locate(_pos).Line != _source.Locate(nameEnd).Line ? nameEnd : _pos;
                Report(where, AtEnd ? 0 : 1, $"'=' expected after the field name '{name}' in {owner}", $"write '{name} = {{value}}'");
                Recover();
                return false;
            }

            _pos++;
            SkipWhiteSpaceAndComments();
            if (!ReadValue(name, close, out var field, out lastEnd))
            {
                return false;
            }

            if (field is not null)
            {
                add(name, field);
            }

            SkipWhiteSpaceAndComments();
            if (Peek == ',' || Peek == close || AtEnd || Peek == '@')
            {
                continue;
            }

            Report(_pos, 1, $"',' or '{close}' expected after the value of '{name}' in {owner}", "separate fields with commas");
            Recover();
            return false;
        }
    }

    private void ReadPreamble(int at, char close)
    {
        SkipWhiteSpaceAndComments();
        if (!ReadValue("@preamble", close, out _, out _))
        {
            return;
        }

        SkipWhiteSpaceAndComments();
        if (Peek == close)
        {
            _pos++;
            return;
        }

        Report(at, "@preamble".Length, "the @preamble is not closed", $"close it with '{close}'");
        Recover();
    }

    private void SkipComment(int at, char close)
    {
        var depth = 0;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
            else if (c == close && depth == 0)
            {
                // A comment often holds entries put aside: only its braces say where it ends.
                _pos++;
                return;
            }

            _pos++;
        }

        Report(at, "@comment".Length, "the @comment is not closed", $"close it with '{close}'");
    }

    // One value: pieces ({...}, "...", a number, a macro) joined by '#'. False after a syntax error (reported, and the
    // position moved to where reading goes on); the field is null when a macro in it is not defined (reported).
    private bool ReadValue(string name, char close, out BibTexField? field, out int end)
    {
        field = null;
        end = _pos;
        var start = _pos;
        var value = new StringBuilder();
        var defined = true;
        while (true)
        {
            var c = Peek;
            if (c is '{' or '"')
            {
                if (!ReadDelimited(name, value))
                {
                    return false;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                var digits = _pos;
                while (!AtEnd && char.IsAsciiDigit(_text[_pos]))
                {
                    _pos++;
                }

                value.Append(_text, digits, _pos - digits);
            }
            else if (!AtEnd && char.IsLetter(c))
            {
                var macroStart = _pos;
                while (!AtEnd && IsNameChar(_text[_pos]))
                {
                    _pos++;
                }

                var macro = _text[macroStart.._pos];
                if (_macros.TryGetValue(macro, out var text))
                {
                    value.Append(text);
                }
                else
                {
                    Report(macroStart, macro.Length, $"'{macro}' in the value of '{name}' is no @string defined before it", "write the value in braces, or define it with @string{" + macro + " = {...}} above this entry");
                    defined = false;
                }
            }
            else
            {
                var found = AtEnd ? "the end of the file" : $"'{c}'";
                Report(_pos, AtEnd ? 0 : 1, $"the value of '{name}' is missing: {found} instead of '{{', '\"', a number or a @string name", $"write '{name} = {{value}}'");
                if (!AtEnd && c != '@')
                {
                    Recover();
                }

                return false;
            }

            end = _pos;
            SkipWhiteSpaceAndComments();
            if (Peek != '#')
            {
                break;
            }

            _pos++;
            SkipWhiteSpaceAndComments();
        }

        if (defined)
        {
            field = new BibTexField(name, value.ToString(), start, end - start);
        }

        return true;
    }

    // A {braced} or "quoted" piece; braces inside count, escaped or not, as BibTeX counts them.
    private bool ReadDelimited(string name, StringBuilder value)
    {
        var opening = _pos;
        var quoted = _text[_pos] == '"';
        _pos++;
        var contentStart = _pos;
        var depth = 0;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    if (!quoted)
                    {
                        value.Append(_text, contentStart, _pos - contentStart);
                        _pos++;
                        return true;
                    }

                    // A quoted value cannot hold an unpaired '}': it is most likely the entry's, the quote left open.
                    ReportNotClosed(opening, quoted, name, $"before the '}}' on line {_source.Locate(_pos).Line}");
                    Recover();
                    return false;
                }

                depth--;
            }
            else if (c == '"' && quoted && depth == 0 && _text[_pos - 1] != '\\')
            {
                value.Append(_text, contentStart, _pos - contentStart);
                _pos++;
                return true;
            }
            else if (c == '\n' && EntryStartsAfter(_pos + 1) is { } next)
            {
                // A line that starts an entry is no part of a value: the value's brace was never closed.
                ReportNotClosed(opening, quoted, name, "before the next entry");
                _pos = next;
                return false;
            }
            else if (c == '\n' && depth == 0 && FieldStartsAfter(_pos + 1) is { } field)
            {
                // Nor is a line that starts a field ("  year = {2001},"), though a brace further on may close the value.
                ReportNotClosed(opening, quoted, name, $"before the field '{field}' on line {_source.Locate(_pos + 1).Line}");
                Recover();
                return false;
            }

            _pos++;
        }

        ReportNotClosed(opening, quoted, name, "before the end of the file");
        return false;
    }

    private void ReportNotClosed(int opening, bool quoted, string name, string before) =>
        Report(opening, 1, $"the {(quoted ? "'\"'" : "'{'")} that opens the value of '{name}' is not closed {before}",
            quoted ? "close the value with '\"'" : "close the value with '}', or remove the extra '{'");

    private void ReportUnclosed(string key, int where, char close) =>
        Report(where, 0, $"the entry '{key}' is not closed", $"end it with '{close}' before the next entry");

    private void Report(int offset, int length, string message, string hint) =>
        _diagnostics.Add(Diagnostic.At(DiagnosticDescriptors.InvalidBibliography, _source, offset, length, message, hint));

    // After a syntax error nothing more of the entry can be trusted: go on at the next line that starts with '@'.
    private void Recover()
    {
        while (!AtEnd && !(_text[_pos] == '@' && StartsLine(_pos)))
        {
            _pos++;
        }
    }

    // Where the '@' of an entry ('@type{' or '@type(') is when the line at 'i' starts one, or null.
    private int? EntryStartsAfter(int i)
    {
        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= _text.Length || _text[i] != '@')
        {
            return null;
        }

        var at = i++;
        var letters = i;
        while (i < _text.Length && char.IsAsciiLetter(_text[i]))
        {
            i++;
        }

        if (i == letters)
        {
            return null;
        }

        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < _text.Length && _text[i] is '{' or '(' ? at : null;
    }

    // The name of the field the line at 'i' starts ("  year = {2001}"), when it is one that exports write, or null.
    private string? FieldStartsAfter(int i)
    {
        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        var start = i;
        while (i < _text.Length && char.IsAsciiLetter(_text[i]))
        {
            i++;
        }

        var name = _text[start..i].ToLowerInvariant();
        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= _text.Length || _text[i] != '=' || !FieldNames.Contains(name))
        {
            return null;
        }

        i++;
        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < _text.Length && (_text[i] is '{' or '"' || char.IsAsciiLetterOrDigit(_text[i])) ? name : null;
    }

    private bool StartsLine(int i)
    {
        while (i > 0 && _text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i == 0 || _text[i - 1] is '\n' or '\r';
    }

    private static bool IsKeyChar(char c, char close) =>
        !char.IsWhiteSpace(c) && c != close && c is not (',' or '{' or '}' or '=' or '"' or '#' or '%');

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/';

    private void SkipSpaces()
    {
        while (!AtEnd && _text[_pos] is ' ' or '\t')
        {
            _pos++;
        }
    }

    private void SkipWhiteSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private void SkipWhiteSpaceAndComments()
    {
        while (!AtEnd)
        {
            if (char.IsWhiteSpace(_text[_pos]))
            {
                _pos++;
            }
            else if (_text[_pos] == '%')
            {
                SkipLine();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipLine()
    {
        while (!AtEnd && _text[_pos] is not ('\n' or '\r'))
        {
            _pos++;
        }
    }
}
