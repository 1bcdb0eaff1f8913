using AngleSharp.Html.Dom;

namespace Site.Preview.Tests;

/// <summary>However an editor or a tool changes the files, the preview ends up serving what is on disk.</summary>
public sealed partial class PreviewServerTests
{
    [Fact]
    public async Task Should_serve_exactly_the_new_content_after_an_atomic_save()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When an editor saves atomically: a temp file beside the original, moved over it
        var temp = site.Folder.PathOf("substances/.ketamine.md.tmp");
        await File.WriteAllTextAsync(temp, SiteFolder.Ketamine.Replace("Ketamine is an anaesthetic.", "Saved atomically."));
        File.Move(temp, site.Folder.PathOf("substances/ketamine.md"), overwrite: true);

        // Then the page shows the new text and not the old, with no problem left behind by the temp file
        var page = await site.WaitForPageAsync("/substances/ketamine/", 200, p => MainText(p).Contains("Saved atomically.", StringComparison.Ordinal), "the saved text");
        MainText(page).ShouldNotContain("Ketamine is an anaesthetic.");
        PreviewSite.OverlayOf(page).ShouldBeNull(site.Log);
        File.Exists(temp).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_serve_the_last_of_a_burst_of_writes_after_far_fewer_rebuilds()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a tool writes the same file 50 times in quick succession
        const int writes = 50;
        for (var i = 1; i <= writes; i++)
        {
            site.Folder.Write("substances/ketamine.md", SiteFolder.Ketamine.Replace("Ketamine is an anaesthetic.", $"Revision {i} of {writes}."));
        }

        // Then the last write is served, after a handful of rebuilds rather than one per write
        var page = await site.WaitForPageAsync("/substances/ketamine/", 200, p => MainText(p).Contains($"Revision {writes} of {writes}.", StringComparison.Ordinal), "the last write");
        PreviewSite.OverlayOf(page).ShouldBeNull(site.Log);
        site.RebuildCount.ShouldBeGreaterThan(0);
        site.RebuildCount.ShouldBeLessThan(writes / 5, site.Log);
    }

    [Fact]
    public async Task Should_answer_404_for_a_deleted_page_and_show_the_links_to_it_as_broken()
    {
        // Given a running preview where the home page and the mechanism link to the substance
        await using var site = await PreviewSite.StartAsync();

        // When the substance is deleted
        File.Delete(site.Folder.PathOf("substances/ketamine.md"));

        // Then its URL gives the not-found page, and the pages that linked to it show broken links
        var gone = await site.WaitForPageAsync("/substances/ketamine/", 404, _ => true, "the not-found page");
        gone.QuerySelector("main h1")!.TextContent.Trim().ShouldBe("Page not found");
        var (status, home) = await site.GetPageAsync("/");
        status.ShouldBe(200);
        ProblemsIn(home).ShouldContain($"input/index.md:{LocationOf(SiteFolder.Home, "ketamine")} error broken-link", site.Log);
        ProblemsIn(home).ShouldContain($"input/mechanisms/nmda.md:{LocationOf(SiteFolder.Nmda, "ketamine")} error broken-link", site.Log);
    }

    [Theory]
    [InlineData("substances/methadone.md", "/substances/methadone/", "Methadone")]
    [InlineData("guides/tapering.md", "/guides/tapering/", "Tapering")]
    public async Task Should_serve_a_page_created_while_running(string file, string url, string title)
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a new page is written, in an existing folder or in one that did not exist yet
        site.Folder.Write(file, $"---\ntitle: {title}\n---\n\n::: editorial\nNew text.\n:::\n");

        // Then it is served at its URL
        var page = await site.WaitForPageAsync(url, 200, _ => true, "the new page");
        page.QuerySelector("main h1")!.TextContent.Trim().ShouldBe(title);
        PreviewSite.OverlayOf(page).ShouldBeNull(site.Log);
    }

    [Fact]
    public async Task Should_serve_a_renamed_page_at_its_new_url_only()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When the substance's file is renamed
        File.Move(site.Folder.PathOf("substances/ketamine.md"), site.Folder.PathOf("substances/esketamine.md"));

        // Then the new URL serves it, the old one is not found, and the list of substances links to the new one
        var page = await site.WaitForPageAsync("/substances/esketamine/", 200, _ => true, "the renamed page");
        page.QuerySelector("main h1")!.TextContent.Trim().ShouldBe("Ketamine");
        (await site.GetStatusAsync("/substances/ketamine/")).ShouldBe(404);
        var (_, list) = await site.GetPageAsync("/substances/");
        list.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldBe(["esketamine/"]);
    }

    [Fact]
    public async Task Should_serve_an_asset_added_while_running()
    {
        // Given a running preview without assets
        await using var site = await PreviewSite.StartAsync();

        // When an image is added
        site.Folder.Write("assets/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        // Then it is served
        await site.WaitUntilAsync(async () => await site.GetStatusAsync("/assets/x.svg") == 200, "the new asset");
    }

    [Fact]
    public async Task Should_stop_serving_the_pages_of_a_deleted_folder()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When the mechanisms folder is deleted with everything in it
        Directory.Delete(site.Folder.PathOf("mechanisms"), recursive: true);

        // Then its page is gone and the substance that named it reports the missing mechanism
        await site.WaitForPageAsync("/mechanisms/nmda/", 404, _ => true, "the not-found page");
        var (status, ketamine) = await site.GetPageAsync("/substances/ketamine/");
        status.ShouldBe(200);
        ProblemsIn(ketamine).ShouldContain($"input/substances/ketamine.md:{LocationOf(SiteFolder.Ketamine, "nmda")} error unknown-mechanism", site.Log);
    }

    [Fact]
    public async Task Should_serve_a_change_the_watcher_missed_once_the_watcher_has_been_quiet_for_a_second()
    {
        // Given a running preview whose watcher never hears of the mechanism's file, as when inotify misses a tool's write
        await using var site = await PreviewSite.StartAsync();
        site.Server.Watcher.Hides = path => path == "mechanisms/nmda.md";
        using var events = await site.ListenAsync();
        await events.NextNamedAsync("hello", PreviewSite.Patience);

        // When the mechanism is edited unheard, then the substance is edited and heard, so that a build reads the substance alone
        const string Unheard = "Edited where the watcher did not hear.";
        const string Heard = "Edited where the watcher heard.";
        site.Folder.Write("mechanisms/nmda.md", SiteFolder.Nmda.Replace("See [[ketamine#dosing]].", Unheard + " See [[ketamine#dosing]]."));
        site.Folder.Write("substances/ketamine.md", SiteFolder.Ketamine.Replace("Ketamine is an anaesthetic.", Heard));

        // Then the substance's page shows its edit
        var substance = await site.WaitForPageAsync("/substances/ketamine/", 200, p => MainText(p).Contains(Heard, StringComparison.Ordinal), "the heard edit");
        var heardAt = PreviewSite.VersionOf(substance);

        // And the mechanism's page shows its edit soon after the watcher has been quiet for UnreadCheckDelay, from a later
        // build than the one that read the substance: a build told of the substance alone must not have read the mechanism
        var deadline = DateTime.UtcNow + PreviewServer.UnreadCheckDelay + TimeSpan.FromSeconds(5);
        while (true)
        {
            var (status, mechanism) = await site.GetPageAsync("/mechanisms/nmda/");
            status.ShouldBe(200);
            if (MainText(mechanism).Contains(Unheard, StringComparison.Ordinal))
            {
                PreviewSite.VersionOf(mechanism).ShouldBeGreaterThan(heardAt, site.Log);
                PreviewSite.OverlayOf(mechanism).ShouldBeNull(site.Log);
                break;
            }

            await events.NextNamedAsync("reload", deadline - DateTime.UtcNow);
        }
    }

    private static string MainText(IHtmlDocument page) => page.QuerySelector("main")?.TextContent ?? "";
}
