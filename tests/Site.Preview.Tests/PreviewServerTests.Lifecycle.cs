using Site.Theme;

namespace Site.Preview.Tests;

/// <summary>Starting, theme edits and stopping.</summary>
public sealed partial class PreviewServerTests
{
    [Fact]
    public async Task Should_refuse_to_start_on_a_port_that_is_taken()
    {
        // Given a preview listening on a port
        await using var running = await PreviewSite.StartAsync();
        using var folder = new SiteFolder();

        // When a second preview is started on the same port
        var options = new PreviewOptions(folder.InputDirectory, folder.Root, Port: running.Server.Address.Port);
        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var second = await PreviewServer.StartAsync(options, new LiquidTheme(), TextWriter.Null).WaitAsync(PreviewSite.Patience);
        });

        // Then it fails with an I/O error, as documented, and the first one keeps serving
        failure.ShouldBeOfType<IOException>();
        (await running.GetStatusAsync("/")).ShouldBe(200);
    }

    [Fact]
    public async Task Should_refuse_a_taken_port_before_any_build_work()
    {
        // Given a preview listening on a port, and a theme that would hold a build until released
        await using var running = await PreviewSite.StartAsync();
        using var folder = new SiteFolder();
        using var theme = new HeldTheme();

        // When a second preview starts listening on the same port
        var options = new PreviewOptions(folder.InputDirectory, folder.Root, Port: running.Server.Address.Port);
        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var second = await PreviewServer.ListenAsync(options, theme, TextWriter.Null).WaitAsync(PreviewSite.Patience);
        });

        // Then it fails with an I/O error without having started to build
        failure.ShouldBeOfType<IOException>();
        theme.RenderingStarted.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_answer_a_page_asked_for_during_the_first_build_once_it_is_built()
    {
        // Given a preview that listens while its first build is held
        using var folder = new SiteFolder();
        using var theme = new HeldTheme();
        var options = new PreviewOptions(folder.InputDirectory, folder.Root, Port: 0);
        await using var server = await PreviewServer.ListenAsync(options, theme, TextWriter.Null).WaitAsync(PreviewSite.Patience);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = PreviewSite.Patience };

        // When a page is asked for before the build is done
        var request = http.GetAsync("/substances/ketamine/");
        await Task.Delay(300);
        var answeredEarly = request.IsCompleted;
        var readyEarly = server.Ready.IsCompleted;
        theme.Release();
        using var response = await request;

        // Then the answer waits for the build and is the page, not a 404
        answeredEarly.ShouldBeFalse();
        readyEarly.ShouldBeFalse();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        PreviewSite.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main h1")!.TextContent.Trim().ShouldBe("Ketamine");
        await server.Ready.WaitAsync(PreviewSite.Patience);
        server.Version.ShouldBe(1);
    }

    [Fact]
    public async Task Should_serve_edited_theme_styles_and_reload_open_pages()
    {
        // Given a preview of the theme's sources, with a page listening for reloads
        using var folder = new SiteFolder();
        var themeSources = Path.Combine(folder.Root, "theme");
        var themeAssets = Path.Combine(themeSources, "assets");
        Directory.CreateDirectory(themeAssets);
        await File.WriteAllTextAsync(Path.Combine(themeAssets, "site.css"), "body { color: black; }\n");
        var options = new PreviewOptions(folder.InputDirectory, folder.Root, Port: 0, ThemeAssetsDirectory: themeAssets);
        await using var server = await PreviewServer.StartAsync(options, LiquidTheme.FromDirectory(themeSources), TextWriter.Null).WaitAsync(PreviewSite.Patience);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = PreviewSite.Patience };
        using var response = await http.GetAsync("/_site/events", HttpCompletionOption.ResponseHeadersRead);
        using var events = new EventStreamReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()), () => $"server at version {server.Version}");
        var hello = await events.NextNamedAsync("hello", PreviewSite.Patience);

        // When the theme's stylesheet is edited
        await File.WriteAllTextAsync(Path.Combine(themeAssets, "site.css"), "body { color: navy; }\n");

        // Then open pages are told to reload, and link to the new styles under their new name, which is served
        (await events.NextNamedAsync("reload", PreviewSite.Patience)).Version.ShouldBeGreaterThan(hello.Version);
        var deadline = DateTime.UtcNow + PreviewSite.Patience;
        while (await http.GetStringAsync(await StylesheetOfAsync(http, "/substances/ketamine/")) != "body { color: navy; }\n")
        {
            await events.NextNamedAsync("reload", deadline - DateTime.UtcNow);
        }
    }

    // The stylesheet a page links to, as a path from the root.
    private static async Task<string> StylesheetOfAsync(HttpClient http, string page)
    {
        var href = PreviewSite.Parse(await http.GetStringAsync(page)).QuerySelector("link[rel=stylesheet][href^='../']")!.GetAttribute("href")!;
        return new Uri(new Uri("http://preview" + page), href).AbsolutePath;
    }
}
