namespace Site.Core.Content;

/// <summary>Front matter of a mechanism. Which substances act through it is derived from the substances.</summary>
public sealed record MechanismFrontMatter(
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
