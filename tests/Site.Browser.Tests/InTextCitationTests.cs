using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// Author-in-text citations as a reader meets them in Chromium: "Dakwar et al.¹ found" previews and links to its entry
/// like any number, a citation in a link's text nests no link, and axe finds nothing against WCAG 2.1 AA.
/// </summary>
public sealed class InTextCitationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Substance = "/substances/ketamine/";
    private const float Soon = ReaderPages.Soon;
    private static readonly List<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private PublishedSite _site = default!;

    [Fact]
    public async Task Should_preview_and_link_an_in_text_citation_like_a_bracketed_one()
    {
        // Given the substance page, whose first citation is in the text
        await using var context = await ReaderPages.NewContextAsync(fixture.Browser, javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(Substance));
        (await page.Locator("#cite-1").InnerTextAsync()).ShouldBe("Dakwar et al.1");

        // When the mouse rests on its number
        await page.Locator("#cite-1 a.citation").HoverAsync();

        // Then the entry is previewed
        var popover = page.Locator("#citation-popover");
        await popover.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = Soon });
        (await popover.InnerTextAsync()).ShouldContain("A single ketamine infusion");

        // When the reader clicks it
        await page.Locator("#cite-1 a.citation").ClickAsync();

        // Then the entry is the target
        await page.WaitForURLAsync(url => url.EndsWith("#ref-dakwar-2019", StringComparison.Ordinal), new() { Timeout = Soon });
    }

    [Fact]
    public async Task Should_nest_no_link_in_a_link_whose_text_holds_a_citation()
    {
        // Given the substance page, with a citation inside a link's text
        await using var context = await ReaderPages.NewContextAsync(fixture.Browser, javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(Substance));

        // When the browser has built the page
        var nested = await page.Locator("a a").CountAsync();

        // Then no link is inside another, and the number is still there inside the link
        nested.ShouldBe(0);
        (await page.Locator("a[href='https://example.org/review'] .citation[data-cite='walsh-2022']").InnerTextAsync()).ShouldBe("2");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Should_have_no_WCAG_2_1_AA_violation_found_by_axe(string scheme)
    {
        // Given the page with in-text citations, open in one colour scheme
        await using var context = await ReaderPages.NewContextAsync(fixture.Browser, scheme, width: 1024, height: 700);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(Substance));

        // When axe checks it against WCAG 2.1 A and AA
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag21AA } });

        // Then it found nothing
        result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty(scheme);
    }

    public async Task InitializeAsync()
    {
        var files = new Dictionary<string, string>(CitationTests.Files)
        {
            ["substances/ketamine.md"] =
                "---\ntitle: Ketamine\nclass: Dissociative anaesthetic\nsummary: A dissociative anaesthetic studied for cocaine use disorder.\n---\n\n"
                + "@dakwar-2019 found that a single ketamine infusion reduced cocaine use.\n\n"
                + "Its antidepressant effect appears within hours, as [the review [@walsh-2022]](https://example.org/review) found.\n\n"
                + "This is debated [see @who-2023, p. **4**].\n",
        };
        _site = await PublishedSite.StartAsync(files);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
