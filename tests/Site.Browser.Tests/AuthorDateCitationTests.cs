using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// The citation test site in APA 7 (<c>citationStyle: apa</c>), as a reader meets it in Chromium: "(Dakwar et al., 2019)"
/// links to its entry in a list sorted by author and back, the preview shows the entry without a number, and axe finds
/// nothing against WCAG 2.1 AA in either colour scheme.
/// </summary>
public sealed class AuthorDateCitationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Substance = "/substances/ketamine/";
    private const float Soon = ReaderPages.Soon;
    private static readonly List<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private PublishedSite _site = default!;

    [Fact]
    public async Task Should_jump_from_an_author_date_citation_to_its_entry_and_back()
    {
        // Given the substance page, far above its reference list
        await using var context = await ReaderPages.NewContextAsync(fixture.Browser, javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(Substance));
        var citation = page.Locator("#cite-2 a.citation");
        (await citation.InnerTextAsync()).ShouldBe("Walsh & Mollaahmetoglu, 2022");
        (await page.Locator("#cite-2").InnerTextAsync()).ShouldBe("(Walsh & Mollaahmetoglu, 2022)");

        // When the reader clicks it
        await citation.ClickAsync();

        // Then the entry is the target, in a list without numbers sorted by author
        await page.WaitForURLAsync(url => url.EndsWith("#ref-walsh-2022", StringComparison.Ordinal), new() { Timeout = Soon });
        (await page.Locator("#ref-walsh-2022").EvaluateAsync<bool>("e => e.matches(':target')")).ShouldBeTrue();
        (await page.Locator("section.references li").EvaluateAllAsync<string[]>("items => items.map(i => i.id)"))
            .ShouldBe(["ref-dakwar-2019", "ref-walsh-2022", "ref-who-2023"]);
        (await page.Locator("section.references ol").CountAsync()).ShouldBe(0);

        // When the reader follows the entry's back-link
        await page.Locator("#ref-walsh-2022 .backlinks a").ClickAsync();

        // Then the citation is the target again
        await page.WaitForURLAsync(url => url.EndsWith("#cite-2", StringComparison.Ordinal), new() { Timeout = Soon });
        (await page.Locator("#cite-2").EvaluateAsync<bool>("e => e.matches(':target')")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_preview_the_entry_without_a_number_under_a_hovered_citation()
    {
        // Given the substance page
        await using var context = await ReaderPages.NewContextAsync(fixture.Browser, javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(Substance));
        var entry = await page.Locator("#ref-dakwar-2019 .entry").InnerTextAsync();
        entry.ShouldStartWith("Dakwar, E., Nunes, E. V., & Hart, C. L. (2019).");

        // When the mouse rests on "Dakwar et al., 2019"
        await page.Locator("#cite-1 a.citation").HoverAsync();

        // Then the preview begins with the entry itself, no "1." or "null." before it, and shows its evidence
        var popover = page.Locator("#citation-popover");
        await popover.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = Soon });
        var text = await popover.InnerTextAsync();
        text.ShouldStartWith(entry);
        text.ShouldContain("Randomised controlled trial");
        (await popover.Locator(".popover-number").CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(Substance, "light")]
    [InlineData(Substance, "dark")]
    [InlineData("/references/", "light")]
    [InlineData("/references/dakwar-2019/", "dark")]
    public async Task Should_have_no_WCAG_2_1_AA_violation_found_by_axe(string path, string scheme)
    {
        // Given an APA page, open in one colour scheme
        await using var context = await ReaderPages.NewContextAsync(fixture.Browser, scheme, width: 1024, height: 700);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(path));

        // When axe checks it against WCAG 2.1 A and AA
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag21AA } });

        // Then it found nothing, and it did check contrast
        result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty($"{path} ({scheme})");
        result.Passes.ShouldContain(rule => rule.Id == "color-contrast");
    }

    public async Task InitializeAsync()
    {
        var files = new Dictionary<string, string>(CitationTests.Files)
        {
            ["site.yml"] = "title: Citation test\nlanguage: en\ncitationStyle: apa\n",
        };
        _site = await PublishedSite.StartAsync(files);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
