using Site.Core.Content;

namespace Site.Core.Importing.Medline;

/// <summary>
/// A MEDLINE date of publication (<c>DP</c>) with as much as is sure: <c>2018 Jul 24</c>, <c>2018 Jul</c>, <c>2018</c>;
/// a range, <c>2018 Jul-Aug</c> or <c>2018 Dec-2019 Jan</c>, as a CSL range from its first to its last month; a season,
/// <c>2018 Spring</c>, as the year and the season's name. Anything else after a year (MEDLINE's free-text dates) is
/// left out, the year kept.
/// </summary>
/// <param name="Start">The date, or the first of a range.</param>
/// <param name="End">The last date of a range, or null.</param>
/// <param name="Season">The season as written ("Spring", "Spring-Summer"), or null.</param>
internal readonly record struct MedlineDate(PartialDate Start, PartialDate? End = null, string? Season = null)
{
    /// <summary>Reads a DP value; false when it does not start with a year.</summary>
    public static bool TryParse(string value, out MedlineDate date)
    {
        date = default;
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        // "1998-1999": a range of years.
        var years = words[0].Split('-');
        if (years.Length == 2 && Year(years[0]) is { } from && Year(years[1]) is { } to)
        {
            date = new MedlineDate(from, to);
            return true;
        }

        if (Year(words[0]) is not { } year)
        {
            return false;
        }

        date = new MedlineDate(year);
        var rest = string.Join(' ', words[1..]);
        if (rest.Length == 0)
        {
            return true;
        }

        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            if (CslDates.IsSeason(rest))
            {
                date = new MedlineDate(year, Season: rest);
            }
            else if (Day(year.Year, rest.Split(' '), null) is { } day)
            {
                date = new MedlineDate(day);
            }

            return true;
        }

        var left = rest[..dash].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var right = rest[(dash + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (left.Length == 1 && right.Length == 1 && CslDates.IsSeason(left[0]) && CslDates.IsSeason(right[0]))
        {
            date = new MedlineDate(year, Season: rest);
            return true;
        }

        if (Day(year.Year, left, null) is { } start)
        {
            // The end names what changes: "Aug" (the month), "30" (the day), "2019 Jan" (the year and month).
            var endYear = right.Length > 1 && Year(right[0]) is { } next ? next.Year : year.Year;
            var endWords = right.Length > 1 && Year(right[0]) is not null ? right[1..] : right;
            if (Day(endYear, endWords, start.Day is null ? null : start.Month) is { } end && Compare(start, end) < 0)
            {
                date = new MedlineDate(start, end);
            }
        }

        return true;
    }

    private static PartialDate? Year(string word) => word.Length == 4 && CslDates.Number(word) is { } y ? CslDates.Create(y) : null;

    // "Jul", "Jul 24", or (at the end of a range of days) "30" in the month given.
    private static PartialDate? Day(int year, string[] words, int? month)
    {
        return words switch
        {
            [var m] when CslDates.Month(m) is > 0 and var number => CslDates.Create(year, number),
            [var d] when month is { } known && d.Length <= 2 && CslDates.Number(d) is { } day => CslDates.Create(year, known, day),
            [var m, var d] when CslDates.Month(m) is > 0 and var number && d.Length <= 2 && CslDates.Number(d) is { } day => CslDates.Create(year, number, day),
            _ => null,
        };
    }

    private static int Compare(PartialDate a, PartialDate b) =>
        (a.Year, a.Month ?? 0, a.Day ?? 0).CompareTo((b.Year, b.Month ?? 0, b.Day ?? 0));
}
