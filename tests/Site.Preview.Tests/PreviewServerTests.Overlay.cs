using AngleSharp.Html.Dom;
using Site.Core.Kinds;
using Site.Core.Scaffolding;

namespace Site.Preview.Tests;

/// <summary>Content errors show in every page, where the editor is looking, and never stop the server.</summary>
public sealed partial class PreviewServerTests
{
    private const string BrokenKetamine = "---\ntitle: Ketamine\nmechanisms: [nmda]\n---\n\n## Dosing\n\n::: editorial\nSee [[nowhere]] for the dose.\n:::\n";

    [Fact]
    public async Task Should_show_a_broken_link_in_the_overlay_of_every_page_until_it_is_fixed()
    {
        // Given a running preview, and a reader who keeps loading a page throughout
        await using var site = await PreviewSite.StartAsync();
        using var stop = new CancellationTokenSource();
        var reader = KeepReadingAsync(site, "/mechanisms/nmda/", stop.Token);

        // When a wiki link to a missing page is written into the substance
        site.Folder.Write("substances/ketamine.md", BrokenKetamine);

        // Then every page shows the overlay with the error's position in the source and its code
        var location = $"input/substances/ketamine.md:{LocationOf(BrokenKetamine, "nowhere")}";
        foreach (var path in new[] { "/", "/substances/ketamine/", "/no/such/page/" })
        {
            var page = await site.WaitForPageAsync(path, path == "/no/such/page/" ? 404 : 200, p => PreviewSite.OverlayOf(p) is not null, "the overlay");
            ProblemsIn(page).ShouldContain($"{location} error broken-link", site.Log);
        }

        // When the link is fixed
        site.Folder.Write("substances/ketamine.md", BrokenKetamine.Replace("[[nowhere]]", "[[nmda]]"));

        // Then the overlay is gone, and the reader got the page every time
        var fixedPage = await site.WaitForPageAsync("/", 200, p => PreviewSite.OverlayOf(p) is null, "no overlay");
        fixedPage.QuerySelector("script[src='/_site/reload.js']").ShouldNotBeNull();
        await stop.CancelAsync();
        var statuses = await reader.WaitAsync(PreviewSite.Patience);
        statuses.ShouldNotBeEmpty();
        statuses.ShouldAllBe(status => status == 200);
    }

    [Fact]
    public async Task Should_show_invalid_front_matter_in_the_overlay_and_keep_serving_the_other_pages()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When the substance's front matter becomes invalid YAML
        const string invalid = "---\ntitle: [unclosed\n---\n\n::: editorial\nBody.\n:::\n";
        site.Folder.Write("substances/ketamine.md", invalid);

        // Then the overlay names the file and the code
        var home = await site.WaitForPageAsync("/", 200, p => PreviewSite.OverlayOf(p) is not null, "the overlay");
        ProblemsIn(home).ShouldContain(line => line.StartsWith("input/substances/ketamine.md:", StringComparison.Ordinal) && line.EndsWith(" error invalid-front-matter", StringComparison.Ordinal), site.Log);

        // And the other pages are still served as before
        var (status, mechanism) = await site.GetPageAsync("/mechanisms/nmda/");
        status.ShouldBe(200);
        mechanism.QuerySelector("main h1")!.TextContent.Trim().ShouldBe("NMDA receptor antagonism");
        PreviewSite.OverlayOf(mechanism).ShouldNotBeNull();
        (await site.GetStatusAsync(PreviewSite.Stylesheet)).ShouldBe(200);
    }

    [Fact]
    public async Task Should_show_problems_found_in_the_first_build()
    {
        // Given a site that is broken before the preview starts
        await using var site = await PreviewSite.StartAsync(folder => folder.Write("substances/ketamine.md", BrokenKetamine));

        // When a page is requested
        var (status, page) = await site.GetPageAsync("/");

        // Then the overlay is there from the start
        status.ShouldBe(200);
        ProblemsIn(page).ShouldContain($"input/substances/ketamine.md:{LocationOf(BrokenKetamine, "nowhere")} error broken-link");
    }

    [Fact]
    public async Task Should_show_a_new_page_with_its_instructions_and_the_unfinished_page_overlay_until_they_are_deleted()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a new substance is created while it runs, as site new writes it
        DocumentScaffold.Create(site.Folder.InputDirectory, DocumentKinds.Substance, "Nitrous oxide");

        // Then its page is served with the instructions for the editor, and the overlay points at each marker
        var page = await site.WaitForPageAsync("/substances/nitrous-oxide/", 200, p => PreviewSite.OverlayOf(p) is not null, "the overlay");
        page.QuerySelector("main h1")!.TextContent.Trim().ShouldBe("Nitrous oxide");
        page.QuerySelector("main .body")!.TextContent.ShouldContain("Write what is known about Nitrous oxide below this block.");
        ProblemsIn(page).ShouldBe(
        [
            "input/substances/nitrous-oxide.md:4:8 error unfinished-page",
            "input/substances/nitrous-oxide.md:6:10 error unfinished-page",
            "input/substances/nitrous-oxide.md:9:1 error unfinished-page",
        ], site.Log);

        // When the editor writes the fields and deletes the block
        site.Folder.Write("substances/nitrous-oxide.md", "---\ntitle: Nitrous oxide\nclass: Dissociative anaesthetic\nsummary: A gas.\n---\n");

        // Then the overlay is gone
        var written = await site.WaitForPageAsync("/substances/nitrous-oxide/", 200, p => PreviewSite.OverlayOf(p) is null, "no overlay");
        written.QuerySelector("article .reviewed")!.TextContent.ShouldBe("Not yet reviewed");
    }

    /// <summary>"line:column" (1-based) of the first occurrence of <paramref name="text"/> in <paramref name="source"/>.</summary>
    private static string LocationOf(string source, string text)
    {
        var offset = source.IndexOf(text, StringComparison.Ordinal);
        var before = source[..offset];
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return $"{line}:{column}";
    }

    /// <summary>Each problem in the overlay as "location severity code", read from its elements.</summary>
    private static IReadOnlyList<string> ProblemsIn(IHtmlDocument page)
    {
        var overlay = PreviewSite.OverlayOf(page);
        overlay.ShouldNotBeNull("the page has no overlay");
        return
        [
            .. overlay.QuerySelectorAll("li").Select(item =>
                $"{item.QuerySelector(".location")?.TextContent} {item.QuerySelector(".location + span")?.TextContent}"),
        ];
    }

    /// <summary>GETs a page again and again until stopped; the statuses, or an exception if a request failed.</summary>
    private static async Task<IReadOnlyList<int>> KeepReadingAsync(PreviewSite site, string path, CancellationToken stop)
    {
        var statuses = new List<int>();
        while (!stop.IsCancellationRequested)
        {
            statuses.Add(await site.GetStatusAsync(path));
            await Task.Delay(TimeSpan.FromMilliseconds(2), CancellationToken.None);
        }

        return statuses;
    }
}
