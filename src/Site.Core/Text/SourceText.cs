using System.Collections.Concurrent;

namespace Site.Core.Text;

/// <summary>
/// The full text of one source file with a line index, so that any character offset can be turned
/// into a 1-based line and column that point into the file as the editor sees it (front matter included).
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private ConcurrentDictionary<int, string>? _lines;

    /// <summary>Creates a source text.</summary>
    /// <param name="path">The path shown in diagnostics, relative to the working directory, with '/' separators.</param>
    /// <param name="text">The decoded text, without a byte order mark.</param>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>The location of a character offset; offsets past the end clamp to the end.</summary>
    public SourceLocation Locate(int offset, int length = 0)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(Path, line + 1, offset - _lineStarts[line] + 1, Math.Max(length, 0));
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return string.Empty;
        }

        // Every diagnostic quotes its line: a long line with many problems is copied once, not once per problem.
        return LazyInitializer.EnsureInitialized(ref _lines).GetOrAdd(line, static (line, source) => source.CutLine(line), this);
    }

    private string CutLine(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text[start..end];
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // CRLF is one line break; a lone CR is one too (old Mac files, mixed endings).
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
