namespace Site.Core.Rendering.Models;

/// <summary>/changes/: what changed since the previous edition, page by page, with links to the claims where they are now.</summary>
public sealed record ChangesPageModel : PageModel
{
    /// <summary>The line that sums the changes up ("3 claims added, 1 changed on 2 pages since the previous edition.").</summary>
    public required string Summary { get; init; }

    /// <summary>The pages that changed, in the comparison's order.</summary>
    public required IReadOnlyList<ChangedPage> Pages { get; init; }
}
