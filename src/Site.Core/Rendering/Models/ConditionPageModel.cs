namespace Site.Core.Rendering.Models;

/// <summary>A condition page.</summary>
public sealed record ConditionPageModel : ArticlePageModel
{
    /// <summary>Other names.</summary>
    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>The substances studied for it (derived from the substances' lists), with their summaries.</summary>
    public required IReadOnlyList<PageLink> Substances { get; init; }

    /// <summary>The substances whose pages link to it, each with the claims there that do, in the substances' title order.</summary>
    public required IReadOnlyList<ConnectingClaims> Connections { get; init; }

    /// <summary>The references behind the page, by evidence level.</summary>
    public required EvidenceSummary Evidence { get; init; }

    /// <summary>When it was last reviewed, or null when it has not been.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>The day its review fell due when that is before the build date, else null: readers are told.</summary>
    public DateOnly? ReviewOverdueSince { get; init; }
}
