using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by scripts/test.sh), headless and quiet: never a
/// browser Playwright would download, and no calls home that could make a run slow or flaky.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Launches it; <paramref name="extraArguments"/> are added to the quiet defaults.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] extraArguments) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", .. extraArguments,
        ],
    });
}
