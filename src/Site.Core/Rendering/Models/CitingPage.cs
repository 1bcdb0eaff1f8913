namespace Site.Core.Rendering.Models;

/// <summary>A page that cites a reference, with each citing passage.</summary>
/// <param name="Page">The citing page.</param>
/// <param name="Passages">The passages, in document order.</param>
public sealed record CitingPage(PageLink Page, IReadOnlyList<PassageLink> Passages);
