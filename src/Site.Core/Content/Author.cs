namespace Site.Core.Content;

/// <summary>
/// An author as CSL-JSON names one: a family name and given names or initials. An organisation
/// (or any name that is not a person's) has only <see cref="Family"/>, and is shown as written.
/// </summary>
/// <param name="Family">The family name, or the whole name of an organisation.</param>
/// <param name="Given">Given names or initials ("JL", "Jennifer L."), or null.</param>
public sealed record Author(string Family, string? Given)
{
    /// <summary>
    /// Reads "Family Initials" as written in reference lists ("Jones JL", "van der Berg A"). A name
    /// whose last word is not initials ("World Health Organization") is kept whole, as an organisation.
    /// </summary>
    public static Author Parse(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.LastIndexOf(' ');
        if (space > 0 && LooksLikeInitials(trimmed.AsSpan(space + 1)))
        {
            return new Author(trimmed[..space].TrimEnd(), trimmed[(space + 1)..]);
        }

        return new Author(trimmed, null);
    }

    /// <summary>The initials of the given names, as Vancouver writes them: "Jennifer L." and "J. L." give "JL".</summary>
    public string Initials
    {
        get
        {
            if (Given is not { } given)
            {
                return string.Empty;
            }

            if (LooksLikeInitials(given))
            {
                return string.Concat(given.Where(char.IsLetter));
            }

            var initials = new System.Text.StringBuilder();
            foreach (var word in given.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
            {
                initials.Append(char.ToUpperInvariant(word[0]));
            }

            return initials.ToString();
        }
    }

    /// <summary>
    /// The given names as CSL processors and BibTeX read them, or null for an organisation: initials each with its
    /// period ("JL" and "J.L." give "J. L.", "J-P" gives "J.-P."), full given names as written. Written "JL", initials
    /// are one given name to citeproc-js, pandoc and BibTeX, and a style that prints initials prints "Jones J".
    /// </summary>
    public string? CslGiven
    {
        get
        {
            if (Given is not { } given || !LooksLikeInitials(given))
            {
                return Given;
            }

            var spelled = new System.Text.StringBuilder(given.Length * 3);
            for (var i = 0; i < given.Length; i++)
            {
                if (!char.IsLetter(given[i]))
                {
                    continue;
                }

                if (spelled.Length > 0)
                {
                    spelled.Append(given[i - 1] == '-' ? "-" : " ");
                }

                spelled.Append(given[i]).Append('.');
            }

            return spelled.ToString();
        }
    }

    /// <summary>The name as Vancouver lists it: "Jones JL", or an organisation's name.</summary>
    public string Vancouver => Given is null ? Family : $"{Family} {Initials}".TrimEnd();

    // "JL", "J.L.", "J-P", "JL." : up to four capitals, with optional dots or hyphens between them.
    private static bool LooksLikeInitials(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '-'))
            {
                return false;
            }
        }

        return letters is > 0 and <= 4;
    }
}
