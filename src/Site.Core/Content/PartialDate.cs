using System.Globalization;

namespace Site.Core.Content;

/// <summary>
/// A publication date as precise as the source gives it: a year, a year and month, or a full date
/// (CSL-JSON <c>date-parts</c>). Written in front matter as <c>2018</c>, <c>2018-07</c> or <c>2018-07-24</c>.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month (1-12), or null.</param>
/// <param name="Day">The day of the month, or null; only with a month.</param>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>Parses <c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>; the date must exist.</summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryNumber(parts[0], out var year) || year < 1000)
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !TryNumber(parts[1], out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !TryNumber(parts[2], out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The parts present, as CSL-JSON <c>date-parts</c> lists them.</summary>
    public IReadOnlyList<int> Parts => Day is { } d ? [Year, Month!.Value, d] : Month is { } m ? [Year, m] : [Year];

    /// <summary>The date as written in front matter: <c>2018</c>, <c>2018-07</c> or <c>2018-07-24</c>.</summary>
    public override string ToString() =>
        string.Join('-', Parts.Select((p, i) => p.ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture)));

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
