namespace Site.Core.Styles.Vancouver;

/// <summary>How much of a date the style shows for a type of work.</summary>
internal enum DateParts
{
    /// <summary>"2018": books, chapters and most other monographs.</summary>
    Year,

    /// <summary>"2018 Jul": reports.</summary>
    YearMonth,

    /// <summary>"2018 Jul 24": serials, and every date of citation.</summary>
    Full,
}
