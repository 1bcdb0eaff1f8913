using System.Globalization;
using Site.Core.Content;

namespace Site.Core.Importing;

/// <summary>The pieces of dates that tagged formats write: month names and numbers, checked so that no date is invented.</summary>
internal static class CslDates
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Seasons = ["spring", "summer", "autumn", "fall", "winter"];

    /// <summary>A date that exists: the year from 1000 on, the month 1-12, the day within its month; null otherwise.</summary>
    public static PartialDate? Create(int year, int? month = null, int? day = null)
    {
        if (year is < 1000 or > 9999 || month is < 1 or > 12 || (day is not null && month is null))
        {
            return null;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            return null;
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>The month of an English name or its abbreviation ("Jul", "July", "Sept", "Jul."), case aside; 0 when it is none.</summary>
    public static int Month(string word)
    {
        var name = word.TrimEnd('.').ToLowerInvariant();
        if (name.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < Months.Length; i++)
        {
            if (Months[i].StartsWith(name, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>True when the word is a season ("Spring", "Fall"...).</summary>
    public static bool IsSeason(string word) => Seasons.Contains(word.ToLowerInvariant());

    /// <summary>A number of digits only ("07", "2018"), or null.</summary>
    public static int? Number(string text) =>
        text.Length is > 0 and <= 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
