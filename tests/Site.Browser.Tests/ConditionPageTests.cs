using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// The pages the condition kind adds, as a reader meets them in Chromium: a condition's page, the list of conditions, a
/// substance's conditions, and the evidence map's substance x condition grid, accessible in both colour schemes.
/// </summary>
public sealed class ConditionPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly List<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Dictionary<string, string> Files = new()
    {
        ["site.yml"] = "title: Conditions test\nbaseUrl: https://example.org/\nlanguage: en\n",
        ["index.md"] = "---\ntitle: Home\n---\n\nSee [[ketamine]].\n",
        ["conditions/cocaine-use-disorder.md"] =
            "---\ntitle: Cocaine use disorder\naliases: [Cocaine dependence]\nsummary: Use of cocaine that harms and is hard to stop.\nreviewed: 2026-11-01\n---\n\n"
            + "No medicine is approved for it, and ketamine has been tried [@dakwar-2019].\n",
        ["mechanisms/nmda-receptor-antagonism.md"] = "---\ntitle: NMDA receptor antagonism\n---\n\nKetamine blocks NMDA receptors [@dakwar-2019].\n",
        ["substances/ketamine.md"] =
            "---\ntitle: Ketamine\nsummary: A dissociative anaesthetic.\nmechanisms: [nmda-receptor-antagonism]\nconditions: [cocaine-use-disorder]\n---\n\n"
            + "A single ketamine infusion reduced heavy use in [[cocaine-use-disorder]] in a randomised trial [@dakwar-2019].\n\n"
            + "It blocks [[nmda-receptor-antagonism|NMDA receptors]] [@dakwar-2019].\n",
        ["references/dakwar-2019.md"] =
            "---\ntype: article-journal\ntitle: A single ketamine infusion to treat cocaine dependence\nauthor: [Dakwar E]\n"
            + "container-title: Am J Psychiatry\nissued: 2019\nevidence: rct\n---\n",
    };

    private PublishedSite _site = default!;

    [Theory]
    [InlineData("/conditions/cocaine-use-disorder/", "light")]
    [InlineData("/conditions/cocaine-use-disorder/", "dark")]
    [InlineData("/conditions/", "light")]
    [InlineData("/conditions/", "dark")]
    [InlineData("/substances/ketamine/", "light")]
    [InlineData("/evidence/", "light")]
    [InlineData("/evidence/", "dark")]
    [InlineData("/", "light")]
    public async Task Should_have_no_WCAG_2_1_AA_violation_found_by_axe(string path, string scheme)
    {
        // Given a page the condition kind adds to, open in Chromium in one colour scheme
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, scheme, width: 1024, height: 700);
        var tab = await context.NewPageAsync();
        (await tab.GotoAsync(_site.Url(path)))!.Ok.ShouldBeTrue();

        // When axe checks it against WCAG 2.1 A and AA
        var result = await tab.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag21AA } });

        // Then it found nothing, and it did check the page
        result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty($"{path} ({scheme})");
        result.Passes.ShouldContain(rule => rule.Id == "color-contrast", $"{path} ({scheme}): axe did not check contrast");
    }

    [Fact]
    public async Task Should_lead_from_a_condition_grid_cell_to_the_claim_on_the_substance_page()
    {
        // Given the evidence map open in Chromium, its substance x condition grid scrollable by keyboard
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: true);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(_site.Url("/evidence/"));
        var grid = tab.Locator("section.grid-scroll[aria-labelledby=condition-grid-caption]");
        (await grid.GetAttributeAsync("tabindex")).ShouldBe("0");

        // When the reader follows the cell to the connection, then the claim it quotes
        await grid.Locator("a.cell-link").ClickAsync();
        await tab.WaitForURLAsync(url => url.EndsWith("#ketamine--cocaine-use-disorder", StringComparison.Ordinal));
        await tab.Locator("#ketamine--cocaine-use-disorder a.claim-link").ClickAsync();

        // Then the substance's page is open at the claim that links to the condition
        await tab.WaitForURLAsync(url => url.Contains("/substances/ketamine/#claim-", StringComparison.Ordinal), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
        (await tab.Locator(":target").TextContentAsync())!.ShouldContain("A single ketamine infusion reduced heavy use in Cocaine use disorder");
    }

    public async Task InitializeAsync() => _site = await PublishedSite.StartAsync(Files);

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
