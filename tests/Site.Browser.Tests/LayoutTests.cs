using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// The theme's stylesheet in Chromium: pages that fit a phone without sideways scrolling, text and
/// links readable in light and dark colour schemes, and a print that keeps what a reader needs.
/// </summary>
public sealed class LayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string LongUrl = "https://example.org/a/very/long/address/that/has/no/place/to/break/on/a/phone/screen/at/all/reports/2023/ketamine-and-addiction-treatment-outcomes.pdf";

    private static readonly string[] Pages =
        ["/", "/substances/ketamine/", "/substances/", "/mechanisms/nmda-receptor-antagonism/", "/references/", "/references/long-2023/", "/evidence/", "/404.html"];

    private static readonly Dictionary<string, string> Files = new()
    {
        ["site.yml"] = "title: Layout test\ndescription: A site with wide tables and long addresses.\nbaseUrl: https://example.org/\n",
        ["substances/ketamine.md"] =
            "---\ntitle: Ketamine\nclass: Dissociative anaesthetic\nmechanisms: [nmda-receptor-antagonism]\nsummary: An anaesthetic studied in addiction.\n---\n\n"
            + "A single ketamine infusion reduced cocaine use in a randomised trial, as reported at " + LongUrl + " [@long-2023].\n\n"
            + "| Study | Substance | Participants | Dose | Route | Follow-up | Outcome | Design |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
            + "| Dakwar 2019 | Cocaine | 55 | 0.71 mg/kg | intravenous | six months | abstinence increased | randomised controlled trial [@long-2023] |\n",
        ["mechanisms/nmda-receptor-antagonism.md"] =
            "---\ntitle: NMDA receptor antagonism\nsummary: Blocking the NMDA receptor.\n---\n\nKetamine blocks the receptor [@long-2023].\n",
        ["references/long-2023.md"] =
            "---\ntype: report\ntitle: Ketamine and addiction treatment outcomes, a report with a long address\nissued: 2023\n"
            + "DOI: 10.1000/a.very.long.doi.suffix.that.goes.on.and.on.without.any.natural.break.point.2023.0001\n"
            + "URL: " + LongUrl + "\nevidence: cohort\n---\n\nAn annotation.\n",
    };

    private PublishedSite _site = default!;

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Should_fit_every_page_in_a_window_360_pixels_wide_without_sideways_scrolling(ColorScheme scheme)
    {
        // Given a phone-sized window
        await using var context = await NewContextAsync(360, scheme);

        foreach (var path in Pages)
        {
            // When a page with a wide table, a long URL and a long DOI is opened
            var page = await context.NewPageAsync();
            await page.GotoAsync(_site.Url(path));

            // Then the page is no wider than the window: wide content scrolls inside its own box
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            width.ShouldBeLessThanOrEqualTo(await page.EvaluateAsync<int>("() => innerWidth"), path);
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Should_keep_text_muted_text_and_links_at_aa_contrast(ColorScheme scheme)
    {
        // Given a reader's window in one colour scheme
        await using var context = await NewContextAsync(1024, scheme);
        var page = await context.NewPageAsync();

        foreach (var (path, selector) in new[]
        {
            ("/", "main h1"), ("/", ".card h3 a"), ("/", ".card .summary"), ("/", ".card .evidence-counts"), ("/", ".site-header a"),
            ("/substances/ketamine/", "main p"), ("/substances/ketamine/", ".lead"), ("/substances/ketamine/", ".kind"),
            ("/substances/ketamine/", ".breadcrumbs a"), ("/substances/ketamine/", ".reference-list a.reference-page"),
            ("/substances/ketamine/", ".site-footer p"), ("/references/long-2023/", ".identifiers a"),
        })
        {
            // When the colour of the text is compared with the background it is drawn on
            await page.GotoAsync(_site.Url(path));
            var ratio = await page.Locator(selector).First.EvaluateAsync<double>(ContrastScript);

            // Then it reaches WCAG AA for normal text
            ratio.ShouldBeGreaterThanOrEqualTo(4.5, $"{scheme} {path} {selector}");
        }
    }

    [Fact]
    public async Task Should_print_each_reference_with_its_address_and_leave_out_the_navigation()
    {
        // Given a substance page, printed
        await using var context = await NewContextAsync(1024, ColorScheme.Dark);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/substances/ketamine/"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // When the styles of its navigation and reference list are read
        var navigation = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('nav')].map(n => getComputedStyle(n).display)");
        var after = await page.Locator(".reference-list a.doi").First.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");
        var colors = await page.EvaluateAsync<string[]>("() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]");

        // Then the site and breadcrumb navigation are gone, the DOI's address follows it, and text is black on white
        navigation.ShouldBe(["none", "none"]);
        after.ShouldContain("https://doi.org/10.1000/a.very.long.doi");
        colors.ShouldBe(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    }

    public async Task InitializeAsync() => _site = await PublishedSite.StartAsync(Files);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    // The contrast ratio (WCAG 2) of an element's text colour against the first opaque background behind it.
    private const string ContrastScript = """
        e => {
          const rgb = c => c.match(/[\d.]+/g).map(Number);
          const luminance = ([r, g, b]) => [r, g, b].map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          let node = e;
          let background = null;
          while (node && !background) {
            const b = getComputedStyle(node).backgroundColor;
            const parts = rgb(b);
            if (parts.length === 3 || parts[3] === 1) background = parts.slice(0, 3);
            node = node.parentElement;
          }
          const [a, b] = [luminance(rgb(getComputedStyle(e).color).slice(0, 3)), luminance(background ?? [255, 255, 255])];
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        """;

    private async Task<IBrowserContext> NewContextAsync(int width, ColorScheme scheme)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 740 },
            ColorScheme = scheme,
        });
        context.SetDefaultTimeout(ReaderPages.Soon);
        return context;
    }
}
