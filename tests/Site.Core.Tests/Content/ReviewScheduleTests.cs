using Site.Core.Content;

namespace Site.Core.Tests.Content;

/// <summary>When a review falls due, the one date behind both the editor's warning and the readers' notice.</summary>
public sealed class ReviewScheduleTests
{
    [Theory]
    [InlineData("2023-06-01", 24, "2025-06-01", null)]
    [InlineData("2023-05-31", 24, "2025-06-01", "2025-05-31")]
    [InlineData("2024-02-29", 24, "2026-03-01", "2026-02-28")]
    [InlineData("2024-02-29", 24, "2026-02-28", null)]
    [InlineData("2025-05-01", 1, "2025-06-02", "2025-06-01")]
    public void Should_be_overdue_from_the_day_after_the_review_falls_due(string reviewed, int months, string today, string? overdueSince)
    {
        // Given a review date, a maximum age and a build date
        // When the review is checked on that date
        var since = ReviewSchedule.OverdueSince(DateOnly.Parse(reviewed, System.Globalization.CultureInfo.InvariantCulture), months, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        // Then a review due today is still in time; one due before is overdue since its due date (the last day of a
        // shorter month when the day does not exist)
        since.ShouldBe(overdueSince is null ? null : DateOnly.Parse(overdueSince, System.Globalization.CultureInfo.InvariantCulture));
    }
}
