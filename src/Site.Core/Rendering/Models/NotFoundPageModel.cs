namespace Site.Core.Rendering.Models;

/// <summary>The page a server shows for a missing URL. Its links are relative to the site root.</summary>
public sealed record NotFoundPageModel : PageModel;
