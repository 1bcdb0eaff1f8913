using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Site.Cli.Tests;

public sealed class PreviewCommandTests
{
    [Fact]
    public async Task Should_serve_the_site_on_loopback_and_stop_cleanly_when_asked()
    {
        // Given a site and the real executable started as 'site preview --port 0'
        using var site = new SiteFolder();
        using var process = CliRun.Start(site.Root, "preview", "--port", "0");
        try
        {
            // When it says where it serves
            var address = await ReadAddressAsync(process);

            // Then it is on 127.0.0.1 and serves the home page
            address.Host.ShouldBe("127.0.0.1");
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var response = await client.GetAsync(address);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).ShouldContain("/_site/reload.js");

            // When it is asked to stop, as a script or service manager would (SIGTERM; a background
            // child of a non-interactive shell ignores SIGINT, so Ctrl+C is checked in a terminal by hand)
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            // Then it stops by itself with exit code 0
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
            process.ExitCode.ShouldBe(0);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void Should_exit_2_when_the_port_is_taken()
    {
        // Given a port already in use on 127.0.0.1
        using var site = new SiteFolder();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

            // When preview is asked to use it
            var run = CliRun.AsProcess(site.Root, "preview", "--port", port);

            // Then it says so before building anything, suggests a free port, and exits 2, without a stack trace
            run.ExitCode.ShouldBe(2, run.All);
            run.Error.ShouldStartWith($"site: port {port} on 127.0.0.1 is in use");
            run.Error.ShouldContain("--port 0");
            run.Error.ShouldNotContain("Built ");
            run.All.ShouldNotContain("   at ");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Should_say_where_it_serves_before_the_first_build_is_done()
    {
        // Given a site and the real executable started as 'site preview --port 0'
        using var site = new SiteFolder();
        using var process = CliRun.Start(site.Root, "preview", "--port", "0");
        try
        {
            // When it prints its first lines
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var first = await process.StandardError.ReadLineAsync(timeout.Token);
            var second = await process.StandardError.ReadLineAsync(timeout.Token);

            // Then the address comes first (the port is bound before building), then the build's report
            first.ShouldNotBeNull().ShouldStartWith("Serving http://127.0.0.1:");
            second.ShouldNotBeNull().ShouldStartWith("Built ");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void Should_exit_2_on_an_invalid_port()
    {
        // Given a site
        using var site = new SiteFolder();

        // When preview is given a port out of range
        var run = CliRun.InProcess(site.Root, "preview", "--port", "70000");

        // Then it is a usage error
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--port");
    }

    /// <summary>Reads standard error up to the line that says where preview serves, 30 s at most.</summary>
    internal static async Task<Uri> ReadAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            const string prefix = "Serving ";
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return new Uri(line[prefix.Length..].Split(' ')[0]);
            }
        }

        throw new InvalidOperationException("preview ended without saying where it serves");
    }
}
