using System.Threading.Channels;
using Site.Core.Text;

namespace Site.Preview;

/// <summary>
/// Watches the input folder (and theme assets) and reports changes in batches: events that arrive
/// close together (an editor's save: temp file, rename, attribute change) become one rebuild.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    /// <summary>How long the folder must be quiet before a batch is reported.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(15);

    /// <summary>The longest a batch waits under a steady stream of events.</summary>
    public static readonly TimeSpan MaximumDelay = TimeSpan.FromMilliseconds(250);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<(string Path, bool Theme)> _events = Channel.CreateUnbounded<(string, bool)>();

    public SourceWatcher(string inputDirectory, string? themeAssetsDirectory)
    {
        _watchers.Add(Watch(inputDirectory, theme: false));
        if (themeAssetsDirectory is not null && Directory.Exists(themeAssetsDirectory))
        {
            _watchers.Add(Watch(themeAssetsDirectory, theme: true));
        }
    }

    /// <summary>The next batch: changed paths relative to input/, and whether theme assets changed.</summary>
    public async Task<(IReadOnlySet<string> Paths, bool Theme)> NextBatchAsync(CancellationToken token)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var theme = false;
        var first = await _events.Reader.ReadAsync(token);
        Add(first);
        var deadline = DateTime.UtcNow + MaximumDelay;
        while (DateTime.UtcNow < deadline)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(token);
            quiet.CancelAfter(QuietPeriod);
            try
            {
                Add(await _events.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                break;
            }
        }

        return (paths, theme);

        void Add((string Path, bool Theme) change)
        {
            if (change.Theme)
            {
                theme = true;
            }
            else if (change.Path.Length > 0)
            {
                paths.Add(change.Path);
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _events.Writer.TryComplete();
    }

    private FileSystemWatcher Watch(string folder, bool theme)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => _events.Writer.TryWrite((RelativePath.Of(folder, e.FullPath), theme));
        watcher.Created += (_, e) => _events.Writer.TryWrite((RelativePath.Of(folder, e.FullPath), theme));
        watcher.Deleted += (_, e) => _events.Writer.TryWrite((RelativePath.Of(folder, e.FullPath), theme));
        watcher.Renamed += (_, e) =>
        {
            _events.Writer.TryWrite((RelativePath.Of(folder, e.OldFullPath), theme));
            _events.Writer.TryWrite((RelativePath.Of(folder, e.FullPath), theme));
        };
        // Too many events at once: the stamps of every file are compared anyway, so an empty batch still rebuilds correctly.
        watcher.Error += (_, _) => _events.Writer.TryWrite((string.Empty, theme));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
