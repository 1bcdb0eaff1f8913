using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Site.Core.Content;

namespace Site.Core.Importing;

/// <summary>
/// The conventions of <see cref="ImportedEntry"/> that every reader keeps, in one place: folded white space, a bare
/// DOI, a page range with a hyphen, a date as <c>date-parts</c>.
/// </summary>
internal static class CslValues
{
    // A DOI is written bare in CSL; exports add a resolver or a label in front of it, in any case.
    private static readonly string[] DoiPrefixes =
    [
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "dx.doi.org/",
        "doi:", "doi ",
    ];

    /// <summary>
    /// The text with every run of white space (line breaks and no-break spaces too) made one space, trimmed, accents
    /// composed with their letters (<see cref="CombiningMarks"/>); null when nothing is left.
    /// </summary>
    public static string? Text(string? value)
    {
        if (value is null)
        {
            return null;
        }

        value = CombiningMarks.Compose(value);
        var text = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>
    /// A DOI without a resolver or label: <c>https://doi.org/10.1000/x</c>, <c>doi:10.1000/x</c> and
    /// <c>10.1000/x</c> are all <c>10.1000/x</c>; a resolver's percent-encoding is undone. Null when empty.
    /// </summary>
    public static string? BareDoi(string? value)
    {
        var doi = Text(value);
        if (doi is null)
        {
            return null;
        }

        foreach (var prefix in DoiPrefixes)
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = doi[prefix.Length..].TrimStart();
                doi = prefix.Contains('/', StringComparison.Ordinal) ? Uri.UnescapeDataString(rest) : rest;
                break;
            }
        }

        return doi.Length == 0 ? null : doi;
    }

    /// <summary>
    /// A page range with a hyphen, as the site writes ranges: BibTeX's <c>575--82</c>, an en dash and
    /// <c>575 - 82</c> are all <c>575-82</c>. Null when empty.
    /// </summary>
    public static string? PageRange(string? value)
    {
        var pages = Text(value);
        if (pages is null)
        {
            return null;
        }

        var range = new StringBuilder(pages.Length);
        for (var i = 0; i < pages.Length; i++)
        {
            if (pages[i] is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212')
            {
                while (range.Length > 0 && range[^1] == ' ')
                {
                    range.Length--;
                }

                range.Append('-');
                while (i + 1 < pages.Length && pages[i + 1] is ' ' or '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212')
                {
                    i++;
                }
            }
            else
            {
                range.Append(pages[i]);
            }
        }

        return range.ToString();
    }

    /// <summary>A date as CSL-JSON writes it: <c>{"date-parts": [[2018, 7, 24]]}</c>, with the parts the date has.</summary>
    public static JsonObject Date(PartialDate date)
    {
        var parts = new JsonArray();
        foreach (var part in date.Parts)
        {
            parts.Add(part);
        }

        return new JsonObject { ["date-parts"] = new JsonArray(parts) };
    }

    /// <summary>
    /// Reads an ISO 8601 date as BibLaTeX and EDTF write it: <c>2018</c>, <c>2018-07</c>, <c>2018-07-24</c>, a time
    /// after a <c>T</c> (ignored), or a range <c>2018-07-24/2018-07-30</c> or <c>2018/</c>, of which the start is taken.
    /// </summary>
    public static bool TryParseIsoDate(string? text, out PartialDate date)
    {
        date = default;
        if (Text(text) is not { } value)
        {
            return false;
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var start = slash < 0 ? value : value[..slash];
        var time = start.IndexOf('T', StringComparison.Ordinal);
        if (time > 0)
        {
            start = start[..time];
        }

        return PartialDate.TryParse(start, out date);
    }

    /// <summary>A month from its number (<c>7</c>, <c>07</c>) or its English name or abbreviation (<c>July</c>, <c>jul</c>, <c>Jul.</c>).</summary>
    public static int? Month(string? text)
    {
        if (Text(text)?.TrimEnd('.') is not { } month)
        {
            return null;
        }

        if (int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var m = 1; m <= 12; m++)
        {
            if (string.Equals(month, names.GetMonthName(m), StringComparison.OrdinalIgnoreCase)
                || string.Equals(month, names.GetAbbreviatedMonthName(m), StringComparison.OrdinalIgnoreCase)
                || (m == 9 && string.Equals(month, "Sept", StringComparison.OrdinalIgnoreCase)))
            {
                return m;
            }
        }

        return null;
    }
}
