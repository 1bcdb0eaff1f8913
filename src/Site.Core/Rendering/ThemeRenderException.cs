using Site.Core.Diagnostics;

namespace Site.Core.Rendering;

/// <summary>
/// A site's own template failed while rendering a page (it looped past the theme's limits, say): the render phase reports
/// the diagnostic and the build fails, with no stack trace. Thrown by renderers only for what a site's theme did.
/// </summary>
/// <param name="diagnostic">Where and what went wrong, at the template's file, line and column where known.</param>
public sealed class ThemeRenderException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    /// <summary>Where and what went wrong.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;
}
