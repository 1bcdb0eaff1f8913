using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Site.Cli.Tests;

namespace Site.Browser.Tests;

/// <summary>The search box of the real site in Chromium: results as a reader types, filters, the keyboard alone, axe, no JavaScript.</summary>
public sealed class SearchTests(BrowserFixture browser, RealSite site) : IClassFixture<BrowserFixture>, IClassFixture<RealSite>
{
    private const string Input = "#site-search-input";
    private const string Options = "#site-search-results [role=option]";

    [Fact]
    public async Task Should_show_results_as_you_type_with_kind_title_marked_snippet_and_the_evidence_of_claims()
    {
        // Given a page of the real site
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: true);
        var tab = await site.OpenAsync(context, "substance");

        // When a reader types a word, letter by letter
        await tab.Locator(Input).PressSequentiallyAsync("cravin");
        await tab.Locator(Options).First.WaitForAsync();

        // Then results show, each with its kind, title and a snippet in which the word being typed is marked
        var results = await tab.Locator(Options).AllAsync();
        results.Count.ShouldBeGreaterThan(1);
        foreach (var result in results)
        {
            (await result.Locator(".search-result-kind").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
            (await result.Locator(".search-result-title").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        }

        var marks = await tab.Locator(Options + " .search-result-snippet mark").AllInnerTextsAsync();
        marks.ShouldNotBeEmpty();
        marks.ShouldAllBe(m => m.StartsWith("cravin", StringComparison.OrdinalIgnoreCase));

        // And a claim among them shows the evidence levels behind it, by label, and the box says how many were found
        var claim = tab.Locator(Options + "[data-kind=claim]").First;
        (await claim.Locator(".search-result-kind").InnerTextAsync()).ShouldBe("CLAIM", StringCompareShould.IgnoreCase);
        (await claim.Locator(".search-result-levels").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        (await tab.Locator(".search-status").InnerTextAsync()).ShouldMatch(@"^(\d+ results|The best \d+ of \d+ results)\.$");
        (await tab.Locator(Input).GetAttributeAsync("aria-expanded")).ShouldBe("true");
    }

    [Fact]
    public async Task Should_narrow_the_results_by_kind_and_by_evidence_level()
    {
        // Given results for "ketamine", of several kinds
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: true);
        var tab = await site.OpenAsync(context, "home");
        await tab.Locator(Input).FillAsync("ketamine");
        await tab.Locator(Options).First.WaitForAsync();
        (await KindsAsync(tab)).Distinct().Count().ShouldBeGreaterThan(1);

        // When the reader keeps references only
        await tab.Locator(".search-kind").SelectOptionAsync("reference");

        // Then every result is a reference
        await tab.WaitForFunctionAsync("() => [...document.querySelectorAll('#site-search-results [role=option]')].every(o => o.dataset.kind === 'reference')");
        (await KindsAsync(tab)).ShouldAllBe(k => k == "reference");
        (await KindsAsync(tab)).ShouldNotBeEmpty();

        // When the reader asks for claims backed by a randomised controlled trial
        await tab.Locator(".search-kind").SelectOptionAsync("claim");
        await tab.Locator(".search-level").SelectOptionAsync("rct");

        // Then every result is a claim with a trial among its evidence
        // (the claims of the kind filter alone come first: wait for the level's, which need its bitmap loaded)
        await tab.WaitForFunctionAsync(
            "() => { const o = [...document.querySelectorAll('#site-search-results [role=option]')]; " +
            "return o.length > 0 && o.every(x => x.dataset.kind === 'claim' && (x.querySelector('.search-result-levels')?.dataset.levels ?? '').split(' ').includes('rct')); }");
        var levels = await tab.Locator(Options + " .search-result-levels").EvaluateAllAsync<string[]>("e => e.map(x => x.dataset.levels)");
        levels.ShouldNotBeEmpty();
        levels.ShouldAllBe(l => l.Split(' ', StringSplitOptions.None).Contains("rct"));
    }

    [Fact]
    public async Task Should_focus_the_box_on_slash_unless_the_reader_is_typing_in_a_field()
    {
        // Given a page, focus on its body
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: true);
        var tab = await site.OpenAsync(context, "reference");

        // When the reader presses "/"
        await tab.Keyboard.PressAsync("/");

        // Then the box has focus, and no slash was typed
        (await tab.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("site-search-input");
        (await tab.Locator(Input).InputValueAsync()).ShouldBe("");

        // And in the box itself "/" is a character like another
        await tab.Keyboard.TypeAsync("a/b");
        (await tab.Locator(Input).InputValueAsync()).ShouldBe("a/b");
    }

    [Fact]
    public async Task Should_reach_and_follow_a_result_with_the_keyboard_alone()
    {
        // Given a page, and a reader using only the keyboard: "/" then a word
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: true);
        var tab = await site.OpenAsync(context, "bibliography");
        await tab.Keyboard.PressAsync("/");
        await tab.Keyboard.TypeAsync("alcohol");
        await tab.Locator("#site-search-results[data-query=alcohol] [role=option]").First.WaitForAsync();

        // When the reader moves down to the second result
        await tab.Keyboard.PressAsync("ArrowDown");
        await tab.Keyboard.PressAsync("ArrowDown");

        // Then it is the active option, announced through the box
        var second = tab.Locator(Options).Nth(1);
        (await second.GetAttributeAsync("aria-selected")).ShouldBe("true");
        (await tab.Locator(Options + "[aria-selected=true]").CountAsync()).ShouldBe(1);
        (await tab.Locator(Input).GetAttributeAsync("aria-activedescendant")).ShouldBe(await second.GetAttributeAsync("id"));
        var target = await second.GetAttributeAsync("data-href");

        // When Enter is pressed
        await Task.WhenAll(tab.WaitForURLAsync(target!), tab.Keyboard.PressAsync("Enter"));

        // Then the result's page is open, at its anchor for a claim
        tab.Url.ShouldBe(target);
        (await tab.Locator("h1").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();

        // And Escape closes the results of a new search
        await tab.Keyboard.PressAsync("/");
        await tab.Keyboard.TypeAsync("alcohol");
        await tab.Locator("#site-search-results[data-query=alcohol] [role=option]").First.WaitForAsync();
        await tab.Keyboard.PressAsync("Escape");
        (await tab.Locator(".search-panel").IsHiddenAsync()).ShouldBeTrue();
        (await tab.Locator(Input).GetAttributeAsync("aria-expanded")).ShouldBe("false");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Should_have_no_axe_violation_with_the_results_open(string scheme)
    {
        // Given a page with the search's results open, one active, filters shown
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, scheme, width: 1024, height: 700);
        var tab = await site.OpenAsync(context, "substance");
        await tab.Locator(Input).FillAsync("ketamine");
        await tab.Locator("#site-search-results[data-query=ketamine] [role=option]").First.WaitForAsync();
        await tab.Keyboard.PressAsync("ArrowDown");

        // When axe checks it against WCAG 2.1 A and AA
        var result = await tab.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });

        // Then it found nothing
        result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(" ", v.Nodes.Select(n => n.Html))}").ShouldBeEmpty();
        (await tab.Locator(".search-panel").IsVisibleAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_not_show_the_box_without_javascript()
    {
        // Given a reader without JavaScript
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: false);

        // When a page opens
        var tab = await site.OpenAsync(context, "home");

        // Then the search box is in the page but not shown
        (await tab.Locator(".site-search").CountAsync()).ShouldBe(1);
        (await tab.Locator(".site-search").IsHiddenAsync()).ShouldBeTrue();
        (await tab.Locator(Input).IsVisibleAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_cut_text_into_the_same_terms_as_the_index()
    {
        // Given the examples that pin the build's tokenizer (Site.Core.Tests' SearchTokenizerTests)
        var path = Path.Combine(RepositoryRoot.Path, "tests", "Site.Core.Tests", "Search", "tokenizer-examples.json");
        var examples = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement.EnumerateArray()
            .Select(e => (Text: e.GetProperty("text").GetString()!, Terms: e.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToArray()))
            .ToList();
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, javaScript: true);
        var tab = await site.OpenAsync(context, "home");

        // When the browser's engine cuts each into terms
        foreach (var (text, terms) in examples)
        {
            var found = await tab.EvaluateAsync<string[]>("text => globalThis.siteSearch.terms(text)", text);

            // Then they are the same terms
            found.ShouldBe(terms, text);
        }
    }

    private static Task<string[]> KindsAsync(IPage tab) =>
        tab.Locator(Options).EvaluateAllAsync<string[]>("e => e.map(x => x.dataset.kind)");
}
