namespace Site.Core.Content;

/// <summary>
/// Front matter of a condition (alcohol use disorder, ...). Which substances have been studied for it is derived from the
/// substances' <c>conditions</c> lists.
/// </summary>
/// <param name="Title">Its name.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Summary">A plain-text definition of at most 300 characters, shown in lists.</param>
/// <param name="Reviewed">When the page was last reviewed.</param>
public sealed record ConditionFrontMatter(
    string Title,
    IReadOnlyList<string> Aliases,
    string? Summary,
    DateOnly? Reviewed) : FrontMatter(Title)
{
    /// <inheritdoc />
    public override DateOnly? LastReviewed => Reviewed;

    /// <inheritdoc />
    public override string? Synopsis => Summary;
}
