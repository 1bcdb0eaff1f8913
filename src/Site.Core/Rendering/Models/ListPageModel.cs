namespace Site.Core.Rendering.Models;

/// <summary>A generated list of pages: all substances, all mechanisms.</summary>
public sealed record ListPageModel : PageModel
{
    /// <summary>The pages, in title order.</summary>
    public required IReadOnlyList<PageLink> Items { get; init; }

    /// <summary>What to say when the list is empty.</summary>
    public required string EmptyText { get; init; }
}
