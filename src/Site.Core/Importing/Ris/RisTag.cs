namespace Site.Core.Importing.Ris;

/// <summary>
/// The tag of a RIS line: two characters, spaces, a hyphen, then a space and the value (<c>TY  - JOUR</c>). Real
/// exporters and hand edits also write one space before the hyphen, nothing after the hyphen of an empty field
/// (<c>ER  -</c>), and lower-case tags; a lower-case tag is taken only in the canonical two-space shape, since a
/// continuation line of an abstract may start with a short word and a dash ("is - as noted...").
/// </summary>
internal static class RisTag
{
    /// <summary>True when the line is a tagged line; <paramref name="tag"/> is upper case, <paramref name="valueStart"/> the index of the value in the line.</summary>
    public static bool TryRead(string line, out string tag, out int valueStart)
    {
        tag = string.Empty;
        valueStart = 0;
        if (line.Length < 4 || !char.IsAsciiLetter(line[0]) || !char.IsAsciiLetterOrDigit(line[1]))
        {
            return false;
        }

        var spaces = 0;
        while (2 + spaces < line.Length && line[2 + spaces] == ' ')
        {
            spaces++;
        }

        var hyphen = 2 + spaces;
        var upper = char.IsAsciiLetterUpper(line[0]) && !char.IsAsciiLetterLower(line[1]);
        if (hyphen >= line.Length || line[hyphen] != '-' || (upper ? spaces is < 1 or > 2 : spaces != 2))
        {
            return false;
        }

        if (hyphen + 1 < line.Length && line[hyphen + 1] != ' ')
        {
            return false;
        }

        tag = line[..2].ToUpperInvariant();
        valueStart = Math.Min(hyphen + 2, line.Length);
        return true;
    }
}
