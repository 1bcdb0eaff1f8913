using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Site.Core.Diagnostics;
using Site.Core.Text;

namespace Site.Core.Loading;

/// <summary>Reads a source file as UTF-8: a byte order mark is dropped, invalid bytes are reported and replaced.</summary>
internal static class SourceFileReader
{
    /// <summary>The file's text, or null when it cannot be read (reported).</summary>
    public static SourceText? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            // An empty file needs no reading. Not opening one also keeps a named pipe or a device, which have
            // no length either, from holding up the build: opening a pipe waits for a writer that may never come.
            bytes = new FileInfo(fullPath) is { Exists: true, Length: 0 } ? [] : File.ReadAllBytes(fullPath);
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
