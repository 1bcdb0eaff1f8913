namespace Site.Core.Rendering.Models;

/// <summary>
/// The page a server shows for a missing URL. It is served at whatever address was asked for, so
/// relative links would point nowhere: its links start from the site root instead.
/// </summary>
public sealed record NotFoundPageModel : PageModel
{
    /// <inheritdoc />
    public override string Href(string siteUrl) => siteUrl;
}
