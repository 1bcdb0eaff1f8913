using System.Text;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// The syntax of citation keys, as pandoc reads them: a letter, digit or '_', then letters, digits and '_', with any of
/// <c>: . # $ % &amp; - + ? &lt; &gt; ~ /</c> between them (a trailing '.' ends the sentence, not the key). Letters and
/// digits are Unicode's, outside the Basic Multilingual Plane too (<c>@𝒜-2020</c>, <c>@smith𝟏</c>): read as runes, not
/// UTF-16 code units.
/// </summary>
public static class CitationKey
{
    /// <summary>The length of the key starting at <paramref name="start"/>, or 0 when none starts there.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int start)
    {
        var first = RuneLength(text, start, IsStart);
        if (first == 0)
        {
            return 0;
        }

        var end = start + first;
        while (end < text.Length)
        {
            if (RuneLength(text, end, IsKeyCharacter) is > 0 and var length)
            {
                end += length;
            }
            else if (IsInternal(text[end]) && end + 1 < text.Length && RuneLength(text, end + 1, IsKeyCharacter) > 0)
            {
                end++;
            }
            // "doi://x": ':' and '/' before a '/' (pandoc's rule for URL-like keys).
            else if (text[end] is ':' or '/' && end + 1 < text.Length && text[end + 1] == '/')
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end - start;
    }

    /// <summary>
    /// Whether an '@' at <paramref name="at"/> can start a key: at <paramref name="itemStart"/> or after anything but a
    /// letter, a digit or a character that makes the '@' part of a word, an e-mail address or a path
    /// (<c>. _ @ / : \</c>). Pandoc reads an '@' after '/' or ':' as a citation; here it is part of a URL or a handle's
    /// address (<c>mastodon.social/@someone</c>).
    /// </summary>
    public static bool CanStartAt(ReadOnlySpan<char> text, int at, int itemStart) => at <= itemStart || !IsWordBefore(text, at);

    /// <summary>Whether the key whose '@' is at <paramref name="at"/> suppresses its author: a '-' before it, not glued to a word (<c>-@a</c>, not <c>well-@a</c>).</summary>
    public static bool IsSuppressed(ReadOnlySpan<char> text, int at, int itemStart) =>
        at > itemStart && text[at - 1] == '-' && (at - 1 == itemStart || !IsWordBefore(text, at - 1));

    /// <summary>Whether the character before <paramref name="at"/> ties an '@' there to what precedes it (a word, an address, an escape).</summary>
    internal static bool IsWordBefore(ReadOnlySpan<char> text, int at)
    {
        if (at == 0)
        {
            return false;
        }

        var before = text[at - 1];
        if (before is '.' or '_' or '@' or '/' or ':' or '\\')
        {
            return true;
        }

        return Rune.DecodeLastFromUtf16(text[..at], out var rune, out _) == System.Buffers.OperationStatus.Done && Rune.IsLetterOrDigit(rune);
    }

    private static bool IsStart(Rune rune) => Rune.IsLetterOrDigit(rune) || rune.Value == '_';

    private static bool IsKeyCharacter(Rune rune) => Rune.IsLetterOrDigit(rune) || rune.Value == '_';

    private static bool IsInternal(char c) => c is ':' or '.' or '#' or '$' or '%' or '&' or '-' or '+' or '?' or '<' or '>' or '~' or '/';

    // The UTF-16 length of the rune at a position when it satisfies the test, else 0.
    private static int RuneLength(ReadOnlySpan<char> text, int at, Func<Rune, bool> test) =>
        at < text.Length && Rune.DecodeFromUtf16(text[at..], out var rune, out var length) == System.Buffers.OperationStatus.Done && test(rune)
            ? length
            : 0;
}
