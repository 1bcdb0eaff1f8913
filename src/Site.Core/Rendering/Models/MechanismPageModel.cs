namespace Site.Core.Rendering.Models;

/// <summary>A mechanism page.</summary>
public sealed record MechanismPageModel : ArticlePageModel
{
    /// <summary>Other names.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>The substances that act through it (derived from the substances' lists).</summary>
    public required IReadOnlyList<PageLink> Substances { get; init; }

    /// <summary>The references behind the page, by evidence level.</summary>
    public required EvidenceSummary Evidence { get; init; }

    /// <summary>When it was last reviewed, or null when it has not been.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>The day its review fell due when that is before the build date, else null: readers are told.</summary>
    public DateOnly? ReviewOverdueSince { get; init; }
}
