using System.Net.Sockets;
using System.Text;

namespace Site.Preview.Tests;

/// <summary>Many readers at once, and listeners that misbehave.</summary>
public sealed partial class PreviewServerTests
{
    [Fact]
    public async Task Should_answer_200_concurrent_requests_while_rebuilding()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();
        string[] paths = ["/", "/substances/ketamine/", "/mechanisms/nmda/", "/substances/", "/mechanisms/", PreviewSite.Stylesheet, "/_site/reload.js"];

        // When 200 requests arrive together, while the site is rebuilt underneath them
        var rebuilds = Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await site.Server.RebuildAsync(everything: true);
            }
        });
        Task<int>[] requests = [.. Enumerable.Range(0, 200).Select(i => site.GetStatusAsync(paths[i % paths.Length]))];
        var statuses = await Task.WhenAll(requests).WaitAsync(PreviewSite.Patience);
        await rebuilds.WaitAsync(PreviewSite.Patience);

        // Then every one of them got its page
        statuses.Length.ShouldBe(200);
        statuses.ShouldAllBe(status => status == 200);
    }

    [Fact]
    public async Task Should_reach_a_listening_page_even_when_another_never_reads()
    {
        // Given a running preview, a client that opens the event stream and never reads it, and a page that listens
        await using var site = await PreviewSite.StartAsync();
        using var stalled = new TcpClient { ReceiveBufferSize = 1024 };
        await stalled.ConnectAsync(site.Server.Address.Host, site.Server.Address.Port).WaitAsync(PreviewSite.Patience);
        await stalled.GetStream().WriteAsync(Encoding.ASCII.GetBytes($"GET /_site/events HTTP/1.1\r\nHost: {site.Server.Address.Authority}\r\n\r\n"));
        using var events = await site.ListenAsync();
        (await events.NextAsync(PreviewSite.Patience)).Name.ShouldBe("hello");
        await WaitForListenersAsync(site, 2);

        // When the site is rebuilt many times
        for (var i = 0; i < 100; i++)
        {
            await site.Server.RebuildAsync().WaitAsync(PreviewSite.Patience);
        }

        // Then the listening page hears of the last of them (or a later one) and both pages still count as listening
        var last = site.Server.Version;
        var deadline = DateTime.UtcNow + PreviewSite.Patience;
        while ((await events.NextNamedAsync("reload", deadline - DateTime.UtcNow)).Version < last)
        {
        }

        site.Server.ListenerCount.ShouldBe(2);
    }
}
