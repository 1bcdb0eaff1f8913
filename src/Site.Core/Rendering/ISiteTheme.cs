namespace Site.Core.Rendering;

/// <summary>A theme: page templates and the static files they need.</summary>
public interface ISiteTheme
{
    /// <summary>Files written under /theme/ (stylesheets, scripts, images), by path relative to that folder.</summary>
    IReadOnlyList<ThemeAsset> Assets { get; }

    /// <summary>A renderer for one worker thread; renderers are not shared between threads.</summary>
    IPageRenderer CreateRenderer();

    /// <summary>
    /// This theme with a site's own theme folder laid over it: a file of the same relative path wins over this theme's
    /// (<c>templates/…</c> a template, <c>assets/…</c> an asset), and a new one adds to it. A file that cannot be used (a
    /// template that does not parse) is a diagnostic at its file, line and column, and this theme's own file is used instead.
    /// </summary>
    ThemeOverlay Overlay(ThemeFolderFiles folder);
}
