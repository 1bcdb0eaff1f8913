using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Theme;

namespace Site.Preview.Tests;

/// <summary>The real theme, whose renderers hold every page until <see cref="Release"/>: a build that takes as long as a test needs.</summary>
internal sealed class HeldTheme : ISiteTheme, IDisposable
{
    private readonly LiquidTheme _theme = new();
    private readonly ManualResetEventSlim _released = new();
    private int _started;

    public IReadOnlyList<ThemeAsset> Assets => _theme.Assets;

    /// <summary>True once a build has started rendering a page.</summary>
    public bool RenderingStarted => Volatile.Read(ref _started) == 1;

    public IPageRenderer CreateRenderer() => new HeldRenderer(this, _theme.CreateRenderer());

    public ThemeOverlay Overlay(ThemeFolderFiles folder) => _theme.Overlay(folder);

    /// <summary>Lets every held and later page render.</summary>
    public void Release() => _released.Set();

    public void Dispose()
    {
        _released.Set();
        _released.Dispose();
    }

    private sealed class HeldRenderer(HeldTheme owner, IPageRenderer inner) : IPageRenderer
    {
        public string Render(PageModel page)
        {
            Volatile.Write(ref owner._started, 1);
            // Bounded, so that a test that forgets to release fails instead of hanging.
            owner._released.Wait(PreviewSite.Patience);
            return inner.Render(page);
        }

        public void Dispose() => inner.Dispose();
    }
}
