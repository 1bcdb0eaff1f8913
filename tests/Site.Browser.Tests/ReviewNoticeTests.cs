using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// The review notices in Chromium: an overdue review is said at the top of the page, where a reader sees it before the
/// claims, and a page nobody has reviewed says so; both pass axe in the light and the dark colour scheme.
/// </summary>
public sealed class ReviewNoticeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Overdue = "/substances/ketamine/";
    private const string NotReviewed = "/mechanisms/nmda-receptor-antagonism/";

    private static readonly Dictionary<string, string> Files = new()
    {
        // The published test site must build without a diagnostic; readers are told of the overdue review all the same.
        ["site.yml"] = "title: Review test\nreviewMaxAgeMonths: 24\nseverity: { stale-review: off }\n",
        ["substances/ketamine.md"] =
            "---\ntitle: Ketamine\nclass: Dissociative anaesthetic\nmechanisms: [nmda-receptor-antagonism]\nsummary: An anaesthetic.\nreviewed: 2020-03-01\n---\n\n"
            + ReaderPages.Filler("ketamine"),
        ["mechanisms/nmda-receptor-antagonism.md"] =
            "---\ntitle: NMDA receptor antagonism\nsummary: Blocking the NMDA receptor.\n---\n\n::: editorial\nSee [[ketamine]].\n:::\n",
    };

    private PublishedSite _site = default!;

    [Fact]
    public async Task Should_show_an_overdue_review_at_the_top_of_the_page_before_the_claims()
    {
        // Given the page of a substance last reviewed in March 2020, opened in a window of 1024x700
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(Overdue));

        // When the reader looks at the page as it opens
        var notice = page.Locator("article .review-overdue");

        // Then the notice is there without scrolling, above the title, and says in words since when the review is due
        (await notice.IsVisibleAsync()).ShouldBeTrue();
        (await ReaderPages.IsInViewportAsync(notice)).ShouldBeTrue();
        var noticeTop = (await notice.BoundingBoxAsync())!.Y;
        var titleTop = (await page.Locator("article h1").BoundingBoxAsync())!.Y;
        noticeTop.ShouldBeLessThan(titleTop);
        (await page.GetByRole(Microsoft.Playwright.AriaRole.Complementary, new() { Name = "Review overdue since 1 March 2022." }).CountAsync()).ShouldBe(1);
        (await page.Locator("article .reviewed").InnerTextAsync()).ShouldBe("Last reviewed 1 March 2020");
    }

    [Fact]
    public async Task Should_say_that_a_page_has_not_been_reviewed()
    {
        // Given the page of a mechanism with no review date
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(NotReviewed));

        // When the reader reaches the end of the article
        var reviewed = page.Locator("article .reviewed");
        await reviewed.ScrollIntoViewIfNeededAsync();

        // Then it says so, and no overdue notice claims a date it never had
        (await reviewed.IsVisibleAsync()).ShouldBeTrue();
        (await reviewed.InnerTextAsync()).ShouldBe("Not yet reviewed");
        (await page.Locator(".review-overdue").CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(Overdue, "light")]
    [InlineData(Overdue, "dark")]
    [InlineData(NotReviewed, "light")]
    [InlineData(NotReviewed, "dark")]
    public async Task Should_pass_axe_with_the_review_notices(string path, string scheme)
    {
        // Given a page with a review notice, in one colour scheme
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, scheme, width: 1024, height: 700);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(path));

        // When axe checks it against WCAG 2.1 A and AA
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });

        // Then it finds nothing, and it did check contrast
        result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(", ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty($"{path} ({scheme})");
        result.Passes.ShouldContain(rule => rule.Id == "color-contrast");
    }

    public async Task InitializeAsync() => _site = await PublishedSite.StartAsync(Files);

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
