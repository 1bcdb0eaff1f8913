namespace Site.Core.Editions;

/// <summary>The claims of one published edition of a site, in the order its <c>claims.json</c> lists them.</summary>
/// <param name="Claims">Every claim, in page and document order.</param>
public sealed record Edition(IReadOnlyList<EditionClaim> Claims);
