namespace Site.Browser.Tests;

/// <summary>
/// The real site as it looks on a reader's screen: it follows the system's light or dark scheme, and
/// every kind of page fits a 360-pixel phone without scrolling sideways.
/// </summary>
public sealed class ColorSchemeAndWidthTests(BrowserFixture browser, RealSite site) : IClassFixture<BrowserFixture>, IClassFixture<RealSite>
{
    // Elements that reach past the window's right edge, with how far they reach, so a failure names what to
    // fix: leaving out those inside a box that scrolls or clips them, unless they are positioned (a box
    // that is not their containing block does not clip them).
    private const string Overflowing = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .filter(e => ['absolute', 'fixed'].includes(getComputedStyle(e).position)
            || ![...function* () { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) yield a; }()]
                 .some(a => getComputedStyle(a).overflowX !== 'visible'))
          .slice(0, 10)
          .map(e => `${e.localName}${e.id ? '#' + e.id : ''}${e.classList.length ? '.' + [...e.classList].join('.') : ''} reaches ${Math.round(e.getBoundingClientRect().right)}px`)
        """;

    [Theory]
    [MemberData(nameof(RealSite.PagesInBothSchemes), MemberType = typeof(RealSite))]
    public async Task Should_fit_a_360_pixel_wide_window_without_scrolling_sideways(string page, string scheme)
    {
        // Given a phone-sized window, 360 by 740 pixels
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, scheme, width: 360, height: 740);

        // When a page of the real site is open in it
        var tab = await site.OpenAsync(context, page);

        // Then the page is no wider than the window
        var widths = await tab.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        clientWidth.ShouldBe(360);
        scrollWidth.ShouldBeLessThanOrEqualTo(clientWidth, $"{page} ({scheme}) scrolls sideways: " + string.Join(", ", await tab.EvaluateAsync<string[]>(Overflowing)));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Should_show_dark_text_on_a_light_background_or_light_text_on_a_dark_one_as_the_system_asks(string scheme)
    {
        // Given a window whose system asks for a light or a dark colour scheme
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, scheme, width: 1024, height: 700);
        var tab = await context.NewPageAsync();

        foreach (var page in RealSite.Pages.Keys)
        {
            // When a page of each kind is open
            await tab.GotoAsync(site.Url(page));

            // Then the page's background and text have the scheme's lightness, far apart
            var colors = await tab.EvaluateAsync<string[]>(
                "() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color, getComputedStyle(document.querySelector('h1')).color]");
            var (background, text, heading) = (Luminance(colors[0]), Luminance(colors[1]), Luminance(colors[2]));
            var described = $"{page} ({scheme}): background {colors[0]}, text {colors[1]}, heading {colors[2]}";
            if (scheme == "dark")
            {
                background.ShouldBeLessThan(0.05, described);
                text.ShouldBeGreaterThan(0.6, described);
                heading.ShouldBeGreaterThan(0.6, described);
            }
            else
            {
                background.ShouldBeGreaterThan(0.9, described);
                text.ShouldBeLessThan(0.05, described);
                heading.ShouldBeLessThan(0.05, described);
            }
        }
    }

    // WCAG relative luminance of a computed "rgb(r, g, b)" colour: 0 black, 1 white.
    private static double Luminance(string rgb)
    {
        rgb.ShouldStartWith("rgb(", customMessage: "an opaque colour");
        var channels = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        var linear = channels.Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
