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
        var (paths, theme, _) = await watcher.NextBatchAsync(CancellationToken.None).WaitAsync(Patience);
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
        var (paths, _, _) = await watcher.NextBatchAsync(CancellationToken.None).WaitAsync(Patience);
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
        var (paths, theme, _) = await watcher.NextBatchAsync(CancellationToken.None).WaitAsync(Patience);
        theme.ShouldBeTrue();
        paths.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_flag_the_input_folder_as_returned_and_watch_the_new_one_after_it_was_deleted_and_created_again()
    {
        // Given a watched site whose input/ was deleted, and the batch that reported it
        using var folder = new SiteFolder();
        using var watcher = new SourceWatcher(folder.InputDirectory, themeAssetsDirectory: null);
        Directory.Delete(folder.InputDirectory, recursive: true);
        (await NextBatchUntilAsync(watcher, _ => !Directory.Exists(folder.InputDirectory))).InputReturned.ShouldBeFalse();

        // When it is created again
        Directory.CreateDirectory(folder.InputDirectory);

        // Then it is reported as returned, and the new folder is the one watched
        await NextBatchUntilAsync(watcher, batch => batch.InputReturned);
        await AssertWatchesTheFolderNowThereAsync(folder, watcher);
    }

    [Fact]
    public async Task Should_find_the_input_folder_again_when_its_parent_folder_was_replaced_too_and_keep_watching_the_new_parent()
    {
        // Given a watched site whose whole working folder, input/'s parent, was deleted
        using var folder = new SiteFolder();
        using var watcher = new SourceWatcher(folder.InputDirectory, themeAssetsDirectory: null);
        Directory.Delete(folder.Root, recursive: true);
        await NextBatchUntilAsync(watcher, _ => !Directory.Exists(folder.InputDirectory));

        // When the working folder and input/ are created again (the parent's watcher went with the old parent)
        folder.Write("index.md", SiteFolder.Home);

        // Then the input is found again by checking for it
        await NextBatchUntilAsync(watcher, batch => batch.InputReturned);

        // When input/ is then replaced in one go, too fast for a check to see it missing
        var replacement = Path.Combine(folder.Root, ".input.new");
        Directory.CreateDirectory(replacement);
        await File.WriteAllTextAsync(Path.Combine(replacement, "index.md"), SiteFolder.Home);
        Directory.Delete(folder.InputDirectory, recursive: true);
        Directory.Move(replacement, folder.InputDirectory);

        // Then the new parent's watcher saw it, and the folder now there is the one watched
        await NextBatchUntilAsync(watcher, batch => batch.InputReturned);
        await AssertWatchesTheFolderNowThereAsync(folder, watcher);
    }

    [Fact]
    public async Task Should_watch_the_new_input_folder_when_its_parent_is_moved_away_and_made_again_at_once()
    {
        // Given a watched site
        using var folder = new SiteFolder();
        using var watcher = new SourceWatcher(folder.InputDirectory, themeAssetsDirectory: null);
        var moved = folder.Root + ".old";
        try
        {
            // When the whole working folder is moved away and made again with input/ in it at once, so that input/ is
            // never missing and neither the old folder's watcher nor its parent's hears of it
            Directory.Move(folder.Root, moved);
            folder.Write("index.md", SiteFolder.Home);

            // Then the new folder is found, reported as returned, and watched
            await NextBatchUntilAsync(watcher, batch => batch.InputReturned);
            await AssertWatchesTheFolderNowThereAsync(folder, watcher);
        }
        finally
        {
            Directory.Delete(moved, recursive: true);
        }
    }

    [Fact]
    public async Task Should_report_nothing_when_a_folder_beside_the_input_comes_and_goes()
    {
        // Given a watched site
        using var folder = new SiteFolder();
        using var watcher = new SourceWatcher(folder.InputDirectory, themeAssetsDirectory: null);

        // When folders and files are made and removed beside input/, as a build writes output/
        foreach (var name in new[] { "output", ".input.restoring", "input.bak", "inpu" })
        {
            var path = Path.Combine(folder.Root, name);
            Directory.CreateDirectory(path);
            await File.WriteAllTextAsync(Path.Combine(path, "x.txt"), "x");
            Directory.Delete(path, recursive: true);
        }

        await File.WriteAllTextAsync(Path.Combine(folder.Root, "input.txt"), "x");

        // Then no batch is reported
        var next = watcher.NextBatchAsync(CancellationToken.None);
        if (await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(1))) == next)
        {
            var batch = await next;
            Assert.Fail($"a batch was reported: [{string.Join(", ", batch.Paths)}], input returned: {batch.InputReturned}");
        }
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

    // A file written into input/ now is reported: the watcher watches the folder that is there, not an older one.
    private static async Task AssertWatchesTheFolderNowThereAsync(SiteFolder folder, SourceWatcher watcher)
    {
        folder.Write("index.md", SiteFolder.Home + "\nBack.\n");
        await NextBatchUntilAsync(watcher, batch => batch.Paths.Contains("index.md"));
    }

    // Reads batches until one satisfies the condition, within the patience of a test.
    private static async Task<SourceBatch> NextBatchUntilAsync(SourceWatcher watcher, Func<SourceBatch, bool> condition)
    {
        using var cancel = new CancellationTokenSource(Patience);
        while (true)
        {
            var batch = await watcher.NextBatchAsync(cancel.Token);
            if (condition(batch))
            {
                return batch;
            }
        }
    }
}
