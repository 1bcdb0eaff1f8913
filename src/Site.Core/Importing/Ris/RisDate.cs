namespace Site.Core.Importing.Ris;

/// <summary>
/// A date as RIS fields write it, with only the parts the field gives: <c>2018</c>, <c>2018/07/24/</c>, <c>2018///</c>,
/// <c>2018/07</c>, <c>2024/03/15/23:04:55</c> (Zotero's access time), <c>2018-07-24</c>, or EndNote's <c>Jul 24</c>
/// (the year is then in <c>PY</c>).
/// </summary>
/// <param name="Year">The year, or null when the field gives none.</param>
/// <param name="Month">The month, or null.</param>
/// <param name="Day">The day, or null.</param>
/// <param name="Season">A season named in the field ("Spring"), or null.</param>
internal readonly record struct RisDate(int? Year, int? Month, int? Day, string? Season)
{
    /// <summary>Reads a date field; false when it is no date (the parts it names do not exist, or it holds words that are no date).</summary>
    public static bool TryParse(string value, out RisDate date)
    {
        date = default;
        var text = value.Trim();
        if (text.Length >= 4 && text[..4].All(char.IsAsciiDigit) && (text.Length == 4 || text[4] == '/'))
        {
            return TrySlashed(text.Split('/'), out date);
        }

        if (text.Length >= 7 && text[..4].All(char.IsAsciiDigit) && text[4] == '-')
        {
            // ISO 8601, as Mendeley and hand-written files have it; a time after the date is dropped.
            var iso = text.Split('T', ' ')[0].Split('-');
            return TrySlashed(iso, out date);
        }

        return TryWords(text, out date);
    }

    // "yyyy/mm/dd/other": each part may be empty; the fourth is free text ("Spring", a time) and only a season is kept.
    private static bool TrySlashed(string[] parts, out RisDate date)
    {
        date = default;
        var year = CslDates.Number(parts[0]);
        int? month = null;
        int? day = null;
        if (parts.Length > 1 && parts[1].Length > 0)
        {
            month = CslDates.Number(parts[1]) ?? (CslDates.Month(parts[1]) is > 0 and var named ? named : null);
            if (month is null)
            {
                return false;
            }
        }

        if (parts.Length > 2 && parts[2].Length > 0)
        {
            day = CslDates.Number(parts[2]);
            if (day is null || month is null)
            {
                return false;
            }
        }

        var other = parts.Length > 3 ? string.Join('/', parts[3..]).Trim() : string.Empty;
        var season = CslDates.IsSeason(other) ? other : null;
        if (year is not { } y || CslDates.Create(y, month, day) is null)
        {
            return false;
        }

        date = new RisDate(year, month, day, season);
        return true;
    }

    // Words in any order: a four-digit year, a month name, a day number, a season ("Jul 24", "24 July 2018", "Spring 2018").
    private static bool TryWords(string text, out RisDate date)
    {
        date = default;
        int? year = null;
        int? month = null;
        int? day = null;
        string? season = null;
        foreach (var word in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length == 4 && CslDates.Number(word) is { } y && year is null)
            {
                year = y;
            }
            else if (word.Length <= 2 && CslDates.Number(word) is { } d && day is null)
            {
                day = d;
            }
            else if (CslDates.Month(word) is > 0 and var m && month is null)
            {
                month = m;
            }
            else if (CslDates.IsSeason(word) && season is null)
            {
                season = word;
            }
            else
            {
                return false;
            }
        }

        if ((year is null && month is null && season is null) || (day is not null && month is null))
        {
            return false;
        }

        // Without a year, the day is checked against a leap year: "Feb 29" may be right, the year will tell.
        if (CslDates.Create(year ?? 2000, month, day) is null)
        {
            return false;
        }

        date = new RisDate(year, month, day, season);
        return true;
    }
}
