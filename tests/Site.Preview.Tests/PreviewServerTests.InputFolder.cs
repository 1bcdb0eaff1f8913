using System.Diagnostics;
using AngleSharp.Html.Dom;

namespace Site.Preview.Tests;

/// <summary>
/// Sync and restore tools delete input/ or move it away and put a folder back in its place. While it is gone the
/// preview says so over the last good site; when it is back, the preview builds it afresh and watches it again.
/// </summary>
public sealed partial class PreviewServerTests
{
    private const string Restored = "Restored from the backup.";

    [Fact]
    public async Task Should_say_the_input_folder_is_missing_over_the_last_good_site_while_it_is_gone()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When input/ is deleted with everything in it
        Directory.Delete(site.Folder.InputDirectory, recursive: true);

        // Then the pages built last are still served, with an overlay that says the input folder is missing, and no stack trace
        var page = await WaitForMissingInputAsync(site);
        page.QuerySelector("main h1")!.TextContent.Trim().ShouldBe("Ketamine");
        (await site.GetStatusAsync(PreviewSite.Stylesheet)).ShouldBe(200);
        site.Log.ShouldContain("site: the input folder input/ is missing");
        site.Log.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Should_serve_the_new_content_soon_after_the_input_folder_is_deleted_and_written_again()
    {
        // Given a running preview whose input/ was deleted with everything in it
        await using var site = await PreviewSite.StartAsync();
        Directory.Delete(site.Folder.InputDirectory, recursive: true);
        await WaitForMissingInputAsync(site);

        // When it is written again, file by file, with different content
        var clock = Stopwatch.StartNew();
        WriteRestoredSite(site.Folder.InputDirectory);

        // Then the new content is served, without the overlay, and later edits are picked up too
        await WaitForRestoredAsync(site, clock, "written again");
        await AssertEditsArePickedUpAsync(site);
    }

    [Fact]
    public async Task Should_serve_the_new_content_soon_after_a_restored_folder_is_moved_in_place_of_the_deleted_input()
    {
        // Given a running preview whose input/ was deleted, and a restored copy beside it
        await using var site = await PreviewSite.StartAsync();
        var restored = Path.Combine(site.Folder.Root, ".input.restoring");
        WriteRestoredSite(restored);
        Directory.Delete(site.Folder.InputDirectory, recursive: true);
        await WaitForMissingInputAsync(site);

        // When the copy is moved in its place, at once
        var clock = Stopwatch.StartNew();
        Directory.Move(restored, site.Folder.InputDirectory);

        // Then the new content is served, without the overlay, and later edits are picked up too
        await WaitForRestoredAsync(site, clock, "moved in place");
        await AssertEditsArePickedUpAsync(site);
    }

    [Fact]
    public async Task Should_serve_the_folder_again_with_what_was_edited_meanwhile_after_input_is_renamed_away_and_back()
    {
        // Given a running preview whose input/ was renamed away (mv input input.bak)
        await using var site = await PreviewSite.StartAsync();
        var away = site.Folder.InputDirectory + ".bak";
        Directory.Move(site.Folder.InputDirectory, away);
        await WaitForMissingInputAsync(site);

        // When a page is edited where the folder now is, and the folder is renamed back (mv input.bak input)
        await File.WriteAllTextAsync(Path.Combine(away, "substances", "ketamine.md"), SiteFolder.Ketamine.Replace("Ketamine is an anaesthetic.", Restored, StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        Directory.Move(away, site.Folder.InputDirectory);

        // Then the edit is served, without the overlay, and later edits are picked up too
        await WaitForRestoredAsync(site, clock, "renamed back");
        await AssertEditsArePickedUpAsync(site);
    }

    [Fact]
    public async Task Should_serve_the_new_content_after_the_input_folder_is_replaced_in_one_go()
    {
        // Given a running preview, and a restored copy beside its input/
        await using var site = await PreviewSite.StartAsync();
        var restored = Path.Combine(site.Folder.Root, ".input.restoring");
        WriteRestoredSite(restored);

        // When input/ is deleted and the copy moved in its place straight away, too fast for anyone to see it missing
        var clock = Stopwatch.StartNew();
        Directory.Delete(site.Folder.InputDirectory, recursive: true);
        Directory.Move(restored, site.Folder.InputDirectory);

        // Then the new content is served, and the folder now there is the one watched
        await WaitForRestoredAsync(site, clock, "replaced in one go");
        await AssertEditsArePickedUpAsync(site);
    }

    [Fact]
    public async Task Should_read_every_file_again_when_the_input_folder_comes_back_even_one_whose_size_and_time_are_those_of_the_old()
    {
        // Given a running preview, and a copy of its input/ in which a page differs but has the same length and
        // modification time, as a restore that keeps files' times can leave it
        await using var site = await PreviewSite.StartAsync();
        var copy = Path.Combine(site.Folder.Root, ".input.restoring");
        WriteRestoredSite(copy);
        var original = site.Folder.PathOf("substances/ketamine.md");
        var restoredPage = Path.Combine(copy, "substances", "ketamine.md");
        var sameLength = SiteFolder.Ketamine.Replace("Ketamine is an anaesthetic.", "KETAMINE IS AN ANAESTHETIC.", StringComparison.Ordinal);
        await File.WriteAllTextAsync(restoredPage, sameLength);
        File.SetLastWriteTimeUtc(restoredPage, File.GetLastWriteTimeUtc(original));
        new FileInfo(restoredPage).Length.ShouldBe(new FileInfo(original).Length);

        // When input/ is deleted and the copy moved in its place
        Directory.Delete(site.Folder.InputDirectory, recursive: true);
        await WaitForMissingInputAsync(site);
        Directory.Move(copy, site.Folder.InputDirectory);

        // Then the page the copy holds is served, not the one built from the old folder
        await site.WaitForPageAsync("/substances/ketamine/", 200, p => MainText(p).Contains("KETAMINE IS AN ANAESTHETIC.", StringComparison.Ordinal) && PreviewSite.OverlayOf(p) is null, "the copy's page");
    }

    private static async Task<IHtmlDocument> WaitForMissingInputAsync(PreviewSite site) =>
        await site.WaitForPageAsync("/substances/ketamine/", 200, p => PreviewSite.OverlayOf(p)?.TextContent.Contains("the input folder input/ is missing", StringComparison.Ordinal) == true, "the overlay saying input/ is missing");

    private async Task WaitForRestoredAsync(PreviewSite site, Stopwatch clock, string how)
    {
        var page = await site.WaitForPageAsync("/substances/ketamine/", 200, p => MainText(p).Contains(Restored, StringComparison.Ordinal) && PreviewSite.OverlayOf(p) is null, "the restored text and no overlay");
        log.WriteLine($"input/ {how}: its content served {clock.ElapsedMilliseconds} ms later");
        MainText(page).ShouldNotContain("Ketamine is an anaesthetic.");
    }

    private static async Task AssertEditsArePickedUpAsync(PreviewSite site)
    {
        site.Folder.Write("substances/ketamine.md", SiteFolder.Ketamine.Replace("Ketamine is an anaesthetic.", "Edited after the return.", StringComparison.Ordinal));
        await site.WaitForPageAsync("/substances/ketamine/", 200, p => MainText(p).Contains("Edited after the return.", StringComparison.Ordinal), "the edit made after the return");
    }

    // The standard site, with the substance's text changed, written into folder one file at a time.
    private static void WriteRestoredSite(string folder)
    {
        foreach (var (relative, text) in new[]
        {
            ("site.yml", SiteFolder.Config),
            ("index.md", SiteFolder.Home),
            ("substances/ketamine.md", SiteFolder.Ketamine.Replace("Ketamine is an anaesthetic.", Restored, StringComparison.Ordinal)),
            ("mechanisms/nmda.md", SiteFolder.Nmda),
        })
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }
}
