namespace Site.Core.Importing;

/// <summary>One line of a tagged bibliography file: where it starts, and its text without the line break.</summary>
/// <param name="Offset">The offset of its first character in the file's text.</param>
/// <param name="Text">The line, without "\r\n", "\n" or "\r".</param>
internal readonly record struct TextLine(int Offset, string Text)
{
    /// <summary>The lines of a text, cut where <see cref="Site.Core.Text.SourceText"/> counts lines, so offsets and line numbers agree.</summary>
    public static IEnumerable<TextLine> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                yield return new TextLine(start, text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return new TextLine(start, text[start..]);
        }
    }
}
