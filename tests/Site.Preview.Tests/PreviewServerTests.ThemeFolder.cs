using Site.Theme;

namespace Site.Preview.Tests;

/// <summary>A site's own theme folder in preview: editing it reloads open pages, wherever it is.</summary>
public sealed partial class PreviewServerTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_reload_open_pages_with_the_edited_stylesheet_of_the_sites_own_theme_folder(bool insideInput)
    {
        // Given a preview of a site whose theme folder is named by site.yml inside the input, or given with --theme from elsewhere
        using var folder = new SiteFolder();
        var themeFolder = insideInput ? folder.PathOf("look") : Path.Combine(folder.Root, "elsewhere", "look");
        Directory.CreateDirectory(Path.Combine(themeFolder, "assets"));
        await File.WriteAllTextAsync(Path.Combine(themeFolder, "assets", "site.css"), "body { color: black; }\n");
        if (insideInput)
        {
            folder.Write("site.yml", SiteFolder.Config + "theme: look\n");
        }

        var options = new PreviewOptions(folder.InputDirectory, folder.Root, Port: 0, ThemeFolder: insideInput ? null : themeFolder);
        await using var server = await PreviewServer.StartAsync(options, new RazorTheme(), TextWriter.Null).WaitAsync(PreviewSite.Patience);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = PreviewSite.Patience };
        (await http.GetStringAsync(await StylesheetOfAsync(http, "/substances/ketamine/"))).ShouldBe("body { color: black; }\n");
        using var response = await http.GetAsync("/_site/events", HttpCompletionOption.ResponseHeadersRead);
        using var events = new EventStreamReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()), () => $"server at version {server.Version}");
        var hello = await events.NextNamedAsync("hello", PreviewSite.Patience);

        // When the theme folder's stylesheet is edited
        await File.WriteAllTextAsync(Path.Combine(themeFolder, "assets", "site.css"), "body { color: navy; }\n");

        // Then open pages are told to reload, and link to the edited styles, which are served
        (await events.NextNamedAsync("reload", PreviewSite.Patience)).Version.ShouldBeGreaterThan(hello.Version);
        var deadline = DateTime.UtcNow + PreviewSite.Patience;
        while (await http.GetStringAsync(await StylesheetOfAsync(http, "/substances/ketamine/")) != "body { color: navy; }\n")
        {
            await events.NextNamedAsync("reload", deadline - DateTime.UtcNow);
        }
    }
}
