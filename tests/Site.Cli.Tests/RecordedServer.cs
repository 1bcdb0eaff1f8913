using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Site.Cli.Tests;

/// <summary>
/// A real HTTP server (Kestrel, 127.0.0.1, a free port) standing in for doi.org, a registration agency or NCBI:
/// answers every request as <see cref="RecordedAnswer"/>s say, and records each one. It stops when disposed, and by
/// itself after two minutes, so that a test that hangs leaves no server behind.
/// </summary>
public sealed class RecordedServer : IAsyncDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<RecordedRequest> _requests = [];
    private readonly CancellationTokenSource _stopping = new(Lifetime);

    private RecordedServer(Func<RecordedRequest, RecordedAnswer> answer)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(async context =>
        {
            var request = new RecordedRequest(
                context.Features.Get<IHttpRequestFeature>()!.RawTarget,
                context.Request.Headers.Accept.ToString() is { Length: > 0 } accept ? accept : null,
                context.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
                _clock.Elapsed);
            lock (_requests)
            {
                _requests.Add(request);
            }

            var reply = answer(request);
            if (reply.Hangs)
            {
                using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
                await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            context.Response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (reply.ContentType is not null)
            {
                context.Response.ContentType = reply.ContentType;
            }

            await context.Response.WriteAsync(reply.Body);
        });
        _stopping.Token.Register(() => _ = _app.StopAsync());
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every request received so far, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts a server that answers each request with <paramref name="answer"/>.</summary>
    public static async Task<RecordedServer> StartAsync(Func<RecordedRequest, RecordedAnswer> answer)
    {
        var server = new RecordedServer(answer);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>An address on this server.</summary>
    public Uri At(string relative) => new(Address, relative);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
