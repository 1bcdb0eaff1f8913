using Site.Core.Rendering.Models;

namespace Site.Core.Rendering;

/// <summary>Turns page models into complete HTML documents.</summary>
public interface IPageRenderer : IDisposable
{
    /// <summary>Renders one page.</summary>
    /// <exception cref="ThemeRenderException">A site's own template failed.</exception>
    string Render(PageModel page);

    /// <summary>
    /// Renders one page and adds to <paramref name="templates"/> the path of each of the theme's templates it used
    /// ("templates/pages/SubstancePage.liquid"): preview renders a page again when one of them changes. A renderer that
    /// cannot tell adds nothing, and then every page is rendered again after any change to the theme.
    /// </summary>
    /// <exception cref="ThemeRenderException">A site's own template failed.</exception>
    string Render(PageModel page, ISet<string> templates) => Render(page);
}
