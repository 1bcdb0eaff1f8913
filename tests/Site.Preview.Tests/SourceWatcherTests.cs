using System.Threading.Channels;

namespace Site.Preview.Tests;

public sealed class SourceWatcherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Should_report_a_changed_file_by_its_path_relative_to_input()
    {
        // Given a watched site
        using var folder = new SiteFolder();
        using var watcher = new SourceWatcher(folder.InputDirectory, themeAssetsDirectory: null);

        // When a file in a subfolder is written
        folder.Write("substances/ketamine.md", SiteFolder.Ketamine + "\nMore.\n");

        // Then the batch names it relative to input/, with forward slashes, and no theme change
        var (paths, theme) = await watcher.NextBatchAsync(CancellationToken.None).WaitAsync(Patience);
        paths.ShouldBe(["substances/ketamine.md"]);
        theme.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_report_a_rename_by_its_old_and_new_paths_in_one_batch()
    {
        // Given a watched site
        using var folder = new SiteFolder();
        using var watcher = new SourceWatcher(folder.InputDirectory, themeAssetsDirectory: null);

        // When a file is renamed
        File.Move(folder.PathOf("mechanisms/nmda.md"), folder.PathOf("mechanisms/glutamate.md"));

        // Then both names are in the batch: the old page must go and the new one come
        var (paths, _) = await watcher.NextBatchAsync(CancellationToken.None).WaitAsync(Patience);
        paths.ShouldBe(["mechanisms/glutamate.md", "mechanisms/nmda.md"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_report_an_atomic_save_by_the_saved_file()
    {
        // Given a watched site
        using var folder = new SiteFolder();
        using var watcher = new SourceWatcher(folder.InputDirectory, themeAssetsDirectory: null);

        // When an editor writes a temp file and moves it over the original
        var temp = folder.PathOf("substances/.ketamine.md.tmp");
        await File.WriteAllTextAsync(temp, SiteFolder.Ketamine + "\nSaved.\n");
        File.Move(temp, folder.PathOf("substances/ketamine.md"), overwrite: true);

        // Then, within the batches that follow, the saved file is named
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var cancel = new CancellationTokenSource(Patience);
        while (!seen.Contains("substances/ketamine.md"))
        {
            seen.UnionWith((await watcher.NextBatchAsync(cancel.Token)).Paths);
        }

        seen.ShouldBeSubsetOf(["substances/.ketamine.md.tmp", "substances/ketamine.md"]);
    }

    [Fact]
    public async Task Should_flag_a_change_to_the_theme_assets_without_an_input_path()
    {
        // Given a watched site and a theme assets folder
        using var folder = new SiteFolder();
        var themeAssets = Path.Combine(folder.Root, "theme-assets");
        Directory.CreateDirectory(themeAssets);
        using var watcher = new SourceWatcher(folder.InputDirectory, themeAssets);

        // When a theme asset is written
        await File.WriteAllTextAsync(Path.Combine(themeAssets, "site.css"), "body { color: black; }\n");

        // Then the batch says the theme changed and names no input file
        var (paths, theme) = await watcher.NextBatchAsync(CancellationToken.None).WaitAsync(Patience);
        theme.ShouldBeTrue();
        paths.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_end_a_pending_wait_when_disposed()
    {
        // Given a watcher with a caller waiting for the next batch
        using var folder = new SiteFolder();
        var watcher = new SourceWatcher(folder.InputDirectory, themeAssetsDirectory: null);
        var pending = watcher.NextBatchAsync(CancellationToken.None);

        // When the watcher is disposed
        watcher.Dispose();

        // Then the wait ends at once with the channel closed, which the server's watch loop treats as the end
        await Should.ThrowAsync<ChannelClosedException>(pending.WaitAsync(Patience));
    }

    [Fact]
    public async Task Should_end_a_pending_wait_when_cancelled()
    {
        // Given a watcher with a caller waiting for the next batch
        using var folder = new SiteFolder();
        using var watcher = new SourceWatcher(folder.InputDirectory, themeAssetsDirectory: null);
        using var cancel = new CancellationTokenSource();
        var pending = watcher.NextBatchAsync(cancel.Token);

        // When the caller cancels
        await cancel.CancelAsync();

        // Then the wait ends as cancelled
        await Should.ThrowAsync<OperationCanceledException>(pending.WaitAsync(Patience));
    }
}
