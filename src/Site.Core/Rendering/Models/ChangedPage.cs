namespace Site.Core.Rendering.Models;

/// <summary>One page's section of /changes/.</summary>
/// <param name="Id">The section's id ("changes-substances-ketamine").</param>
/// <param name="Url">The page's site URL in this edition (or the last, for a removed page).</param>
/// <param name="Page">The page in this edition, or null when it is gone: then it is named by its URL, not linked.</param>
/// <param name="Kind">What happened to it: "changed", "added", "removed" or "moved".</param>
/// <param name="Note">The line under its heading ("Moved from /x/; 1 claim added.").</param>
public sealed record ChangedPage(string Id, string Url, PageLink? Page, string Kind, string Note)
{
    /// <summary>The claims added to it.</summary>
    public IReadOnlyList<ChangedClaim> Added { get; init; } = [];

    /// <summary>Its claims that changed.</summary>
    public IReadOnlyList<ClaimRevision> Changed { get; init; } = [];

    /// <summary>The claims removed from it.</summary>
    public IReadOnlyList<ChangedClaim> Removed { get; init; } = [];
}
