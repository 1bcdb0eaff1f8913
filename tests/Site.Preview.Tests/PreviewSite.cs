using System.Globalization;
using System.Threading.Channels;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Rendering;
using Site.Theme;

namespace Site.Preview.Tests;

/// <summary>
/// A <see cref="SiteFolder"/> served by a real <see cref="PreviewServer"/> on 127.0.0.1 and a free port,
/// with an HTTP client pointed at it. Disposing it stops the server and deletes the folder.
/// </summary>
internal sealed class PreviewSite : IAsyncDisposable
{
    /// <summary>The longest any test waits for the server to do something.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<long> _rebuilds = Channel.CreateUnbounded<long>();
    private readonly StringWriter _log;
    private readonly TextWriter _synchronizedLog;
    private int _rebuildCount;
    private int _disposed;

    private PreviewSite(SiteFolder folder, PreviewServer server, StringWriter log, TextWriter synchronizedLog)
    {
        Folder = folder;
        Server = server;
        _log = log;
        _synchronizedLog = synchronizedLog;
        server.Rebuilt += version =>
        {
            Interlocked.Increment(ref _rebuildCount);
            _rebuilds.Writer.TryWrite(version);
        };
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address, Timeout = Patience };
    }

    public SiteFolder Folder { get; }

    public PreviewServer Server { get; }

    /// <summary>A client that does not follow redirects, so tests see them.</summary>
    public HttpClient Http { get; }

    /// <summary>What the server printed so far: builds and diagnostics, for failure messages.</summary>
    public string Log
    {
        get
        {
            // The synchronized writer locks on itself while writing.
            lock (_synchronizedLog)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>How many builds finished since the server started (the first build not counted).</summary>
    public int RebuildCount => Volatile.Read(ref _rebuildCount);

    /// <summary>Writes the standard site, lets <paramref name="prepare"/> change it, then starts serving it.</summary>
    public static async Task<PreviewSite> StartAsync(Action<SiteFolder>? prepare = null)
    {
        var folder = new SiteFolder();
        try
        {
            prepare?.Invoke(folder);
            var log = new StringWriter();
            var synchronizedLog = TextWriter.Synchronized(log);
            var options = new PreviewOptions(folder.InputDirectory, folder.Root, Port: 0);
            var server = await PreviewServer.StartAsync(options, new LiquidTheme(), synchronizedLog).WaitAsync(Patience);
            return new PreviewSite(folder, server, log, synchronizedLog);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>The URL the theme's stylesheet is served at: its name carries a hash of its content.</summary>
    public static string Stylesheet { get; } = PublishedAssets.Of(new LiquidTheme().Assets).UrlOf("site.css");

    /// <summary>Parses a page's HTML.</summary>
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The version of the site a page was served from, as its reload script carries it.</summary>
    public static long VersionOf(IHtmlDocument page) =>
        long.Parse(page.QuerySelector("script[src='/_site/reload.js']")!.GetAttribute("data-version")!, CultureInfo.InvariantCulture);

    /// <summary>The error overlay of a page, or null when it has none.</summary>
    public static IElement? OverlayOf(IHtmlDocument page) => page.GetElementById("site-preview-overlay");

    /// <summary>GETs a path and parses the body as HTML.</summary>
    public async Task<(int Status, IHtmlDocument Page)> GetPageAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return ((int)response.StatusCode, Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>GETs a path and returns only the status.</summary>
    public async Task<int> GetStatusAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        return (int)response.StatusCode;
    }

    /// <summary>Opens <c>/_site/events</c> as a page's reload script does.</summary>
    public async Task<EventStreamReader> ListenAsync()
    {
        var response = await Http.GetAsync("/_site/events", HttpCompletionOption.ResponseHeadersRead);
        try
        {
            response.EnsureSuccessStatusCode();
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            return new EventStreamReader(response, reader, () => $"server at version {Server.Version}, {Server.ListenerCount} listeners, {RebuildCount} rebuilds; log:\n{Log}");
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks <paramref name="condition"/> now and after every rebuild until it holds, for at most
    /// <see cref="Patience"/>. A file event may reach the server as more than one batch, so tests wait
    /// for the state they expect rather than for one particular build.
    /// </summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        using var cancel = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            try
            {
                await _rebuilds.Reader.ReadAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"waited {Patience.TotalSeconds:0} s for {what}; {RebuildCount} rebuilds, server log:\n{Log}");
            }
        }
    }

    /// <summary>Waits until the page at <paramref name="path"/> answers with <paramref name="status"/> and satisfies <paramref name="condition"/>, and returns it.</summary>
    public async Task<IHtmlDocument> WaitForPageAsync(string path, int status, Func<IHtmlDocument, bool> condition, string what)
    {
        IHtmlDocument? found = null;
        await WaitUntilAsync(async () =>
        {
            var (actual, page) = await GetPageAsync(path);
            found = page;
            return actual == status && condition(page);
        }, $"{path} to answer {status} with {what}");
        return found!;
    }

    /// <summary>Stops the server (within <see cref="Patience"/>) and deletes the folder; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await Server.DisposeAsync().AsTask().WaitAsync(Patience);
        }
        finally
        {
            Http.Dispose();
            Folder.Dispose();
        }
    }
}
