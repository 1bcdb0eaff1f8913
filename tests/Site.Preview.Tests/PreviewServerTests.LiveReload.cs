namespace Site.Preview.Tests;

/// <summary>The reload channel: open pages hear about every rebuild.</summary>
public sealed partial class PreviewServerTests
{
    [Fact]
    public async Task Should_greet_a_listener_with_the_current_version()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page opens the event stream
        using var events = await site.ListenAsync();
        var hello = await events.NextAsync(PreviewSite.Patience);

        // Then it is an event stream that starts with hello and the version being served
        events.Response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        events.Response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        hello.Name.ShouldBe("hello");
        hello.Version.ShouldBe(site.Server.Version);
        site.Server.ListenerCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_send_reload_with_a_newer_version_when_a_page_is_edited()
    {
        // Given a running preview and a page listening for reloads
        await using var site = await PreviewSite.StartAsync();
        using var events = await site.ListenAsync();
        var hello = await events.NextNamedAsync("hello", PreviewSite.Patience);

        // When the substance's body is edited on disk
        site.Folder.Write("substances/ketamine.md", SiteFolder.Ketamine.Replace("Ketamine is an anaesthetic.", "Ketamine was edited live."));

        // Then a reload arrives with a newer version, and the page served at that version shows the edit
        var versions = new List<long>();
        var deadline = DateTime.UtcNow + PreviewSite.Patience;
        while (true)
        {
            var reload = await events.NextNamedAsync("reload", deadline - DateTime.UtcNow);
            reload.Version.ShouldBeGreaterThan(versions.Count == 0 ? hello.Version : versions[^1]);
            versions.Add(reload.Version);
            var (status, page) = await site.GetPageAsync("/substances/ketamine/");
            status.ShouldBe(200);
            PreviewSite.VersionOf(page).ShouldBeGreaterThanOrEqualTo(reload.Version);

            // An editor's save can reach the watcher as two batches; the first may see the file half written.
            if (page.QuerySelector("main")!.TextContent.Contains("Ketamine was edited live.", StringComparison.Ordinal))
            {
                page.QuerySelector("main")!.TextContent.ShouldNotContain("Ketamine is an anaesthetic.");
                break;
            }
        }
    }

    [Fact]
    public async Task Should_forget_a_listener_whose_page_went_away()
    {
        // Given a running preview with one page listening
        await using var site = await PreviewSite.StartAsync();
        var events = await site.ListenAsync();
        (await events.NextAsync(PreviewSite.Patience)).Name.ShouldBe("hello");
        site.Server.ListenerCount.ShouldBe(1);

        // When the page closes its connection
        events.Dispose();

        // Then the server stops counting it
        await WaitForListenersAsync(site, 0);
    }

    [Fact]
    public async Task Should_stop_promptly_and_end_the_stream_of_a_page_still_listening()
    {
        // Given a running preview with one page listening
        await using var site = await PreviewSite.StartAsync();
        using var events = await site.ListenAsync();
        (await events.NextAsync(PreviewSite.Patience)).Name.ShouldBe("hello");

        // When the server is disposed
        await site.DisposeAsync();

        // Then it stopped within the bound and the page sees its stream end
        var ended = await Record.ExceptionAsync(() => events.NextAsync(PreviewSite.Patience));
        ended.ShouldBeOfType<EndOfStreamException>();
        site.Server.ListenerCount.ShouldBe(0);
    }

    private static async Task WaitForListenersAsync(PreviewSite site, int count)
    {
        // The hub is not observable by event, so poll it, within the same bound as every other wait.
        var deadline = DateTime.UtcNow + PreviewSite.Patience;
        while (site.Server.ListenerCount != count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the server still counts {site.Server.ListenerCount} listeners, expected {count}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }
}
