using System.Globalization;

namespace Site.Core.Building;

/// <summary>The date a build runs on, as the rules that depend on it (overdue reviews) see it.</summary>
public static class BuildDate
{
    /// <summary>
    /// The UTC date of <c>SOURCE_DATE_EPOCH</c> (seconds since 1970) when it is set, so that a pinned
    /// build reports the same diagnostics on any day; otherwise today's UTC date.
    /// </summary>
    public static DateOnly Today() => FromEpoch(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")) ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The UTC date of a <c>SOURCE_DATE_EPOCH</c> value, or null when it is absent or not a number of seconds.</summary>
    public static DateOnly? FromEpoch(string? seconds) => InstantOfEpoch(seconds) is { } instant ? DateOnly.FromDateTime(instant.UtcDateTime) : null;

    /// <summary>
    /// The moment an edition is dated, for what needs a time and not only a day (the Atom feed of changes): the instant of
    /// <c>SOURCE_DATE_EPOCH</c> when it is set, so the feed is the same on every rebuild; otherwise midnight UTC of
    /// <paramref name="today"/> (by default <see cref="Today"/>), so rebuilds on one day agree.
    /// </summary>
    public static DateTimeOffset Moment(DateOnly? today = null) =>
        InstantOfEpoch(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"))
        ?? new DateTimeOffset((today ?? Today()).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset? InstantOfEpoch(string? seconds) =>
        long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(value)
            : null;
}
