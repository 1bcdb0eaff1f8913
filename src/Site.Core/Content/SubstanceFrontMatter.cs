namespace Site.Core.Content;

/// <summary>Front matter of a substance.</summary>
/// <param name="Title">Its common name.</param>
/// <param name="Aliases">Other names (brand names, street names).</param>
/// <param name="Class">Its pharmacological class, e.g. "Dissociative anaesthetic".</param>
/// <param name="Mechanisms">Ids of the mechanisms it acts through, with their positions.</param>
/// <param name="Summary">A plain-text definition of at most 300 characters, shown in lists.</param>
/// <param name="Reviewed">When the page was last reviewed.</param>
public sealed record SubstanceFrontMatter(
    string Title,
    IReadOnlyList<string> Aliases,
    string? Class,
    IReadOnlyList<Sourced<string>> Mechanisms,
    string? Summary,
    DateOnly? Reviewed) : FrontMatter(Title)
{
    /// <summary>Ids of the conditions it has been studied for, with their positions.</summary>
    public IReadOnlyList<Sourced<string>> Conditions { get; init; } = [];

    /// <inheritdoc />
    public override DateOnly? LastReviewed => Reviewed;

    /// <inheritdoc />
    public override string? Synopsis => Summary;
}
