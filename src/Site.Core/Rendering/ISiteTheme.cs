namespace Site.Core.Rendering;

/// <summary>A theme: page templates and the static files they need.</summary>
public interface ISiteTheme
{
    /// <summary>Files written under /theme/ (stylesheets, scripts, images), by path relative to that folder.</summary>
    IReadOnlyList<ThemeAsset> Assets { get; }

    /// <summary>A renderer for one worker thread; renderers are not shared between threads.</summary>
    IPageRenderer CreateRenderer();
}
