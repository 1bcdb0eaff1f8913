using Site.Core.Rendering.Models;

namespace Site.Core.Rendering;

/// <summary>Turns page models into complete HTML documents.</summary>
public interface IPageRenderer : IDisposable
{
    /// <summary>Renders one page.</summary>
    string Render(PageModel page);
}
