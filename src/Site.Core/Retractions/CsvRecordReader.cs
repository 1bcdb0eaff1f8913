namespace Site.Core.Retractions;

/// <summary>
/// Reads RFC 4180 records from a stream of text, one at a time, without keeping more than the current record: fields
/// are separated by commas, a field may be quoted, and a quoted field may hold commas, line breaks and doubled quotes.
/// A field is seen as a span into the reader's buffer, valid until the next record; only the fields asked for are
/// unquoted (into a scratch buffer) or turned into strings.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly List<(int Start, int Length, bool Quoted)> _fields = new(32);
    private char[] _buffer = new char[64 * 1024];
    private char[] _scratch = new char[1024];
    private int _start;
    private int _end;
    private bool _exhausted;
    private int _nextLine = 1;

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>The line the current record starts on, from 1.</summary>
    public int Line { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>Whether the current record ended inside a quoted field: the file ended before its closing quote.</summary>
    public bool Unterminated { get; private set; }

    /// <summary>
    /// Moves to the next record; false at the end of the text. A blank line is a record of one empty field, as
    /// RFC 4180 reads it; callers skip it.
    /// </summary>
    public bool Read()
    {
        _fields.Clear();
        Unterminated = false;
        if (_start >= _end && !Fill())
        {
            return false;
        }

        Line = _nextLine;
        // A record that runs past the buffer is kept, more is read after it, and it is parsed again from its start.
        while (!TryParse(_exhausted))
        {
            _fields.Clear();
            Fill();
        }

        return true;
    }

    /// <summary>The text of a field of the current record, quotes removed and doubled quotes undone.</summary>
    public ReadOnlySpan<char> Field(int index)
    {
        var (start, length, quoted) = _fields[index];
        var raw = _buffer.AsSpan(start, length);
        if (!quoted || raw.IndexOf('"') < 0)
        {
            return raw;
        }

        if (_scratch.Length < length)
        {
            _scratch = new char[Math.Max(length, _scratch.Length * 2)];
        }

        var written = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            _scratch[written++] = raw[i];
            if (raw[i] == '"' && i + 1 < raw.Length && raw[i + 1] == '"')
            {
                i++;
            }
        }

        return _scratch.AsSpan(0, written);
    }

    // Parses the record at _start; false when the buffer ends before the record does and more text may follow.
    // At the end of the text (final) a record always ends: a quoted field left open runs to the end.
    private bool TryParse(bool final)
    {
        var span = _buffer.AsSpan(0, _end);
        var i = _start;
        var lines = 0;
        while (true)
        {
            if (i < span.Length && span[i] == '"')
            {
                var contentStart = i + 1;
                var j = contentStart;
                var closed = false;
                while (j < span.Length)
                {
                    var quote = span[j..].IndexOf('"');
                    if (quote < 0)
                    {
                        lines += span[j..].Count('\n');
                        j = span.Length;
                        break;
                    }

                    lines += span.Slice(j, quote).Count('\n');
                    j += quote;
                    if (j + 1 < span.Length && span[j + 1] == '"')
                    {
                        j += 2;
                        continue;
                    }

                    // The last character of the buffer may be the first of a doubled pair.
                    closed = j + 1 < span.Length || final;
                    break;
                }

                if (!closed)
                {
                    if (!final)
                    {
                        return false;
                    }

                    _fields.Add((contentStart, span.Length - contentStart, true));
                    Unterminated = true;
                    return End(span.Length, lines);
                }

                _fields.Add((contentStart, j - contentStart, true));
                i = j + 1;

                // Text between the closing quote and the separator is left out, as spreadsheets do.
                var rest = i < span.Length ? span[i..].IndexOfAny(',', '\n') : -1;
                if (rest < 0)
                {
                    return final && End(span.Length, lines);
                }

                i += rest;
            }
            else
            {
                var stop = i < span.Length ? span[i..].IndexOfAny(',', '\n') : -1;
                if (stop < 0)
                {
                    if (!final)
                    {
                        return false;
                    }

                    _fields.Add((i, TrimReturn(span, i, span.Length), false));
                    return End(span.Length, lines);
                }

                _fields.Add((i, TrimReturn(span, i, i + stop), false));
                i += stop;
            }

            if (span[i] == '\n')
            {
                return End(i + 1, lines + 1);
            }

            // A comma: another field follows, perhaps an empty last one.
            i++;
            if (i >= span.Length && !final)
            {
                return false;
            }
        }
    }

    private bool End(int next, int lines)
    {
        _start = next;
        _nextLine += lines;
        return true;
    }

    // A field's length without the carriage return of a CRLF line end.
    private static int TrimReturn(ReadOnlySpan<char> span, int start, int end) =>
        end > start && span[end - 1] == '\r' && (end == span.Length || span[end] == '\n') ? end - start - 1 : end - start;

    // Moves the unread text to the front of the buffer and reads more after it; false when nothing more came.
    private bool Fill()
    {
        if (_exhausted)
        {
            return false;
        }

        var kept = _end - _start;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, kept);
        }
        else if (kept == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _start = 0;
        _end = kept;
        var wanted = _buffer.Length - _end;
        var read = _reader.ReadBlock(_buffer, _end, wanted);
        _end += read;
        // ReadBlock gives less than asked for only at the end of the text.
        _exhausted = read < wanted;
        return read > 0;
    }
}
