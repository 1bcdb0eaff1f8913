namespace Site.Core.Rendering.Models;

/// <summary>
/// The page a server shows for a missing URL. It is served at whatever address was asked for, so
/// relative links would point nowhere: its links start from the root of the host instead, under the
/// path of site.yml's <c>baseUrl</c> when the site is published in a folder ("/evidence/substances/").
/// </summary>
public sealed record NotFoundPageModel : PageModel
{
    /// <summary>The pages that lead to everything on the site, each with what it holds (its summary, or null).</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];

    /// <inheritdoc />
    public override bool Indexed => false;

    /// <inheritdoc />
    public override string Href(string siteUrl) => Site.Address?.Rooted(siteUrl) ?? siteUrl;
}
