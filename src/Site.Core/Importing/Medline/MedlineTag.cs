namespace Site.Core.Importing.Medline;

/// <summary>
/// The tag of a MEDLINE line: up to four capitals or digits, padded with spaces to four columns, then "- " and the value
/// (<c>PMID- 30140240</c>, <c>TI  - Efficacy...</c>, <c>FAU - Jones, Jennifer L</c>). A line that starts with a space
/// continues the field above it (PubMed indents such lines by six).
/// </summary>
internal static class MedlineTag
{
    /// <summary>True when the line is a tagged line; <paramref name="tag"/> is the tag without its padding, <paramref name="valueStart"/> the index of the value in the line.</summary>
    public static bool TryRead(string line, out string tag, out int valueStart)
    {
        tag = string.Empty;
        valueStart = 0;
        var length = 0;
        while (length < line.Length && length < 4 && (char.IsAsciiLetterUpper(line[length]) || (length > 0 && char.IsAsciiDigit(line[length]))))
        {
            length++;
        }

        var hyphen = length;
        while (hyphen < line.Length && hyphen < 4 && line[hyphen] == ' ')
        {
            hyphen++;
        }

        // The hyphen stands in the fifth column; files whose padding was lost in a copy have it right after the tag.
        if (length < 2 || hyphen >= line.Length || line[hyphen] != '-' || (hyphen + 1 < line.Length && line[hyphen + 1] != ' '))
        {
            return false;
        }

        tag = line[..length];
        valueStart = Math.Min(hyphen + 2, line.Length);
        return true;
    }
}
