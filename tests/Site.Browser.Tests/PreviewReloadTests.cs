using Microsoft.Playwright;

namespace Site.Browser.Tests;

public sealed class PreviewReloadTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly PageWaitForSelectorOptions Soon = new() { Timeout = 10_000 };

    [Fact]
    public async Task Should_reload_an_open_page_when_its_file_is_edited()
    {
        // Given a substance page open in the browser, listening for reloads
        await using var site = await PreviewSite.StartAsync();
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("/substances/ketamine/").ToString());
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Original text.");
        await site.WaitForListenersAsync(1);

        // When the editor saves a change to the file
        site.Write("input/substances/ketamine.md", "---\ntitle: Ketamine\nmechanisms: [nmda]\n---\n\n::: editorial\nEdited in the editor.\n:::\n");

        // Then the open page shows it without anyone touching the browser
        await page.WaitForSelectorAsync("main :text('Edited in the editor.')", Soon);
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain("Original text.");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Should_show_a_broken_link_as_an_overlay_naming_file_and_line_until_it_is_fixed()
    {
        // Given a page open in the browser
        await using var site = await PreviewSite.StartAsync();
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(site.Url("/").ToString());
        await site.WaitForListenersAsync(1);

        // When a broken link is saved on line 7 of a substance page, in editorial prose
        site.Write("input/substances/ketamine.md", "---\ntitle: Ketamine\nmechanisms: [nmda]\n---\n\n::: editorial\nSee [[ketamin]].\n:::\n");

        // Then the overlay names the file, line and column, and the problem
        var overlay = await page.WaitForSelectorAsync("#site-preview-overlay", Soon);
        var text = await overlay!.InnerTextAsync();
        text.ShouldContain("input/substances/ketamine.md:7:7");
        text.ShouldContain("broken-link");
        (await overlay.IsVisibleAsync()).ShouldBeTrue();

        // When the link is fixed
        site.Write("input/substances/ketamine.md", "---\ntitle: Ketamine\nmechanisms: [nmda]\n---\n\n::: editorial\nSee [[ketamine]].\n:::\n");

        // Then the overlay goes away
        await page.WaitForSelectorAsync("#site-preview-overlay", new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
        await page.CloseAsync();
    }

    [Fact]
    public async Task Should_run_the_reload_script_within_the_sites_content_security_policy()
    {
        // Given a page of the preview, watching the console for policy violations
        await using var site = await PreviewSite.StartAsync();
        var page = await fixture.Browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.StartsWith("Refused to", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        page.PageError += (_, error) => violations.Add(error);

        // When it loads
        await page.GotoAsync(site.Url("/substances/ketamine/").ToString());

        // Then the reload script connects (it is allowed to run) and nothing was blocked
        await site.WaitForListenersAsync(1);
        violations.ShouldBeEmpty();
        await page.CloseAsync();
    }
}
