namespace Site.Core.Editions;

/// <summary>What changed on one page.</summary>
/// <param name="Url">The page's URL now (for a removed page, its old URL).</param>
/// <param name="PreviousUrl">Its old URL when it moved; otherwise null.</param>
/// <param name="Kind">What happened to the page.</param>
/// <param name="Added">Claims that are new, in document order.</param>
/// <param name="Changed">Claims that changed, in document order.</param>
/// <param name="Removed">Claims that are gone, in their old document order.</param>
public sealed record PageChanges(
    string Url,
    string? PreviousUrl,
    PageChangeKind Kind,
    IReadOnlyList<EditionClaim> Added,
    IReadOnlyList<ClaimChange> Changed,
    IReadOnlyList<EditionClaim> Removed);
