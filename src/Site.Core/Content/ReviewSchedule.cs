namespace Site.Core.Content;

/// <summary>
/// When a page's review falls due: <c>reviewMaxAgeMonths</c> after its <c>reviewed</c> date. The one computation
/// behind both the editor's <c>stale-review</c> warning and the readers' "Review overdue" notice.
/// </summary>
public static class ReviewSchedule
{
    /// <summary>The day a review made on <paramref name="reviewed"/> falls due.</summary>
    public static DateOnly DueDate(DateOnly reviewed, int maxAgeMonths) => reviewed.AddMonths(maxAgeMonths);

    /// <summary>The day the review has been overdue since, on the build date <paramref name="today"/>, or null while it is not (due today is still in time).</summary>
    public static DateOnly? OverdueSince(DateOnly reviewed, int maxAgeMonths, DateOnly today) =>
        DueDate(reviewed, maxAgeMonths) is var due && due < today ? due : null;
}
