using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// "On this page" in Chromium: beside the text and sticky on a wide screen, a closed disclosure on a narrow one that
/// opens from the keyboard, links that bring their heading into view, and footnotes there and back, all clean under axe.
/// </summary>
public sealed class PageContentsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly List<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly string Section = string.Concat(Enumerable.Repeat(
        "This paragraph is here to make the section long enough to scroll through, as the text of a real page would be.\n\n", 12));

    private static readonly Dictionary<string, string> Files = new()
    {
        ["site.yml"] = "title: Contents test\n",
        ["index.md"] = "---\ntitle: Home\n---\n\nSee [[guide]].\n",
        ["guide.md"] = "---\ntitle: A long guide\n---\n\nAn opening paragraph with a note[^1].\n\n"
            + $"## Dosing\n\n{Section}### In adults\n\n{Section}## Effects\n\n{Section}## Risks\n\n{Section}"
            + "The last paragraph refers to the note again[^1].\n\n[^1]: A note that readers can follow back.\n",
    };

    private PublishedSite _site = default!;

    [Fact]
    public async Task Should_stay_in_place_beside_the_text_while_a_wide_page_scrolls()
    {
        // Given a wide window on a long page with contents
        await using var context = await NewContextAsync(1440);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/guide/"));
        var nav = page.Locator("nav.page-contents");

        // When the page is scrolled far down
        var before = await BoxAsync(nav);
        var text = await BoxAsync(page.Locator("main .body"));
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight / 2)");
        var after = await BoxAsync(nav);

        // Then the contents are open, beside the text and not over it, and still in view at the same height
        (await page.Locator("nav.page-contents a").First.IsVisibleAsync()).ShouldBeTrue();
        before.X.ShouldBeGreaterThanOrEqualTo(text.X + text.Width);
        after.Y.ShouldBeInRange(0, 40);
        (await page.EvaluateAsync<double>("() => scrollY")).ShouldBeGreaterThan(1000);
        after.X.ShouldBe(before.X, 1);
    }

    [Fact]
    public async Task Should_be_closed_on_a_narrow_page_and_open_from_the_keyboard()
    {
        // Given a phone-sized window
        await using var context = await NewContextAsync(390);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/guide/"));
        var link = page.Locator("nav.page-contents a").First;
        (await link.IsVisibleAsync()).ShouldBeFalse();

        // When the reader tabs to its summary and presses Enter
        await page.Locator("nav.page-contents summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // Then the links show, and the window does not scroll sideways
        (await link.IsVisibleAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
    }

    [Fact]
    public async Task Should_bring_the_heading_into_view_when_its_link_is_followed()
    {
        // Given a wide page with contents
        await using var context = await NewContextAsync(1440);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/guide/"));

        // When the reader follows the link to "Risks"
        await page.Locator("nav.page-contents a", new PageLocatorOptions { HasText = "Risks" }).ClickAsync();

        // Then the address ends with its id and the heading is at the top of the window
        page.Url.ShouldEndWith("#risks");
        var heading = await BoxAsync(page.Locator("#risks"));
        heading.Y.ShouldBeInRange(-1, 60);
    }

    [Fact]
    public async Task Should_lead_from_a_footnote_reference_to_the_note_and_back()
    {
        // Given the page, scrolled to its top
        await using var context = await NewContextAsync(1024);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/guide/"));

        // When the reader follows the first reference to the note, then the note's second back-link
        await page.Locator("sup.footnote-ref a").First.ClickAsync();
        var note = await BoxAsync(page.Locator("section.footnotes li").First);
        await page.Locator("section.footnotes a.footnote-back").Nth(1).ClickAsync();

        // Then the note came into view, and the way back leads to the second reference, far down the page
        note.Y.ShouldBeInRange(-1, 700);
        page.Url.ShouldEndWith("#fnref_2");
        (await ReaderPages.IsInViewportAsync(page.Locator("sup.footnote-ref a").Nth(1))).ShouldBeTrue();
    }

    [Theory]
    [InlineData(1440)]
    [InlineData(390)]
    public async Task Should_have_no_WCAG_2_1_AA_violation_found_by_axe_with_the_contents_and_notes(int width)
    {
        // Given the page with contents and a note, in a wide and a narrow window, the disclosure open
        await using var context = await NewContextAsync(width);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/guide/"));
        await page.Locator("nav.page-contents summary").ClickAsync();

        // When axe checks it
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag21AA } });

        // Then it finds nothing
        result.Violations.Select(v => $"{v.Id}: {string.Join("; ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty();
    }

    public async Task InitializeAsync() => _site = await PublishedSite.StartAsync(Files);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator element) =>
        await element.BoundingBoxAsync() ?? throw new InvalidOperationException("the element is not rendered");

    private async Task<IBrowserContext> NewContextAsync(int width)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        context.SetDefaultTimeout(ReaderPages.Soon);
        return context;
    }
}
