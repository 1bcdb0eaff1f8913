using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Xunit.Abstractions;

namespace Site.Preview.Tests;

/// <summary>The preview under load: a thousand readers at once, and clients too slow to be served.</summary>
public sealed partial class PreviewServerTests(ITestOutputHelper log)
{
    private static readonly string[] LoadPaths =
        ["/", "/substances/ketamine/", "/mechanisms/nmda/", "/substances/", PreviewSite.Stylesheet, "/_site/reload.js", "/no/such/page/", "/substances/ketamine"];

    [Fact]
    public async Task Should_answer_1000_concurrent_requests_each_with_its_status_and_body_in_a_bounded_time()
    {
        // Given a running preview, and what each path answers when asked alone
        await using var site = await PreviewSite.StartAsync();
        var expected = new Dictionary<string, (int Status, string Body, string? Location)>(StringComparer.Ordinal);
        foreach (var path in LoadPaths)
        {
            expected[path] = await GetAsync(site.Http, path);
        }

        expected["/"].Status.ShouldBe(200);
        expected["/no/such/page/"].Status.ShouldBe(404);
        expected["/substances/ketamine"].Status.ShouldBe(301);

        // When 1,000 requests, each on its own connection, are let go at the same moment
        using var readers = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 1000 })
        {
            BaseAddress = site.Server.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, 1000).Select(async i =>
        {
            await go.Task;
            var path = LoadPaths[i % LoadPaths.Length];
            return (Path: path, Answer: await GetAsync(readers, path));
        }).ToArray();
        var clock = Stopwatch.StartNew();
        go.SetResult();
        var answers = await Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(60));
        clock.Stop();

        // Then every one is answered, within a generous bound, with exactly what it answers alone
        log.WriteLine($"1,000 concurrent requests answered in {clock.ElapsedMilliseconds} ms");
        answers.Length.ShouldBe(1000);
        answers.Where(a => a.Answer != expected[a.Path]).Select(a => $"{a.Path}: {a.Answer.Status}").ShouldBeEmpty();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Should_answer_a_reader_quickly_while_slow_clients_hold_connections()
    {
        // Given a running preview and, holding connections to it: clients that stop half-way through their
        // headers, clients that send their request a byte at a time, clients that ask for many pages and
        // never read the answers, and clients that open the reload stream and never read it
        await using var site = await PreviewSite.StartAsync();
        using var stop = new CancellationTokenSource();
        var slow = new List<TcpClient>();
        var senders = new List<Task>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                var halfway = await ConnectAsync(site, slow);
                await halfway.GetStream().WriteAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {site.Server.Address.Authority}\r\nAccept: te"));

                var drip = await ConnectAsync(site, slow);
                senders.Add(SendAsync(drip, $"GET /substances/ketamine/ HTTP/1.1\r\nHost: {site.Server.Address.Authority}\r\n\r\n", bytesAtATime: 1, stop.Token));

                var deaf = await ConnectAsync(site, slow);
                var pipelined = string.Concat(Enumerable.Repeat($"GET {PreviewSite.Stylesheet} HTTP/1.1\r\nHost: {site.Server.Address.Authority}\r\n\r\n", 200));
                senders.Add(SendAsync(deaf, pipelined, bytesAtATime: pipelined.Length, stop.Token));

                var listener = await ConnectAsync(site, slow);
                await listener.GetStream().WriteAsync(Encoding.ASCII.GetBytes($"GET /_site/events HTTP/1.1\r\nHost: {site.Server.Address.Authority}\r\n\r\n"));
            }

            await WaitForListenersAsync(site, 10);

            // When a reader asks for pages, one after another, each on a new connection
            var slowest = TimeSpan.Zero;
            for (var i = 0; i < 20; i++)
            {
                using var reader = new HttpClient { BaseAddress = site.Server.Address, Timeout = PreviewSite.Patience };
                var clock = Stopwatch.StartNew();
                using var response = await reader.GetAsync(LoadPaths[i % 4]);
                var body = await response.Content.ReadAsStringAsync();
                clock.Stop();

                // Then each is answered in full, and quickly
                ((int)response.StatusCode).ShouldBe(200);
                body.ShouldContain("</html>");
                slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            }

            log.WriteLine($"with 40 slow clients connected, the slowest of 20 requests took {slowest.TotalMilliseconds:0} ms");
            slowest.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(senders);
            slow.ForEach(client => client.Dispose());
        }
    }

    private static async Task<(int Status, string Body, string? Location)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    // A client with a tiny receive window, so that answers it does not read soon back up to the server.
    private static async Task<TcpClient> ConnectAsync(PreviewSite site, List<TcpClient> clients)
    {
        var client = new TcpClient { ReceiveBufferSize = 1024 };
        clients.Add(client);
        await client.ConnectAsync(site.Server.Address.Host, site.Server.Address.Port).WaitAsync(PreviewSite.Patience);
        return client;
    }

    // Sends the text a few bytes every 200 ms, or all at once, until it is sent or the test is over.
    private static async Task SendAsync(TcpClient client, string text, int bytesAtATime, CancellationToken stop)
    {
        try
        {
            foreach (var chunk in Encoding.ASCII.GetBytes(text).Chunk(bytesAtATime))
            {
                await client.GetStream().WriteAsync(chunk, stop);
                await Task.Delay(200, stop);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The test is over, or the server closed a connection that took too long.
        }
    }
}
