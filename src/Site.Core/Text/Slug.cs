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

    /// <summary>Turns any text into lower-case kebab ("NMDA Receptor (GluN2B)" becomes "nmda-receptor-glun2b").</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
