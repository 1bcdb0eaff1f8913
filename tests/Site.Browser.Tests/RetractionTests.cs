using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// Retracted works and dated evidence as a reader meets them in Chromium: the notice at the top of the reference page,
/// the flags beside the citations, the counts that leave a retracted study out; visible, in words, and clean for axe.
/// </summary>
public sealed class RetractionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly List<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Dictionary<string, string> Files = new()
    {
        // The editors know: the diagnostics are turned off so that the site builds clean, and readers are still told.
        ["site.yml"] = "title: Retraction test\nlanguage: en\nevidenceMaxAgeYears: 10\nseverity:\n  retracted-reference: off\n  expression-of-concern: off\n  dated-evidence: off\n",
        ["substances/ketamine.md"] =
            "---\ntitle: Ketamine\n---\n\n"
            + "A single ketamine infusion relieved depression within hours [@smith-2019].\n\n"
            + "Ketamine may impair memory in regular users [@park-2018].\n\n"
            + "Ketamine was first given to people in 1964 [@domino-1965].\n\n"
            + "A second trial found the same effect [@dakwar-2019].\n",
        ["references/smith-2019.md"] =
            "---\ntype: article-journal\ntitle: A ketamine trial later retracted\nauthor: [Smith J]\ncontainer-title: J Ex\nissued: 2019\n"
            + "status: retracted\nretraction-date: 2021-03-04\nretraction-notice: https://example.org/notices/34567\nevidence: rct\n---\n",
        ["references/park-2018.md"] =
            "---\ntype: article-journal\ntitle: Ketamine and memory\nauthor: [Park K]\ncontainer-title: J Ex\nissued: 2018\n"
            + "status: expression-of-concern\nretraction-date: 2022-11-20\nevidence: cohort\n---\n",
        ["references/domino-1965.md"] =
            "---\ntype: article-journal\ntitle: Pharmacologic effects of CI-581\nauthor: [Domino EF]\ncontainer-title: Clin Pharmacol Ther\nissued: 1965\nevidence: case-series\n---\n",
        ["references/dakwar-2019.md"] =
            "---\ntype: article-journal\ntitle: A single ketamine infusion to treat cocaine dependence\nauthor: [Dakwar E]\ncontainer-title: Am J Psychiatry\nissued: 2019\nevidence: rct\n---\n",
    };

    private PublishedSite _site = default!;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Should_show_the_notice_at_the_top_of_a_retracted_reference_page_as_a_headed_region(string scheme)
    {
        // Given the page of the retracted trial, open in Chromium
        await using var context = await ReaderPages.NewContextAsync(fixture.Browser, scheme, width: 1024, height: 700);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/references/smith-2019/"));

        // When the reader looks for it by its role, as assistive technology does
        var notice = page.GetByRole(AriaRole.Region, new() { Name = "This study was retracted" });

        // Then it is visible in the first screen, says when, links to the notice, and axe finds nothing wrong
        (await notice.IsVisibleAsync()).ShouldBeTrue();
        (await ReaderPages.IsInViewportAsync(notice)).ShouldBeTrue();
        (await notice.InnerTextAsync()).ShouldContain("On 4 March 2021 this study was retracted.");
        (await notice.Locator("time").GetAttributeAsync("datetime")).ShouldBe("2021-03-04");
        (await notice.GetByRole(AriaRole.Link, new() { Name = "Read the notice" }).GetAttributeAsync("href")).ShouldBe("https://example.org/notices/34567");
        await ShouldBeCleanForAxeAsync(page, scheme);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Should_show_each_flag_beside_its_claim_and_say_a_retracted_study_is_not_counted(string scheme)
    {
        // Given the substance page, open in Chromium
        await using var context = await ReaderPages.NewContextAsync(fixture.Browser, scheme, width: 1024, height: 700);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/substances/ketamine/"));

        // When the reader reads the claims and the evidence behind the page
        var flags = page.Locator("[data-claim] .retraction-flag, [data-claim] .dated-flag");

        // Then each marked claim carries its flag in words, visible, and the chart leaves the retracted study out
        (await flags.AllInnerTextsAsync()).ShouldBe(["cites a retracted study", "cites a study under an expression of concern", "based on studies from before 1966"]);
        for (var i = 0; i < await flags.CountAsync(); i++)
        {
            (await flags.Nth(i).IsVisibleAsync()).ShouldBeTrue();
        }

        (await page.Locator("#claim-4 .retraction-flag, #claim-4 .dated-flag").CountAsync()).ShouldBe(0);
        (await page.Locator(".evidence-summary .retracted-not-counted").InnerTextAsync()).ShouldBe("1 retracted study not counted.");
        (await page.Locator(".evidence-summary .evidence-totals").InnerTextAsync()).ShouldStartWith("3 distinct references");
        await ShouldBeCleanForAxeAsync(page, scheme);
    }

    [Fact]
    public async Task Should_list_a_retracted_study_apart_in_the_bibliography()
    {
        // Given the bibliography, open in Chromium
        await using var context = await ReaderPages.NewContextAsync(fixture.Browser, "light", width: 1024, height: 700);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url("/references/"));

        // When the reader finds the section of retracted studies
        var section = page.GetByRole(AriaRole.Region, new() { Name = "Retracted" });

        // Then it holds the retracted trial alone, and says it is not counted
        (await section.Locator("li[data-cite]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.cite)")).ShouldBe(["smith-2019"]);
        (await section.InnerTextAsync()).ShouldContain("1 retracted study not counted");
        await ShouldBeCleanForAxeAsync(page, "light");
    }

    public async Task InitializeAsync() => _site = await PublishedSite.StartAsync(Files);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private static async Task ShouldBeCleanForAxeAsync(IPage page, string scheme)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag21AA } });
        result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty(scheme);
    }
}
