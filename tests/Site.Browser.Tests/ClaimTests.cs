using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// Claims as a reader meets them in Chromium: reached from a reference page or the evidence map,
/// highlighted as the target, with their evidence flag in view; without JavaScript, as the site needs none here.
/// </summary>
public sealed class ClaimTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Substance = "/substances/ketamine/";
    private const float Soon = ReaderPages.Soon;

    private static readonly Dictionary<string, string> Files = new()
    {
        ["site.yml"] = "title: Claim test\nlanguage: en\n",
        ["substances/ketamine.md"] =
            "---\ntitle: Ketamine\nmechanisms: [nmda-receptor-antagonism]\n---\n\n"
            + "A single ketamine infusion reduced cocaine use in a randomised trial [@dakwar-2019].\n\n"
            + Filler("trials")
            + "In rats, ketamine blocks [[nmda-receptor-antagonism|NMDA receptors]] and lowers nicotine self-administration [@rats-2015].\n\n"
            + Filler("reading"),
        ["mechanisms/nmda-receptor-antagonism.md"] =
            "---\ntitle: NMDA receptor antagonism\n---\n\n::: editorial\nTo be written.\n:::\n",
        ["references/dakwar-2019.md"] =
            "---\ntype: article-journal\ntitle: A single ketamine infusion to treat cocaine dependence\nauthor: [Dakwar E]\n"
            + "container-title: Am J Psychiatry\nissued: 2019\nevidence: rct\n---\n",
        ["references/rats-2015.md"] =
            "---\ntype: article-journal\ntitle: Ketamine and nicotine self-administration in rats\nauthor: [Rezvani AH]\n"
            + "container-title: Psychopharmacology\nissued: 2015\nevidence: animal\n---\n",
    };

    private PublishedSite _site = default!;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_land_on_the_highlighted_claim_when_read_in_context_is_followed_from_a_reference_page(bool javaScript)
    {
        // Given the reference page of the rat study, which quotes the one claim citing it
        await using var context = await NewContextAsync(javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/references/rats-2015/"));
        var quote = await page.Locator("section.cited-by blockquote").InnerTextAsync();

        // When the reader follows "Read in context"
        await page.Locator("section.cited-by a.passage-link").ClickAsync();

        // Then the substance page opens at that claim: the target, on screen, highlighted, holding the quoted text and its flag
        await page.WaitForURLAsync(url => url.Contains(Substance + "#claim-", StringComparison.Ordinal), new() { Timeout = Soon });
        var claim = page.Locator("[data-claim='2']");
        new Uri(page.Url).Fragment.ShouldBe("#" + await claim.GetAttributeAsync("id"));
        (await claim.EvaluateAsync<bool>("e => e.matches(':target') && e.hasAttribute('data-claim')")).ShouldBeTrue();
        (await IsInViewportAsync(claim)).ShouldBeTrue();
        (await claim.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).ShouldNotBe("none");
        (await page.Locator("[data-claim='1']").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).ShouldBe("none");
        var text = await claim.EvaluateAsync<string>(
            "e => { const c = e.cloneNode(true); c.querySelectorAll('.citation-group, .evidence-flag').forEach(x => x.remove()); return c.textContent; }");
        WithoutSpaces(text).ShouldBe(WithoutSpaces(quote));
        var flag = claim.Locator(".evidence-flag");
        (await flag.IsVisibleAsync()).ShouldBeTrue();
        (await flag.InnerTextAsync()).ShouldBe("animal or laboratory data only");
    }

    [Fact]
    public async Task Should_reach_a_claim_from_its_cell_on_the_evidence_map()
    {
        // Given the evidence map, with ketamine's row and the NMDA column
        await using var context = await NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/evidence/"));

        // When the reader follows the cell, then the claim listed for the pair
        await page.Locator("table.evidence-grid td a.cell-link").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("#ketamine--nmda-receptor-antagonism", StringComparison.Ordinal), new() { Timeout = Soon });
        (await IsInViewportAsync(page.Locator("#ketamine--nmda-receptor-antagonism"))).ShouldBeTrue();
        await page.Locator("#ketamine--nmda-receptor-antagonism a.claim-link").ClickAsync();

        // Then the substance page opens at the claim that links to the mechanism
        await page.WaitForURLAsync(url => url.Contains(Substance + "#claim-", StringComparison.Ordinal), new() { Timeout = Soon });
        var claim = page.Locator("[data-claim='2']");
        new Uri(page.Url).Fragment.ShouldBe("#" + await claim.GetAttributeAsync("id"));
        (await claim.EvaluateAsync<bool>("e => e.matches(':target')")).ShouldBeTrue();
        (await IsInViewportAsync(claim)).ShouldBeTrue();
    }

    public async Task InitializeAsync() => _site = await PublishedSite.StartAsync(Files);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private Task<IBrowserContext> NewContextAsync(bool javaScript) => ReaderPages.NewContextAsync(fixture.Browser, javaScript);

    private static Task<bool> IsInViewportAsync(ILocator element) => ReaderPages.IsInViewportAsync(element);

    private static string WithoutSpaces(string text) => ReaderPages.WithoutSpaces(text);

    private static string Filler(string topic) => ReaderPages.Filler(topic);
}
