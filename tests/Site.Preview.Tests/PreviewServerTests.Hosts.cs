using System.Globalization;
using System.Net;

namespace Site.Preview.Tests;

/// <summary>
/// DNS rebinding: a foreign page whose name is made to resolve to 127.0.0.1 reaches the preview with its own
/// name in Host, and a foreign page on another port or a sandboxed frame sends its own Origin. The preview
/// answers only to its own names and port, and the reload channel and overlay only to its own origin.
/// In the data, {port} is the preview's port and {other} another one.
/// </summary>
public sealed partial class PreviewServerTests
{
    private static readonly string[] OverlayResources = ["/_site/events", "/_site/reload.js", "/_site/overlay.css"];

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("LocalHost:{port}")]
    public async Task Should_serve_a_request_addressed_to_its_own_name_and_port(string host)
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When the home page is requested with one of the preview's own names and its port in Host
        var response = await RawHttpResponse.SendAsync(site.Server.Address, $"GET / HTTP/1.1\r\nHost: {Authority(host, site)}\r\nConnection: close\r\n\r\n");

        // Then the page is served
        response.Status.ShouldBe(200, response.Text);
        PreviewSite.Parse(response.Body).QuerySelector("main h1")!.TextContent.Trim().ShouldBe("Home");
    }

    [Theory]
    [InlineData("evil.example:{port}", "/")]
    [InlineData("evil.example:{port}", "/substances/ketamine/")]
    [InlineData("evil.example:{port}", "/_site/reload.js")]
    [InlineData("evil.example:{port}", "/no/such/page/")]
    [InlineData("evil.example", "/")]
    [InlineData("127.0.0.1:{other}", "/")]
    [InlineData("localhost:{other}", "/")]
    [InlineData("[::1]:{other}", "/")]
    [InlineData("127.0.0.1", "/")]
    [InlineData("localhost", "/")]
    [InlineData("localhost.:{port}", "/")]
    [InlineData("127.0.0.2:{port}", "/")]
    [InlineData("0.0.0.0:{port}", "/")]
    [InlineData("127.0.0.1.evil.example:{port}", "/")]
    [InlineData("localhost.evil.example:{port}", "/")]
    [InlineData("", "/")]
    public async Task Should_refuse_a_request_addressed_to_another_host_with_421_naming_the_hosts_it_serves(string host, string path)
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page is requested with a Host that is not the preview's own name and port, as a rebound name sends it
        var response = await RawHttpResponse.SendAsync(site.Server.Address, $"GET {path} HTTP/1.1\r\nHost: {Authority(host, site)}\r\nConnection: close\r\n\r\n");

        // Then it is refused as misdirected, in plain text that says which hosts are served, and nothing of the site comes back
        AssertMisdirected(response, site);
    }

    [Fact]
    public async Task Should_refuse_the_event_stream_to_another_host()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a rebound page opens the event stream under its own name
        var response = await RawHttpResponse.SendAsync(site.Server.Address, $"GET /_site/events HTTP/1.1\r\nHost: evil.example:{site.Server.Address.Port}\r\nConnection: close\r\n\r\n");

        // Then it is refused at once, and no page is counted as listening
        AssertMisdirected(response, site);
        site.Server.ListenerCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_an_absolute_request_target_naming_another_host()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When the request names another host in an absolute target, as a proxy would be asked
        var host = $"evil.example:{site.Server.Address.Port}";
        var response = await RawHttpResponse.SendAsync(site.Server.Address, $"GET http://{host}/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");

        // Then it is refused as misdirected
        AssertMisdirected(response, site);
    }

    [Fact]
    public async Task Should_refuse_an_http_1_0_request_without_host()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page is requested over HTTP/1.0 with no Host at all (every browser sends one)
        var response = await RawHttpResponse.SendAsync(site.Server.Address, "GET / HTTP/1.0\r\n\r\n");

        // Then it is refused like any other request not addressed to the preview
        AssertMisdirected(response, site);
    }

    [Fact]
    public async Task Should_leave_an_http_1_1_request_without_host_to_kestrel_which_refuses_it_as_bad()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page is requested over HTTP/1.1 with no Host, which HTTP/1.1 requires
        var response = await RawHttpResponse.SendAsync(site.Server.Address, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");

        // Then the request is malformed and nothing of the site comes back
        response.Status.ShouldBe(400, response.Text);
        response.Body.ShouldNotContain("Welcome");
    }

    [Fact]
    public async Task Should_serve_an_http_1_0_request_with_its_own_host()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page is requested over HTTP/1.0 with the preview's Host
        var response = await RawHttpResponse.SendAsync(site.Server.Address, $"GET / HTTP/1.0\r\nHost: {site.Server.Address.Authority}\r\n\r\n");

        // Then it is served
        response.Status.ShouldBe(200, response.Text);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("http://evil.example")]
    [InlineData("http://evil.example:{port}")]
    [InlineData("http://127.0.0.1:{other}")]
    [InlineData("http://localhost:{other}")]
    [InlineData("https://127.0.0.1:{port}")]
    [InlineData("http://127.0.0.1")]
    [InlineData("http://127.0.0.1:{port}.evil.example")]
    [InlineData("http://localhost.evil.example:{port}")]
    [InlineData("http://127.0.0.1:{port}/")]
    [InlineData("")]
    public async Task Should_refuse_the_reload_channel_and_overlay_to_a_foreign_origin_with_403(string origin)
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        foreach (var path in OverlayResources)
        {
            // When the event stream or an overlay resource is requested from a page of another origin (or an opaque one)
            var response = await RawHttpResponse.SendAsync(site.Server.Address, $"GET {path} HTTP/1.1\r\nHost: {site.Server.Address.Authority}\r\nOrigin: {Authority(origin, site)}\r\nConnection: close\r\n\r\n");

            // Then it is forbidden, with a plain-text reason, and nothing of it is sent
            response.Status.ShouldBe(403, $"{path}: {response.Text}");
            response.Header("Content-Type").ShouldBe("text/plain; charset=utf-8", path);
            response.Body.ShouldContain($"http://127.0.0.1:{site.Server.Address.Port}", Case.Sensitive, path);
            response.Body.ShouldNotContain("EventSource", Case.Sensitive, path);
            response.Body.ShouldNotContain("site-preview-overlay", Case.Sensitive, path);
            response.Header("Access-Control-Allow-Origin").ShouldBeNull(path);
        }

        site.Server.ListenerCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}")]
    [InlineData("http://localhost:{port}")]
    [InlineData("http://[::1]:{port}")]
    [InlineData("HTTP://LOCALHOST:{port}")]
    public async Task Should_serve_the_reload_channel_and_overlay_to_its_own_origin(string origin)
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When the overlay resources are requested from one of the preview's own pages, which names its origin
        foreach (var path in new[] { "/_site/reload.js", "/_site/overlay.css" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Origin", Authority(origin, site));
            using var response = await site.Http.SendAsync(request);

            // Then they are served
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }

        // When the event stream is opened from such a page
        using var events = new HttpRequestMessage(HttpMethod.Get, "/_site/events");
        events.Headers.Add("Origin", Authority(origin, site));
        using var stream = await site.Http.SendAsync(events, HttpCompletionOption.ResponseHeadersRead);

        // Then it streams, starting with the version being served
        stream.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var reader = new EventStreamReader(stream, new StreamReader(await stream.Content.ReadAsStreamAsync()), () => site.Log);
        (await reader.NextAsync(PreviewSite.Patience)).Name.ShouldBe("hello");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/substances/ketamine/")]
    [InlineData("stylesheet")]
    [InlineData("/assets/x.svg")]
    [InlineData("/robots.txt")]
    [InlineData("/_site/reload.js")]
    [InlineData("/_site/overlay.css")]
    [InlineData("/no/such/page/")]
    [InlineData("/substances/ketamine")]
    public async Task Should_keep_every_response_to_its_own_origin_with_cross_origin_resource_policy(string path)
    {
        path = path == "stylesheet" ? PreviewSite.Stylesheet : path;

        // Given a running preview with an asset on disk
        await using var site = await PreviewSite.StartAsync(folder => folder.Write("assets/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"));

        // When anything is requested
        using var response = await site.Http.GetAsync(path);

        // Then the browser is told not to hand it to another origin's page
        response.Headers.GetValues("Cross-Origin-Resource-Policy").ShouldBe(["same-origin"], path);
    }

    [Fact]
    public async Task Should_send_cross_origin_resource_policy_with_the_event_stream_and_refusals()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When the event stream is opened, and a misdirected request is refused
        using var events = await site.ListenAsync();
        var refused = await RawHttpResponse.SendAsync(site.Server.Address, $"GET / HTTP/1.1\r\nHost: evil.example:{site.Server.Address.Port}\r\nConnection: close\r\n\r\n");

        // Then both carry the policy
        events.Response.Headers.GetValues("Cross-Origin-Resource-Policy").ShouldBe(["same-origin"]);
        refused.Header("Cross-Origin-Resource-Policy").ShouldBe("same-origin");
    }

    // Fills in the preview's port ({port}) or another one ({other}).
    private static string Authority(string template, PreviewSite site)
    {
        var port = site.Server.Address.Port;
        var other = port == 65535 ? port - 1 : port + 1;
        return template
            .Replace("{port}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{other}", other.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static void AssertMisdirected(RawHttpResponse response, PreviewSite site)
    {
        var port = site.Server.Address.Port;
        response.Status.ShouldBe(421, response.Text);
        response.Header("Content-Type").ShouldBe("text/plain; charset=utf-8");
        response.Body.ShouldContain($"127.0.0.1:{port}");
        response.Body.ShouldContain($"localhost:{port}");
        response.Body.ShouldContain($"[::1]:{port}");
        response.Body.ShouldNotContain("Welcome");
        response.Body.ShouldNotContain("<html", Case.Insensitive);
        response.Body.ShouldNotContain("EventSource");
    }
}
