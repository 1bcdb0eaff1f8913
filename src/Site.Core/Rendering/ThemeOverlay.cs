using Site.Core.Diagnostics;

namespace Site.Core.Rendering;

/// <summary>A theme with a site's own theme folder laid over it, and what could not be used of the folder.</summary>
/// <param name="Theme">The theme to render with.</param>
/// <param name="Diagnostics">The folder's files that could not be used, each at its file, line and column.</param>
public sealed record ThemeOverlay(ISiteTheme Theme, IReadOnlyList<Diagnostic> Diagnostics);
