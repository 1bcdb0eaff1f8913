namespace Site.Core.Content;

/// <summary>Front matter of a plain page.</summary>
public sealed record PageFrontMatter(string Title, string? Description) : FrontMatter(Title)
{
    /// <inheritdoc />
    public override string? Synopsis => Description;
}
