namespace Site.Core.Editions;

/// <summary>What changed between two editions, page by page, in page URL order.</summary>
/// <param name="Pages">Every page with something to report: claims added, changed or removed, or the page itself added, removed or moved.</param>
public sealed record EditionChanges(IReadOnlyList<PageChanges> Pages)
{
    /// <summary>Every claim added, page by page.</summary>
    public IReadOnlyList<EditionClaim> Added => [.. Pages.SelectMany(p => p.Added)];

    /// <summary>Every claim removed, page by page.</summary>
    public IReadOnlyList<EditionClaim> Removed => [.. Pages.SelectMany(p => p.Removed)];

    /// <summary>Every claim changed, page by page.</summary>
    public IReadOnlyList<ClaimChange> Changed => [.. Pages.SelectMany(p => p.Changed)];

    /// <summary>True when the editions' claims are the same.</summary>
    public bool IsEmpty => Pages.Count == 0;
}
