namespace Site.Core.Content;

/// <summary>The value of a date variable (<c>original-date</c>, <c>event-date</c>...).</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Date">The date, as precise as written.</param>
public sealed record CslDate(CslVariable Variable, PartialDate Date) : CslValue(Variable);
