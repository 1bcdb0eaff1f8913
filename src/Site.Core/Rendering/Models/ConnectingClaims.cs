namespace Site.Core.Rendering.Models;

/// <summary>The claims on one page that link to another (a substance's claims that link to a condition).</summary>
/// <param name="Id">The id of the page the claims are on ("ketamine"): unique among the connections of one page, so a theme can make element ids of it.</param>
/// <param name="Page">The page the claims are on.</param>
/// <param name="Claims">The claims, in document order.</param>
public sealed record ConnectingClaims(string Id, PageLink Page, IReadOnlyList<PassageLink> Claims);
