using System.Globalization;
using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>Reads a source file as UTF-8: a byte order mark is dropped, invalid bytes are reported and replaced.</summary>
internal static class SourceFileReader
{
    /// <summary>The largest source file read, in bytes (32 MiB): a page is kilobytes, and every byte is held in memory several times over.</summary>
    public const long MaxLength = 32L * 1024 * 1024;

    /// <summary>The file's text, or null when it cannot be read (reported).</summary>
    public static SourceText? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        // Only a regular file is opened: opening a named pipe waits for a writer that may never come, and a device
        // such as /dev/zero never ends. The path is a real one (InputEntries), so this is the file itself.
        if (FileSystemEntries.KindOf(fullPath) is not (FileKind.Regular or FileKind.Missing) and var kind)
        {
            diagnostics.Add(InputEntries.NotARegularFile(displayPath, kind));
            return null;
        }

        byte[] bytes;
        try
        {
            if (new FileInfo(fullPath) is { Exists: true, Length: > MaxLength } large)
            {
                diagnostics.Add(Diagnostic.ForFile(
                    DiagnosticDescriptors.UnreadableFile, displayPath,
                    string.Create(CultureInfo.InvariantCulture, $"cannot read the file: it is {large.Length:N0} bytes, more than the {MaxLength / (1024 * 1024)} MiB a page or site.yml may be"),
                    "split it into several pages"));
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.ForFile(DiagnosticDescriptors.UnreadableFile, displayPath, $"cannot read the file: {e.Message}", "check the file's permissions"));
            return null;
        }

        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        return DecodeUtf8(span, out var bytesRead, out var charsWritten) is { } text
            ? new SourceText(displayPath, text)
            : WithInvalidUtf8(displayPath, span, bytes.Length - span.Length, bytesRead, charsWritten, "save the file as UTF-8 in your editor", diagnostics);
    }

    /// <summary>The text of <paramref name="body"/> (UTF-8 without its byte order mark), or null when a sequence in it is not UTF-8.</summary>
    /// <param name="body">The bytes to decode.</param>
    /// <param name="bytesRead">Where the first bad sequence starts, in bytes, when there is one.</param>
    /// <param name="charsWritten">Where it starts in the text, in characters.</param>
    internal static string? DecodeUtf8(ReadOnlySpan<byte> body, out int bytesRead, out int charsWritten)
    {
        // Valid text, nearly every file, is decoded straight into its string.
        if (Utf8.IsValid(body))
        {
            var text = Encoding.UTF8.GetString(body);
            (bytesRead, charsWritten) = (body.Length, text.Length);
            return text;
        }

        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out bytesRead, out charsWritten, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? new string(chars, 0, charsWritten) : null;
    }

    /// <summary>
    /// Broken UTF-8, reported at its first bad byte where the editor will find it, then read with replacement characters so
    /// that the rest of the file is still checked.
    /// </summary>
    /// <param name="displayPath">The path shown in diagnostics.</param>
    /// <param name="body">The bytes after the byte order mark.</param>
    /// <param name="markLength">The length of the byte order mark dropped before <paramref name="body"/>, for the byte offset shown.</param>
    /// <param name="bytesRead">Where the first bad sequence starts in <paramref name="body"/> (<see cref="DecodeUtf8"/>).</param>
    /// <param name="charsWritten">Where it starts in the text.</param>
    /// <param name="hint">How to fix it.</param>
    /// <param name="diagnostics">Where it is reported.</param>
    internal static SourceText WithInvalidUtf8(
        string displayPath, ReadOnlySpan<byte> body, int markLength, int bytesRead, int charsWritten, string hint, DiagnosticBag diagnostics)
    {
        var source = new SourceText(displayPath, Encoding.UTF8.GetString(body));
        diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.InvalidEncoding, source, charsWritten, 1,
            $"the file is not valid UTF-8 (byte 0x{body[bytesRead]:X2} at byte offset {bytesRead + markLength})",
            hint));
        return source;
    }
}
