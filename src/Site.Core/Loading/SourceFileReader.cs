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

        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new SourceText(displayPath, new string(chars, 0, charsWritten));
        }

        // Report the first bad byte where the editor will find it, then carry on with replacement characters
        // so that the rest of the file is still checked.
        var text = Encoding.UTF8.GetString(span);
        var source = new SourceText(displayPath, text);
        diagnostics.Add(Diagnostic.At(
            DiagnosticDescriptors.InvalidEncoding, source, charsWritten, 1,
            $"the file is not valid UTF-8 (byte 0x{span[bytesRead]:X2} at byte offset {bytesRead + (bytes.Length - span.Length)})",
            "save the file as UTF-8 in your editor"));
        return source;
    }
}
