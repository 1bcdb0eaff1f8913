using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Site.Core.Diagnostics;
using Site.Core.Diagnostics.Formatting;
using Site.Core.Rendering;
using Site.Core.Text;

namespace Site.Preview;

/// <summary>
/// <c>site preview</c>: binds its port, builds the site, serves it from memory with Kestrel on 127.0.0.1 only,
/// rebuilds incrementally when files change, and tells open pages to reload. A broken file never
/// stops it: problems are printed and shown in the page.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PreviewSiteBuilder _builder;
    private readonly SourceWatcher _watcher;
    private readonly ReloadHub _hub = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _buildGate = new(1, 1);
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TextWriter _log;
    private readonly bool _color;
    private readonly string _inputDirectory;
    private readonly string _missingInput;
    private PreviewSnapshot _snapshot;
    private Task? _watchLoop;

    private PreviewServer(PreviewOptions options, ISiteTheme theme, TextWriter log, bool color)
    {
        _log = log;
        _color = color;
        _inputDirectory = options.InputDirectory;
        _missingInput = $"the input folder {RelativePath.Of(options.WorkingDirectory, options.InputDirectory)}/ is missing: the last good build is served until it is back";
        _builder = new PreviewSiteBuilder(theme, options);
        _snapshot = new PreviewSnapshot(0, new Dictionary<string, ServedFile>(), [], "the site has not been built yet");
        _watcher = new SourceWatcher(options.InputDirectory, options.ThemeAssetsDirectory, options.ThemeFolder);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = options.WorkingDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Loopback only: the preview shows unpublished work and must not be reachable from the network.
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var handler = new PreviewRequestHandler(() => Volatile.Read(ref _snapshot), _hub, options.InputDirectory, _stopping.Token, _firstBuild.Task);
        _app.Run(handler.HandleAsync);
    }

    /// <summary>The address pages are served at, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The version of the site being served; it increases with every build.</summary>
    public long Version => Volatile.Read(ref _snapshot).Version;

    /// <summary>How many open pages are listening for reloads.</summary>
    public int ListenerCount => _hub.Count;

    /// <summary>The watcher of input/, for tests that make it miss a change (<see cref="SourceWatcher.Hides"/>).</summary>
    internal SourceWatcher Watcher => _watcher;

    /// <summary>Raised after every build, with the new version.</summary>
    public event Action<long>? Rebuilt;

    /// <summary>Completes when the first build is being served; requests made before then wait for it.</summary>
    public Task Ready => _firstBuild.Task;

    /// <summary>Starts serving, builds the site once, and starts watching; returns once the first build is served.</summary>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, ISiteTheme theme, TextWriter log, bool color = false, CancellationToken token = default)
    {
        var server = await ListenAsync(options, theme, log, color, token);
        await server.Ready;
        return server;
    }

    /// <summary>
    /// Binds the port and starts serving, then builds the site in the background and starts watching; returns as soon
    /// as the port is bound, so that a taken port is known before any build work. See <see cref="Ready"/>.
    /// </summary>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<PreviewServer> ListenAsync(PreviewOptions options, ISiteTheme theme, TextWriter log, bool color = false, CancellationToken token = default)
    {
        var server = new PreviewServer(options, theme, log, color);
        try
        {
            await server._app.StartAsync(token);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        server._watchLoop = Task.Run(async () =>
        {
            try
            {
                await server.RebuildAsync(null, everything: true);
            }
            finally
            {
                // Whatever happened, requests waiting for the first build must get an answer.
                server._firstBuild.TrySetResult();
            }

            await server.WatchAsync();
        });
        return server;
    }

    /// <summary>Rebuilds now (the watcher calls this; tests may too) and signals open pages.</summary>
    public Task RebuildAsync(IReadOnlySet<string>? changed = null, bool everything = false) => BuildAndServeAsync(changed, everything, afresh: false);

    private async Task BuildAndServeAsync(IReadOnlySet<string>? changed, bool everything, bool afresh, bool namedOnly = false)
    {
        await _buildGate.WaitAsync();
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var version = _snapshot.Version + 1;
            PreviewSnapshot next;
            try
            {
                next = _builder.Build(version, changed, everything, afresh, namedOnly);
                if (!Directory.Exists(_inputDirectory))
                {
                    // Built while the folder was being deleted or moved away: from a part of it, or from nothing.
                    next = _snapshot with { Version = version, Failure = _missingInput };
                }
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && !Directory.Exists(_inputDirectory))
            {
                next = _snapshot with { Version = version, Failure = _missingInput };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                next = _snapshot with { Version = version, Failure = $"cannot read the input: {e.Message}" };
            }
            catch (Exception e)
            {
                // A bug must not stop the server an editor is working with: say so, and keep serving.
                next = _snapshot with { Version = version, Failure = $"internal error: {e.GetType().Name}: {e.Message}" };
                await _log.WriteLineAsync(e.ToString());
            }

            Volatile.Write(ref _snapshot, next);
            Report(next, stopwatch.Elapsed);
            _hub.Broadcast(version);
            NotifyRebuilt(version);
        }
        finally
        {
            _buildGate.Release();
        }
    }

    /// <summary>Stops serving and watching.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _hub.CompleteAll();
        _watcher.Dispose();
        if (_watchLoop is not null)
        {
            await _watchLoop;
        }

        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stopping.Dispose();
        _buildGate.Dispose();
    }

    // A build told only of the files the watcher named reads nothing else; a change the watcher did not report (a file
    // written by a tool it missed, a folder moved in) would go unseen. So once the watcher has been quiet this long after
    // such a build, input/ is listed and every stamp compared, as a build that is not told does, and the site is built
    // again when something differs.
    internal static readonly TimeSpan UnreadCheckDelay = TimeSpan.FromSeconds(1);

    private async Task WatchAsync()
    {
        var toCheck = false;
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                if (toCheck && !await _watcher.ChangeWithinAsync(UnreadCheckDelay, _stopping.Token))
                {
                    toCheck = false;
                    await CheckUnreadAsync();
                    continue;
                }

                var batch = await _watcher.NextBatchAsync(_stopping.Token);
                // Named alone: the watcher saw every change, and none of them asks for every page again.
                var namedOnly = batch.Complete && !batch.Theme && !batch.InputReturned;
                await BuildAndServeAsync(batch.Paths, everything: batch.Theme || batch.InputReturned, afresh: batch.InputReturned, namedOnly);
                toCheck = namedOnly;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (System.Threading.Channels.ChannelClosedException)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever went wrong with this batch, the next save must still be picked up.
                lock (_log)
                {
                    _log.WriteLine($"site: rebuild failed: {e.Message}");
                }
            }
        }
    }

    private async Task CheckUnreadAsync()
    {
        bool unread;
        await _buildGate.WaitAsync();
        try
        {
            unread = Directory.Exists(_inputDirectory) && _builder.HasUnreadChanges();
        }
        finally
        {
            _buildGate.Release();
        }

        if (unread)
        {
            await BuildAndServeAsync(null, everything: false, afresh: false);
        }
    }

    // A failing listener must not stop the rebuilds an editor depends on.
    private void NotifyRebuilt(long version)
    {
        foreach (var listener in Rebuilt?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<long>)listener)(version);
            }
            catch (Exception e)
            {
                lock (_log)
                {
                    _log.WriteLine($"site: a rebuild listener failed: {e.Message}");
                }
            }
        }
    }

    private void Report(PreviewSnapshot snapshot, TimeSpan elapsed)
    {
        lock (_log)
        {
            if (snapshot.Failure is { } failure)
            {
                _log.WriteLine($"site: {failure}");
                return;
            }

            DiagnosticFormatters.For(DiagnosticFormat.Text, _color).Write(_log, snapshot.Diagnostics);
            var rendered = _builder.Last?.RenderedUrls.Count ?? 0;
            var ms = elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            _log.WriteLine($"Built {DiagnosticCounts.Describe(rendered, "page")} in {ms} ms ({DiagnosticCounts.Of(snapshot.Diagnostics)}).");
        }
    }
}
