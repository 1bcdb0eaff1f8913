namespace Site.Core.Importing.CslJson;

/// <summary>
/// Turns byte offsets into the UTF-8 bytes of a text back into character offsets into the text, walking forward once:
/// System.Text.Json reports positions in bytes, diagnostics count characters (a "ü" is two bytes and one character).
/// </summary>
internal sealed class Utf8Offsets(byte[] bytes, int firstChar)
{
    private readonly int _firstChar = firstChar;
    private int _byte;
    private int _char = firstChar;

    /// <summary>The character offset of a byte offset; offsets asked for in increasing order cost nothing more.</summary>
    public int CharOffset(long byteOffset)
    {
        if (byteOffset < _byte)
        {
            (_byte, _char) = (0, _firstChar);
        }

        while (_byte < byteOffset && _byte < bytes.Length)
        {
            var b = bytes[_byte++];

            // A continuation byte adds nothing; a four-byte sequence is two UTF-16 characters.
            _char += (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
        }

        return _char;
    }

    /// <summary>The byte offset of a position System.Text.Json gives as a line (0-based, counted in '\n') and a byte in it.</summary>
    public long ByteOffset(long line, long bytePositionInLine)
    {
        var offset = 0L;
        for (var i = 0; i < bytes.Length && line > 0; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line--;
                offset = i + 1;
            }
        }

        return Math.Min(offset + bytePositionInLine, bytes.Length);
    }
}
