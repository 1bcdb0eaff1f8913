using Site.Core.Editions;

namespace Site.Core.Rendering.Models;

/// <summary>/changes/: what changed since the previous edition, page by page, with links to the claims where they are now.</summary>
public sealed record ChangesPageModel : PageModel
{
    /// <summary>What changed.</summary>
    public required EditionChanges Changes { get; init; }

    /// <summary>Every page of this edition, by URL: a changed page that is not here (a removed one) is named by its URL and not linked.</summary>
    public required IReadOnlyDictionary<string, PageLink> Pages { get; init; }

    /// <summary>The page at <paramref name="url"/> in this edition, or null when it is gone.</summary>
    public PageLink? PageAt(string url) => Pages.GetValueOrDefault(url);

    /// <summary>The link to a claim on its page in this edition: its page's link and its anchor.</summary>
    public string ClaimHref(EditionClaim claim) => $"{Href(claim.Page)}#{claim.Anchor}";
}
