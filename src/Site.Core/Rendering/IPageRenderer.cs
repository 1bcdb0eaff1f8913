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

    /// <summary>
    /// Renders one page as <see cref="Render(PageModel, ISet{string})"/> does (<paramref name="templates"/> null to record none),
    /// into the renderer's own buffer if it has one: the HTML is valid only until this renderer's next call, so that a page's
    /// text is not a new string for every page of a large site.
    /// </summary>
    /// <exception cref="ThemeRenderException">A site's own template failed.</exception>
    ReadOnlyMemory<char> RenderBuffered(PageModel page, ISet<string>? templates) =>
        (templates is null ? Render(page) : Render(page, templates)).AsMemory();
}
