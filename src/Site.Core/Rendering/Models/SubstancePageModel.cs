namespace Site.Core.Rendering.Models;

/// <summary>A substance page.</summary>
public sealed record SubstancePageModel : ArticlePageModel
{
    /// <summary>Its pharmacological class, or null.</summary>
    public string? Class { get; init; }

    /// <summary>Other names.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>The mechanisms it acts through.</summary>
    public required IReadOnlyList<PageLink> Mechanisms { get; init; }

    /// <summary>The conditions it has been studied for.</summary>
    public IReadOnlyList<PageLink> Conditions { get; init; } = [];

    /// <summary>The references behind the page, by evidence level.</summary>
    public required EvidenceSummary Evidence { get; init; }

    /// <summary>When it was last reviewed, or null when it has not been.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>The day its review fell due when that is before the build date, else null: readers are told.</summary>
    public DateOnly? ReviewOverdueSince { get; init; }
}
