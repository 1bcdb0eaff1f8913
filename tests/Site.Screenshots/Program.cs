// Takes the README's screenshots of the real site: the home page and the ketamine page, in the light and the
// dark colour scheme, the first screen of a 1280x900 window in Debian's Chromium.
//
//   dotnet run --project tests/Site.Screenshots [-- FOLDER]     (default: docs/screenshots)
//
// The same input, theme and browser give the same pictures: no animation, no caret, pixel ratio 1.
using Microsoft.Playwright;
using Site.Browser.Tests;
using Site.Cli.Tests;

var folder = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
Directory.CreateDirectory(folder);
(string Name, string Path)[] pages = [("home", "/"), ("ketamine", "/substances/ketamine/")];
string[] schemes = ["light", "dark"];

await using var site = await PublishedSite.StartAsync(Path.Combine(RepositoryRoot.Path, "input"));
using var playwright = await Playwright.CreateAsync();
await using var browser = await DebianChromium.LaunchAsync(playwright);
foreach (var page in pages)
{
    foreach (var scheme in schemes)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = 1,
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ReducedMotion = ReducedMotion.Reduce,
        });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(site.Url(page.Path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await tab.EvaluateAsync("() => document.fonts.ready");
        var file = Path.Combine(folder, $"{page.Name}-{scheme}.png");
        await tab.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = file,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
        });
        Console.WriteLine(Path.GetRelativePath(Environment.CurrentDirectory, file));
    }
}
