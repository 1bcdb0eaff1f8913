namespace Site.Core.Rendering.Models;

/// <summary>The claims on one page that link to another (a substance's claims that link to a condition).</summary>
/// <param name="Page">The page the claims are on.</param>
/// <param name="Claims">The claims, in document order.</param>
public sealed record ConnectingClaims(PageLink Page, IReadOnlyList<PassageLink> Claims);
