using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Site.Browser.Tests;

/// <summary>/changes/, what changed in this edition, as a reader meets it in Chromium: accessible, its links leading to the claims.</summary>
public sealed class ChangesPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly List<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Dictionary<string, string> Files = new()
    {
        ["site.yml"] = "title: Changes test\nbaseUrl: https://example.org/\nlanguage: en\n",
        ["substances/ketamine.md"] =
            "---\ntitle: Ketamine\n---\n\n"
            + "A single ketamine infusion reduced heavy cocaine use in a randomised trial [@dakwar-2019].\n\n"
            + "Ketamine is an NMDA receptor antagonist used in anaesthesia [@dakwar-2019].\n",
        ["references/dakwar-2019.md"] =
            "---\ntype: article-journal\ntitle: A single ketamine infusion to treat cocaine dependence\nauthor: [Dakwar E]\n"
            + "container-title: Am J Psychiatry\nissued: 2019\nevidence: rct\n---\n",
    };

    // The previous edition: the first claim worded otherwise and citing a work since dropped, no second claim, and a page since emptied.
    private const string Previous = """
        [
        {"page":"/substances/alcohol/","anchor":"claim-1","text":"Alcohol use disorder affects about one adult in ten.","keys":["samhsa-2016"],"evidence":["narrative-review"]},
        {"page":"/substances/ketamine/","anchor":"claim-1","text":"A single ketamine infusion reduced cocaine use in a randomised trial.","keys":["dakwar-2019","doe-2018"],"evidence":["rct","cohort"]}
        ]
        """;

    private PublishedSite _site = default!;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Should_have_no_WCAG_2_1_AA_violation_found_by_axe(string scheme)
    {
        // Given /changes/ open in Chromium in one colour scheme
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, scheme, width: 1024, height: 700);
        var tab = await context.NewPageAsync();
        (await tab.GotoAsync(_site.Url("/changes/")))!.Ok.ShouldBeTrue();

        // When axe checks it against WCAG 2.1 A and AA
        var result = await tab.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag21AA } });

        // Then it found nothing, and it did check the page, which shows the changes
        result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty(scheme);
        result.Passes.ShouldContain(rule => rule.Id == "color-contrast", $"{scheme}: axe did not check contrast");
        (await tab.Locator("section.changed-page").CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Should_land_on_the_claim_when_read_in_context_is_followed()
    {
        // Given /changes/ open in Chromium
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: true);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(_site.Url("/changes/"));

        // When the reader follows the added claim's link
        var link = tab.Locator("li[data-claim-change=added] a", new() { HasText = "Read in context" });
        var anchor = (await link.GetAttributeAsync("href"))!.Split('#')[1];
        await link.ClickAsync();

        // Then the claim's page is open at the claim, whose anchor the link names
        anchor.ShouldStartWith("claim-");
        await tab.WaitForURLAsync(url => url.EndsWith("/substances/ketamine/#" + anchor, StringComparison.Ordinal), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
        (await tab.Locator(":target").TextContentAsync())!.ShouldContain("Ketamine is an NMDA receptor antagonist used in anaesthesia");
    }

    public async Task InitializeAsync() => _site = await PublishedSite.StartWithPreviousAsync(Files, Previous);

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
