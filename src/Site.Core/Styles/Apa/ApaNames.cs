using System.Text;
using Site.Core.Content;

namespace Site.Core.Styles.Apa;

/// <summary>How APA 7 writes authors: in the reference list ("Jones, J. L., Smith, A., &amp; Dakwar, E.") and in the text ("Jones et al.").</summary>
internal static class ApaNames
{
    // APA 7 (9.8): up to 20 authors are all listed; from 21, the first 19, an ellipsis, and the last.
    private const int ListedInFull = 20;
    private const int ListedBeforeEllipsis = 19;

    /// <summary>The reference list's author list, or null when the work has no author.</summary>
    public static string? List(IReadOnlyList<Author> authors)
    {
        if (authors.Count == 0)
        {
            return null;
        }

        var names = authors.Select(Inverted).ToArray();
        if (names.Length == 1)
        {
            return names[0];
        }

        return names.Length <= ListedInFull
            ? string.Join(", ", names[..^1]) + ", & " + names[^1]
            : string.Join(", ", names[..ListedBeforeEllipsis]) + ", … " + names[^1];
    }

    /// <summary>The names in a parenthetical citation: "Jones", "Jones &amp; Smith", "Jones et al." from three authors; null without authors.</summary>
    public static string? InText(IReadOnlyList<Author> authors) => authors.Count switch
    {
        0 => null,
        1 => authors[0].Family,
        2 => $"{authors[0].Family} & {authors[1].Family}",
        _ => $"{authors[0].Family} et al.",
    };

    /// <summary>"Jones, J. L.", or an organisation's name as written.</summary>
    public static string Inverted(Author author) =>
        Initials(author) is { Length: > 0 } initials ? $"{author.Family}, {initials}" : author.Family;

    /// <summary>The given names as initials, each with its period: "JL", "J.L." and "Jennifer Lynn" give "J. L.", "Jean-Paul" gives "J.-P.".</summary>
    public static string Initials(Author author)
    {
        // Initials as written are spelled out by the name itself ("JL" gives "J. L."); full names are shortened here.
        if (author.CslGiven is not { } given)
        {
            return string.Empty;
        }

        var initials = new StringBuilder();
        foreach (var word in given.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (initials.Length > 0)
            {
                initials.Append(' ');
            }

            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    initials.Append('-');
                }

                initials.Append(char.ToUpperInvariant(parts[i][0])).Append('.');
            }
        }

        return initials.ToString();
    }
}
