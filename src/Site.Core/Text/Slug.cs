using System.Text;

namespace Site.Core.Text;

/// <summary>Lower-case kebab identifiers: document ids and heading anchors.</summary>
public static class Slug
{
    /// <summary>True when <paramref name="value"/> is lower-case kebab: a-z, 0-9, single hyphens inside.</summary>
    public static bool IsKebab(string value)
    {
        if (value.Length == 0 || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Turns any text into lower-case kebab ("NMDA Receptor (GluN2B)" becomes "nmda-receptor-glun2b").
    /// Latin letters with diacritics fold to their base letters ("Crème brûlée" becomes "creme-brulee");
    /// other characters separate words.
    /// </summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            var folded = Fold(char.ToLowerInvariant(c));
            if (folded is null)
            {
                pendingHyphen = true;
                continue;
            }

            if (pendingHyphen && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(folded);
            pendingHyphen = false;
        }

        return builder.ToString();
    }

    /// <summary>An id as words for a title: "nitrous-oxide" becomes "Nitrous oxide".</summary>
    public static string Humanize(string id) =>
        id.Length == 0 ? id : char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' ');

    // The fold is a table rather than Unicode decomposition: the tool runs with invariant
    // globalization, where normalization does not decompose, and ids must not depend on the machine.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    private static string? Fold(char c)
    {
        if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
        {
            return c.ToString();
        }

        var index = Accented.IndexOf(c);
        if (index >= 0)
        {
            return Plain[index].ToString();
        }

        return c switch
        {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'þ' => "th",
            'ð' => "d",
            _ => null,
        };
    }
}
