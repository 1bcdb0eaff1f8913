using System.Buffers;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Loading;
using Site.Core.Text;

namespace Site.Core.Importing;

/// <summary>
/// Decodes a bibliography file for import, whatever its format. UTF-8 is expected, as for every source file, but
/// reference managers do not all write it: EndNote writes Windows-1252 (Latin-1 with curly quotes and dashes), and
/// Windows tools write UTF-16 with a byte order mark. A file that is not UTF-8 and holds no UTF-8 sequence at all is
/// read as Windows-1252, with a warning; a file that mixes UTF-8 with bytes that are not is reported as the site
/// reports a page.
/// </summary>
public static class ImportSourceReader
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("the Windows-1252 code page is not available");

    /// <summary>The file's text, without its byte order mark; a problem with its encoding is added to <paramref name="diagnostics"/>.</summary>
    /// <param name="path">The path shown in diagnostics.</param>
    /// <param name="bytes">The file's bytes, as read.</param>
    /// <param name="diagnostics">Where an encoding problem is reported: a warning when the file was read as Windows-1252, an error when it is broken UTF-8.</param>
    public static SourceText Read(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // The two bytes of a UTF-16 mark are never the start of a UTF-8 or Windows-1252 bibliography.
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new SourceText(path, utf16.GetString(bytes[2..]));
        }

        var hasUtf8Mark = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasUtf8Mark ? bytes[3..] : bytes;
        if (SourceFileReader.DecodeUtf8(body, out var bytesRead, out var charsWritten) is { } text)
        {
            return new SourceText(path, text);
        }

        if (!hasUtf8Mark && !HasMultiByteUtf8(body))
        {
            // Bytes above 0x7F and not one of them part of a UTF-8 sequence: a single-byte encoding, and the one
            // reference managers on Windows write is Windows-1252. Each byte is one character, so the offset of the
            // first bad byte is the offset of its character.
            var latin = new SourceText(path, Windows1252.GetString(body));
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.InvalidEncoding, latin, bytesRead, 1,
                $"the file is not UTF-8; it was read as Windows-1252 (Latin-1), as EndNote writes it, so byte 0x{body[bytesRead]:X2} is '{latin.Text[bytesRead]}'",
                "check the accented letters of the imported references; export the file again as UTF-8 to be sure") with
            {
                // The text was recovered whole: the import can go on, and the warning says what to check.
                Severity = DiagnosticSeverity.Warning,
            });
            return latin;
        }

        return SourceFileReader.WithInvalidUtf8(
            path, body, bytes.Length - body.Length, bytesRead, charsWritten, "save the file as UTF-8 in your editor, or export it again as UTF-8", diagnostics);
    }

    // A valid sequence of two to four bytes is near proof of UTF-8: in Windows-1252 text it would take a letter such
    // as 'Ã' followed by a symbol between 0x80 and 0xBF, which real titles and names do not have.
    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done && consumed > 1)
            {
                return true;
            }

            bytes = bytes[consumed..];
        }

        return false;
    }
}
