using System.Text;
using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>What the reading tests share: a browser context like a reader's, where an element is, and long editorial text.</summary>
internal static class ReaderPages
{
    public const float Soon = 3_000;

    /// <summary>A 1024x700 window, with or without JavaScript.</summary>
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, bool javaScript)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1024, Height = 700 },
        });
        context.SetDefaultTimeout(Soon);
        return context;
    }

    /// <summary>A window of the given size in a colour scheme ("light" or "dark"), as a reader's system would ask for it, with JavaScript.</summary>
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, string scheme, int width, int height)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(Soon);
        return context;
    }

    /// <summary>Whether any part of the element's box is within the window.</summary>
    public static Task<bool> IsInViewportAsync(ILocator element) => element.EvaluateAsync<bool>(
        "e => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth; }");

    public static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Editorial text (not a claim) long enough to push what follows a few screens down.</summary>
    public static string Filler(string topic)
    {
        var builder = new StringBuilder("::: editorial\n");
        for (var i = 1; i <= 8; i++)
        {
            builder.Append("Editorial note ").Append(i).Append(" on ").Append(topic)
                .Append(": this paragraph stands in for text a reader scrolls past, written long enough to wrap over several lines ")
                .Append("of the page so that the citations above and below it are never on screen together with the reference list.\n\n");
        }

        return builder.Append(":::\n\n").ToString();
    }
}
