namespace Site.Core.Rendering.Models;

/// <summary>The home page: its own text (from index.md, if any), then the substances and mechanisms.</summary>
public sealed record HomePageModel : PageModel
{
    /// <summary>The body of index.md as HTML, or empty.</summary>
    public required string BodyHtml { get; init; }

    /// <summary>The substances, by title, with their evidence counts.</summary>
    public required IReadOnlyList<PageCard> Substances { get; init; }

    /// <summary>The mechanisms, by title, with their evidence counts.</summary>
    public required IReadOnlyList<PageCard> Mechanisms { get; init; }

    /// <summary>Every condition, in title order; the home page lists them once there are any.</summary>
    public IReadOnlyList<PageCard> Conditions { get; init; } = [];
}
