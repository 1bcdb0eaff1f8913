namespace Site.Core.Rendering.Models;

/// <summary>A substance or mechanism as the home page shows it: a link, its summary, and how much evidence the page holds.</summary>
/// <param name="Page">The page, its title and summary.</param>
/// <param name="References">The distinct references the page cites, retracted works left out.</param>
/// <param name="Claims">The claims the page makes.</param>
/// <param name="Retracted">The distinct retracted works the page cites, not counted in <paramref name="References"/>.</param>
public sealed record PageCard(PageLink Page, int References, int Claims, int Retracted = 0);
