using System.Threading.Channels;
using Site.Core.Loading;
using Site.Core.Text;

namespace Site.Preview;

/// <summary>
/// Watches the input folder (and theme assets) and reports changes in batches: events that arrive
/// close together (an editor's save: temp file, rename, attribute change) become one rebuild.
/// Sync and restore tools delete the input folder or move it away and put one back: a watcher on the old
/// folder hears nothing of the new one, so the folder's own name is watched in its parent, and every
/// <see cref="InputCheckInterval"/> the folder at the path is compared with the one watched, in case the parent's
/// watcher missed it (the parent itself moved away and made again); when a folder is back under that name, it is
/// watched afresh and reported as returned.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    /// <summary>How long the folder must be quiet before a batch is reported.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(15);

    /// <summary>The longest a batch waits under a steady stream of events.</summary>
    public static readonly TimeSpan MaximumDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the input folder's existence is checked, behind the watcher of its parent.</summary>
    public static readonly TimeSpan InputCheckInterval = TimeSpan.FromMilliseconds(250);

    private readonly Channel<(string Path, bool Theme)> _events = Channel.CreateUnbounded<(string, bool)>();
    private readonly string _input;
    private readonly FileSystemWatcher? _theme;
    private readonly FileSystemWatcher? _themeFolder;
    private readonly Timer _check;
    // Guards the input's and parent's watchers and _disposed: the parent's watcher, the timer and Dispose all change them.
    private readonly Lock _gate = new();
    private FileSystemWatcher? _parent;
    private FileSystemWatcher? _inputWatcher;
    // The folder _inputWatcher watches; null on Windows, where only the folder's existence is compared.
    private FileIdentity? _watched;
    private bool _disposed;
    private int _inputReturned;

    public SourceWatcher(string inputDirectory, string? themeAssetsDirectory, string? themeFolder = null)
    {
        _input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputDirectory));
        if (Directory.Exists(_input))
        {
            _watched = FileSystemEntries.IdentityOf(_input);
            _inputWatcher = Watch(_input, theme: false);
        }

        if (themeAssetsDirectory is not null && Directory.Exists(themeAssetsDirectory))
        {
            _theme = Watch(themeAssetsDirectory, theme: true);
        }

        // The site's own theme given with --theme, wherever it is; one inside the input is seen by the input's watcher.
        if (themeFolder is not null && Directory.Exists(themeFolder) && !FileSystemEntries.IsSameOrInside(themeFolder, _input))
        {
            _themeFolder = Watch(themeFolder, theme: true);
        }

        _parent = WatchParent();
        _check = new Timer(_ => CheckInput(renew: false), null, InputCheckInterval, InputCheckInterval);
    }

    /// <summary>
    /// For tests: the input's paths (relative, with '/') whose file events are never reported, so that a test can make a
    /// change the watcher missed, which on Linux inotify hardly ever does by itself. Null, the default, hides nothing.
    /// </summary>
    internal Func<string, bool>? Hides { get; set; }

    /// <summary>The next batch of changes.</summary>
    public async Task<SourceBatch> NextBatchAsync(CancellationToken token)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var theme = false;
        var complete = true;
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

        // Read last: a return noticed while this batch gathered is built with it.
        return new SourceBatch(paths, theme, Interlocked.Exchange(ref _inputReturned, 0) == 1) { Complete = complete && paths.Count > 0 };

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
            else
            {
                complete = false;
            }
        }
    }

    /// <summary>Whether a change arrives within <paramref name="wait"/>; the change is left for <see cref="NextBatchAsync"/>.</summary>
    public async Task<bool> ChangeWithinAsync(TimeSpan wait, CancellationToken token)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(wait);
        try
        {
            return await _events.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _check.Dispose();
            _parent?.Dispose();
            _theme?.Dispose();
            _themeFolder?.Dispose();
            _inputWatcher?.Dispose();
            _inputWatcher = null;
        }

        _events.Writer.TryComplete();
    }

    // Called when the parent's watcher saw the input's name come or go (renew: the folder there now may be another
    // one, which the old watcher does not see, wherever the old folder went) and by the timer (only another folder,
    // or none, counts; a folder deleted and made again can have the old one's number, which the parent's watcher
    // sees). Either way the batch that follows rebuilds, and says so when the folder is missing.
    private void CheckInput(bool renew)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var present = Directory.Exists(_input);
            if (!renew && present == _inputWatcher is not null && FileSystemEntries.IdentityOf(_input) == _watched)
            {
                return;
            }

            if (!renew)
            {
                // The parent's watcher missed this: its folder was deleted or moved too, and it watches the old one or nothing.
                _parent?.Dispose();
                _parent = WatchParent();
            }

            _inputWatcher?.Dispose();
            _inputWatcher = null;
            _watched = null;
            if (present)
            {
                WatchReturnedInput();
            }

            _events.Writer.TryWrite((string.Empty, false));
        }
    }

    // Under _gate. The watcher is made before the batch is reported, so that whatever is written into the folder
    // after the rebuild reads it is seen too.
    private void WatchReturnedInput()
    {
        try
        {
            // Read first: a folder swapped in between is then taken for another one at the next check, not missed.
            _watched = FileSystemEntries.IdentityOf(_input);
            _inputWatcher = Watch(_input, theme: false);
            Volatile.Write(ref _inputReturned, 1);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Gone again already, or not a folder: the next check or event tries again.
            _inputWatcher = null;
            _watched = null;
        }
    }

    private FileSystemWatcher? WatchParent()
    {
        if (Path.GetDirectoryName(_input) is not { } parent || !Directory.Exists(parent))
        {
            return null;
        }

        FileSystemWatcher watcher;
        try
        {
            watcher = new FileSystemWatcher(parent, Path.GetFileName(_input))
            {
                IncludeSubdirectories = false,
                // A file name too: input/ may come back as a link to a folder.
                NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName,
            };
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Gone again already: the timer's checks still find the input when it is back.
            return null;
        }

        watcher.Created += (_, _) => CheckInput(renew: true);
        watcher.Deleted += (_, _) => CheckInput(renew: true);
        watcher.Renamed += (_, _) => CheckInput(renew: true);
        // Events were lost: the folder may have been replaced meanwhile.
        watcher.Error += (_, _) => CheckInput(renew: true);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private FileSystemWatcher Watch(string folder, bool theme)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Report(folder, e.FullPath, theme);
        watcher.Created += (_, e) => Report(folder, e.FullPath, theme);
        watcher.Deleted += (_, e) => Report(folder, e.FullPath, theme);
        watcher.Renamed += (_, e) =>
        {
            Report(folder, e.OldFullPath, theme);
            Report(folder, e.FullPath, theme);
        };
        // Too many events at once: the stamps of every file are compared anyway, so an empty batch still rebuilds correctly.
        watcher.Error += (_, _) => _events.Writer.TryWrite((string.Empty, theme));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Report(string folder, string path, bool theme)
    {
        var relative = RelativePath.Of(folder, path);
        // A test stands in for a change inotify missed: a path it hides is dropped here, as if its event never came.
        if (Hides is { } hides && !theme && hides(relative))
        {
            return;
        }

        _events.Writer.TryWrite((relative, theme));
    }
}
