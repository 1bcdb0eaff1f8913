namespace Site.Core.Tests.Exporting;

/// <summary>
/// Reads the BibTeX the exporter writes: <c>@type{key, name = {value}, name = macro, }</c>. Braces
/// are counted as BibTeX counts them, escaped or not, so an entry BibTeX could not delimit fails here
/// too; anything else unexpected throws, so a malformed export cannot pass a test by accident.
/// </summary>
public sealed class BibTexReader
{
    private readonly string _text;
    private int _position;

    private BibTexReader(string text) => _text = text;

    public static IReadOnlyList<BibTexEntry> Read(string text)
    {
        var reader = new BibTexReader(text);
        var entries = new List<BibTexEntry>();
        reader.SkipWhiteSpace();
        while (!reader.AtEnd)
        {
            entries.Add(reader.Entry());
            reader.SkipWhiteSpace();
        }

        return entries;
    }

    public static BibTexEntry ReadSingle(string text) => Read(text).ShouldHaveSingleItem();

    private bool AtEnd => _position >= _text.Length;

    private BibTexEntry Entry()
    {
        Expect('@');
        var type = Word();
        Expect('{');
        var key = Until(',').Trim();
        Expect(',');
        var fields = new List<BibTexField>();
        SkipWhiteSpace();
        while (Peek() != '}')
        {
            var name = Word();
            SkipWhiteSpace();
            Expect('=');
            SkipWhiteSpace();
            fields.Add(Peek() == '{' ? new BibTexField(name, Braced(), true) : new BibTexField(name, Word(), false));
            SkipWhiteSpace();
            Expect(',');
            SkipWhiteSpace();
        }

        Expect('}');
        return new BibTexEntry(type, key, fields);
    }

    private string Braced()
    {
        Expect('{');
        var start = _position;
        var depth = 1;
        while (true)
        {
            var c = Next();
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return _text[start..(_position - 1)];
            }
        }
    }

    private string Word()
    {
        var start = _position;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '-' or '_'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Error("a name or a bare value");
    }

    private string Until(char end)
    {
        var index = _text.IndexOf(end, _position);
        if (index < 0)
        {
            throw Error($"'{end}'");
        }

        var value = _text[_position..index];
        _position = index;
        return value;
    }

    private void Expect(char c)
    {
        if (Next() != c)
        {
            _position--;
            throw Error($"'{c}'");
        }
    }

    private char Peek() => AtEnd ? throw Error("more text") : _text[_position];

    private char Next() => AtEnd ? throw Error("more text") : _text[_position++];

    private void SkipWhiteSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private FormatException Error(string expected) =>
        new($"expected {expected} at offset {_position}: '{_text[Math.Min(_position, _text.Length)..Math.Min(_position + 30, _text.Length)]}'");
}
