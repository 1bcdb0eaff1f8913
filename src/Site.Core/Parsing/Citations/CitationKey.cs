namespace Site.Core.Parsing.Citations;

/// <summary>
/// The syntax of citation keys: a letter, digit or '_', then letters, digits, '-', '_', and ':' or
/// '.' between them (a trailing '.' ends the sentence, not the key).
/// </summary>
public static class CitationKey
{
    /// <summary>The length of the key starting at <paramref name="start"/>, or 0 when none starts there.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || !IsStart(text[start]))
        {
            return 0;
        }

        var end = start + 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                end++;
            }
            else if (c is ':' or '.' && end + 1 < text.Length && IsStart(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end - start;
    }

    /// <summary>
    /// Whether an '@' at <paramref name="at"/> can start a key: at the start of an item or after a
    /// space, or after a '-' that is (author suppression, <c>-@a</c>). An '@' after a letter is an
    /// e-mail address; after '/' or ':' it is part of a URL.
    /// </summary>
    public static bool CanStartAt(ReadOnlySpan<char> text, int at, int itemStart)
    {
        if (at == itemStart)
        {
            return true;
        }

        var before = text[at - 1];
        if (char.IsWhiteSpace(before))
        {
            return true;
        }

        return before == '-' && (at - 1 == itemStart || char.IsWhiteSpace(text[at - 2]));
    }

    private static bool IsStart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
