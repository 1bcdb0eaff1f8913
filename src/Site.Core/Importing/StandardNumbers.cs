namespace Site.Core.Importing;

/// <summary>ISSNs and ISBNs found by their form in a field that may hold several, with notes: "1664-0640 (Print)".</summary>
internal static class StandardNumbers
{
    private static readonly char[] Separators = [' ', ';', ',', '\t', '\r', '\n', '(', ')', '[', ']'];

    /// <summary>The first ISSN (four digits, a hyphen, three digits and a check digit or X), upper case; or null.</summary>
    public static string? FirstIssn(string text)
    {
        foreach (var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length == 9 && word[4] == '-' && word[..4].All(char.IsAsciiDigit) && word[5..8].All(char.IsAsciiDigit) &&
                (char.IsAsciiDigit(word[8]) || word[8] is 'X' or 'x'))
            {
                return word.ToUpperInvariant();
            }
        }

        return null;
    }

    /// <summary>The first ISBN (ten or thirteen digits, hyphens aside; the ten-digit form may end in X), as written; or null.</summary>
    public static string? FirstIsbn(string text)
    {
        foreach (var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var digits = word.Replace("-", string.Empty, StringComparison.Ordinal);
            var isbn13 = digits.Length == 13 && digits.All(char.IsAsciiDigit) && (digits.StartsWith("978", StringComparison.Ordinal) || digits.StartsWith("979", StringComparison.Ordinal));
            var isbn10 = digits.Length == 10 && digits[..9].All(char.IsAsciiDigit) && (char.IsAsciiDigit(digits[9]) || digits[9] is 'X' or 'x');
            if (isbn13 || isbn10)
            {
                return word.ToUpperInvariant();
            }
        }

        return null;
    }
}
