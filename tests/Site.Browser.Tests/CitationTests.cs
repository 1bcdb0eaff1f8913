using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// Citations as a reader uses them in Chromium: numbers that jump to the reference list and back,
/// previews on hover and keyboard focus, passages on reference pages that lead to their context,
/// all within the site's Content-Security-Policy and without JavaScript too.
/// </summary>
public sealed class CitationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Substance = "/substances/ketamine/";
    private const float Soon = ReaderPages.Soon;

    // Reference 1 is cited twice (cite-1 and cite-4); each cited paragraph is screens away from the
    // next and from the reference list, so every jump has to scroll.
    internal static readonly Dictionary<string, string> Files = new()
    {
        ["site.yml"] = "title: Citation test\nlanguage: en\n",
        ["index.md"] = "---\ntitle: Home\n---\n\nSee [[ketamine]].\n",
        ["substances/ketamine.md"] =
            "---\ntitle: Ketamine\nclass: Dissociative anaesthetic\nsummary: A dissociative anaesthetic studied for cocaine use disorder.\n---\n\n"
            + "A single ketamine infusion reduced cocaine use in a randomised trial [@dakwar-2019].\n\n"
            + Filler("dosing")
            + "Across trials, the antidepressant effect of ketamine appears within hours [@walsh-2022].\n\n"
            + Filler("safety")
            + "Guidance advises that ketamine be given only under medical supervision [@who-2023].\n\n"
            + Filler("context")
            + "The same trial paired the infusion with mindfulness-based relapse prevention [@dakwar-2019].\n\n"
            + Filler("reading"),
        ["references/dakwar-2019.md"] =
            "---\ntype: article-journal\ntitle: A single ketamine infusion combined with mindfulness-based behavioral modification to treat cocaine dependence\n"
            + "author:\n  - Dakwar E\n  - family: Nunes\n    given: EV\n  - Hart CL\ncontainer-title: Am J Psychiatry\nissued: 2019-11\n"
            + "volume: \"176\"\nissue: \"11\"\npage: 923-30\nDOI: 10.1176/appi.ajp.2019.18101123\nPMID: \"31230464\"\nevidence: rct\n---\n\nA randomised trial.\n",
        ["references/walsh-2022.md"] =
            "---\ntype: article-journal\ntitle: Ketamine for the treatment of major depression\nauthor:\n  - Walsh Z\n  - Mollaahmetoglu OM\n"
            + "container-title: J Psychopharmacol\nissued: 2022-01-14\nvolume: \"36\"\nissue: \"1\"\npage: 3-13\nDOI: 10.1177/02698811211064720\n"
            + "PMID: \"34931557\"\nevidence: systematic-review\n---\n",
        ["references/who-2023.md"] =
            "---\ntype: report\ntitle: Guidance on the supervised use of anaesthetics\nauthor:\n  - World Health Organization\n"
            + "publisher: World Health Organization\npublisher-place: Geneva\nissued: 2023\nURL: https://example.org/guidance\naccessed: 2024-03-01\n"
            + "evidence: guideline\n---\n",
    };

    private PublishedSite _site = default!;
    private IBrowserContext _context = default!;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_scroll_to_and_target_the_reference_entry_when_a_citation_number_is_clicked(bool javaScript)
    {
        // Given the substance page, with or without JavaScript, at its top, far above the reference list
        await using var context = await NewContextAsync(javaScript);
        var page = await OpenAsync(Substance, context);
        var entry = page.Locator("#ref-walsh-2022");
        (await IsInViewportAsync(entry)).ShouldBeFalse();

        // When the reader clicks a citation number
        await page.Locator("#cite-2 a.citation").ClickAsync();

        // Then the address names the entry, which is on screen and is the :target
        await page.WaitForURLAsync(url => url.EndsWith("#ref-walsh-2022", StringComparison.Ordinal), new() { Timeout = Soon });
        (await IsInViewportAsync(entry)).ShouldBeTrue();
        (await IsTargetAsync(entry)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_preview_the_entry_and_its_evidence_under_a_hovered_citation_and_hide_it_when_the_mouse_leaves()
    {
        // Given the substance page
        var page = await OpenAsync(Substance);
        var citation = page.Locator("#cite-2 a.citation");
        var entryText = await page.Locator("#ref-walsh-2022 .entry").InnerTextAsync();
        entryText.ShouldContain("Walsh Z, Mollaahmetoglu OM. Ketamine for the treatment of major depression.");

        // When the mouse rests on a citation number
        await citation.HoverAsync();

        // Then a tooltip under the number shows that entry and its evidence label
        var popover = await PreviewAsync(page, WaitForSelectorState.Visible);
        (await popover.GetAttributeAsync("role")).ShouldBe("tooltip");
        var text = await popover.InnerTextAsync();
        text.ShouldContain(entryText);
        text.ShouldContain("Systematic review");
        var (link, box) = (await citation.BoundingBoxAsync(), await popover.BoundingBoxAsync());
        box!.Y.ShouldBeInRange(link!.Y + link.Height, link.Y + link.Height + 20);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(page.ViewportSize!.Width);

        // When the mouse moves away to the heading
        await page.Locator("h1").HoverAsync();

        // Then the tooltip is gone
        await PreviewAsync(page, WaitForSelectorState.Detached);
        (await citation.GetAttributeAsync("aria-describedby")).ShouldBeNull();
    }

    [Fact]
    public async Task Should_keep_the_preview_open_while_the_mouse_moves_from_the_number_into_it()
    {
        // Given the preview of a hovered citation, whose entry has links (DOI, PubMed)
        var page = await OpenAsync(Substance);
        var citation = page.Locator("#cite-1 a.citation");
        await citation.HoverAsync();
        var popover = await PreviewAsync(page, WaitForSelectorState.Visible);
        var (link, box) = ((await citation.BoundingBoxAsync())!, (await popover.BoundingBoxAsync())!);

        // When the mouse moves slowly straight down from the number onto the preview's DOI link
        var doi = popover.Locator("a.doi");
        var target = (await doi.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(link.X + link.Width / 2, link.Y + link.Height / 2);
        await page.Mouse.MoveAsync(link.X + link.Width / 2, box.Y + 4, new() { Steps = 20 });
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2, new() { Steps = 10 });

        // Then the preview is still there, and its link can be pointed at
        (await popover.IsVisibleAsync()).ShouldBeTrue();
        (await doi.EvaluateAsync<bool>("a => a.matches(':hover')")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_preview_a_citation_reached_with_the_tab_key_describe_it_by_the_tooltip_and_hide_it_on_escape()
    {
        // Given the substance page, nothing focused
        var page = await OpenAsync(Substance);

        // When the reader tabs through the page until a citation number has focus
        var tabs = 0;
        while (!await page.EvaluateAsync<bool>("() => document.activeElement?.matches('a.citation') === true"))
        {
            (++tabs).ShouldBeLessThan(30, "no citation number was reached with the Tab key");
            await page.Keyboard.PressAsync("Tab");
        }

        // Then the tooltip shows that citation's entry, and the focused link is described by it
        var focused = page.Locator("a.citation:focus");
        (await focused.GetAttributeAsync("data-cite")).ShouldBe("dakwar-2019");
        var popover = await PreviewAsync(page, WaitForSelectorState.Visible);
        (await popover.GetAttributeAsync("role")).ShouldBe("tooltip");
        (await popover.InnerTextAsync()).ShouldContain(await page.Locator("#ref-dakwar-2019 .entry").InnerTextAsync());
        (await focused.GetAttributeAsync("aria-describedby")).ShouldBe("citation-popover");

        // When the reader presses Escape
        await page.Keyboard.PressAsync("Escape");

        // Then the tooltip is gone, the description with it, and focus stays on the number
        await PreviewAsync(page, WaitForSelectorState.Detached);
        (await focused.GetAttributeAsync("aria-describedby")).ShouldBeNull();
        (await focused.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Should_hide_the_preview_when_enter_follows_a_focused_citation_to_its_entry()
    {
        // Given a citation number focused from the keyboard, showing its preview
        var page = await OpenAsync(Substance);
        var citation = page.Locator("#cite-2 a.citation");
        await citation.FocusAsync();
        var popover = await PreviewAsync(page, WaitForSelectorState.Visible);

        // When the reader presses Enter, which jumps to the entry and takes focus off the number
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("#ref-walsh-2022", StringComparison.Ordinal), new() { Timeout = Soon });

        // Then no preview is left behind for a number that no longer has focus
        (await citation.EvaluateAsync<bool>("a => a === document.activeElement")).ShouldBeFalse();
        await PreviewAsync(page, WaitForSelectorState.Detached);
        (await citation.GetAttributeAsync("aria-describedby")).ShouldBeNull();
    }

    [Fact]
    public async Task Should_return_to_each_citation_from_its_back_link_in_the_reference_list()
    {
        // Given the substance page, whose first reference is cited in two places
        var page = await OpenAsync(Substance);
        var backlinks = page.Locator("#ref-dakwar-2019 .backlinks a");
        (await backlinks.CountAsync()).ShouldBe(2);

        for (var i = 0; i < 2; i++)
        {
            var backlink = backlinks.Nth(i);
            var anchor = (await backlink.GetAttributeAsync("href"))!;
            var citation = page.Locator(anchor);
            await backlink.ScrollIntoViewIfNeededAsync();
            (await IsInViewportAsync(citation)).ShouldBeFalse(anchor);

            // When the reader clicks the back-link
            await backlink.ClickAsync();

            // Then the address names that citation, which is on screen, targeted, and cites the reference
            await page.WaitForURLAsync(url => url.EndsWith(anchor, StringComparison.Ordinal), new() { Timeout = Soon });
            (await IsInViewportAsync(citation)).ShouldBeTrue(anchor);
            (await IsTargetAsync(citation)).ShouldBeTrue(anchor);
            (await citation.Locator("a.citation[data-cite='dakwar-2019']").CountAsync()).ShouldBe(1, anchor);
        }

        (await backlinks.Nth(0).GetAttributeAsync("href")).ShouldBe("#cite-1");
        (await backlinks.Nth(1).GetAttributeAsync("href")).ShouldBe("#cite-4");
    }

    [Fact]
    public async Task Should_land_on_the_quoted_claim_when_read_in_context_is_followed()
    {
        // Given the reference page of the work cited twice, quoting both passages: the first and fourth claims
        // of the substance (the editorial filler between them is not a claim)
        var page = await OpenAsync("/references/dakwar-2019/");
        var passages = page.Locator("section.cited-by .passages li");
        (await passages.CountAsync()).ShouldBe(2);
        string[] numbers = ["1", "4"];

        for (var i = 0; i < 2; i++)
        {
            await page.GotoAsync(_site.Url("/references/dakwar-2019/"));
            var quote = await passages.Nth(i).Locator("blockquote").InnerTextAsync();
            var link = passages.Nth(i).Locator("a.passage-link");
            var anchor = "#" + (await link.GetAttributeAsync("href"))!.Split('#')[1];
            anchor.ShouldStartWith("#claim-");

            // When the reader follows "Read in context"
            await link.ClickAsync();

            // Then the citing page opens at that claim, on screen: the paragraph that cites the work and reads as the quote
            await page.WaitForURLAsync(url => url.EndsWith(Substance + anchor, StringComparison.Ordinal), new() { Timeout = Soon });
            var claim = page.Locator(anchor);
            (await claim.CountAsync()).ShouldBe(1, anchor);
            (await claim.EvaluateAsync<string>("e => e.localName")).ShouldBe("p", anchor);
            (await claim.GetAttributeAsync("data-claim")).ShouldBe(numbers[i], anchor);
            (await IsInViewportAsync(claim)).ShouldBeTrue(anchor);
            (await IsTargetAsync(claim)).ShouldBeTrue(anchor);
            (await claim.Locator("a.citation[data-cite='dakwar-2019']").CountAsync()).ShouldBe(1, anchor);
            var paragraph = await claim.EvaluateAsync<string>(
                "e => { const p = e.cloneNode(true); p.querySelectorAll('.citation-group, .evidence-flag').forEach(c => c.remove()); return p.textContent; }");
            WithoutSpaces(paragraph).ShouldBe(WithoutSpaces(quote), anchor);
        }
    }

    [Fact]
    public async Task Should_log_no_console_error_and_violate_no_content_security_policy_while_citations_are_used()
    {
        // Given the substance page, watched from before its first script for errors and policy violations
        var page = await _context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add("uncaught: " + error);
        await page.ExposeFunctionAsync("reportPolicyViolation", (string violation) => problems.Add("csp: " + violation));
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.reportPolicyViolation(e.violatedDirective + ' blocked ' + e.blockedURI))");

        // When the page loads and the reader previews, focuses, dismisses and follows citations
        await page.GotoAsync(_site.Url(Substance));
        await page.Locator("#cite-3 a.citation").HoverAsync();
        await PreviewAsync(page, WaitForSelectorState.Visible);
        await page.Locator("#cite-2 a.citation").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#cite-3 a.citation").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("#ref-who-2023", StringComparison.Ordinal), new() { Timeout = Soon });
        // A violation is reported in a task of its own: let any pending report arrive.
        await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 100))");

        // Then nothing was logged as an error and nothing was blocked
        problems.ShouldBeEmpty();
    }

    public async Task InitializeAsync()
    {
        _site = await PublishedSite.StartAsync(Files);
        _context = await NewContextAsync(javaScript: true);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _site.DisposeAsync();
    }

    private Task<IBrowserContext> NewContextAsync(bool javaScript) => ReaderPages.NewContextAsync(fixture.Browser, javaScript);

    private async Task<IPage> OpenAsync(string path, IBrowserContext? context = null)
    {
        var page = await (context ?? _context).NewPageAsync();
        await page.GotoAsync(_site.Url(path));
        return page;
    }

    // The citation preview, once it is in that state.
    private static async Task<ILocator> PreviewAsync(IPage page, WaitForSelectorState state)
    {
        var popover = page.Locator("#citation-popover");
        await popover.WaitForAsync(new() { State = state, Timeout = Soon });
        return popover;
    }

    private static Task<bool> IsInViewportAsync(ILocator element) => ReaderPages.IsInViewportAsync(element);

    private static Task<bool> IsTargetAsync(ILocator element) => element.EvaluateAsync<bool>("e => e.matches(':target')");

    private static string WithoutSpaces(string text) => ReaderPages.WithoutSpaces(text);

    private static string Filler(string topic) => ReaderPages.Filler(topic);
}
