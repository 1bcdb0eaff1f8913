using System.Text.Json;
using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// DNS rebinding in Chromium: a foreign page is loaded from its own server under its own name, then the name is
/// made to resolve to 127.0.0.1, so that the browser takes the preview for that page's own origin. Here the first
/// load is served by Playwright and the name always resolves to 127.0.0.1; the browser's own check of pages that
/// reach into the local network is off, so that what is shown is the preview's defence alone.
/// </summary>
public sealed class PreviewRebindingTests : IAsyncLifetime
{
    private const string ForeignName = "rebound.example";

    private IPlaywright? _playwright;
    private IBrowser _browser = default!;

    [Fact]
    public async Task Should_let_a_page_whose_name_was_rebound_to_the_preview_read_neither_its_pages_nor_its_event_stream()
    {
        // Given a preview, and a foreign page open at its name and the preview's port, whose name now leads to 127.0.0.1
        await using var site = await PreviewSite.StartAsync();
        var origin = $"http://{ForeignName}:{site.Server.Address.Port}";
        var page = await _browser.NewPageAsync();
        await page.RouteAsync($"{origin}/attack.html", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>A foreign page</title>" }));
        await page.GotoAsync($"{origin}/attack.html");

        // When its script reads a draft and opens the reload channel, both of its own origin as far as the browser knows
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const response = await fetch('/substances/ketamine/');
              const body = await response.text();
              const events = await new Promise(resolve => {
                const source = new EventSource('/_site/events');
                source.onopen = () => { source.close(); resolve('open'); };
                source.onerror = () => { source.close(); resolve('error'); };
                setTimeout(() => { source.close(); resolve('no answer'); }, 5000);
              });
              return { status: response.status, body, events };
            }
            """);

        // Then the preview itself answered, and refused: no draft, no stream, nobody listening
        result.GetProperty("status").GetInt32().ShouldBe(421);
        var body = result.GetProperty("body").GetString()!;
        body.ShouldContain("This is the site preview");
        body.ShouldNotContain("Original text.");
        result.GetProperty("events").GetString().ShouldBe("error");
        site.Server.ListenerCount.ShouldBe(0);
        await page.CloseAsync();
    }

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        // Without the second switch Chromium itself refuses the fetch (Local Network Access), and the test would show nothing of the preview.
        _browser = await DebianChromium.LaunchAsync(
            _playwright,
            $"--host-resolver-rules=MAP {ForeignName} 127.0.0.1",
            "--disable-features=LocalNetworkAccessChecks");
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
