using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Site.Theme;

namespace Site.Preview.Tests;

/// <summary>
/// The handler over real HTTP with a snapshot frozen as it was built, so that what is on disk has changed
/// since and no rebuild can catch up: the check made when a request arrives is the only one there is.
/// </summary>
public sealed class PreviewRequestHandlerTests
{
    [Theory]
    [MemberData(nameof(ReplacedAsset.All), MemberType = typeof(ReplacedAsset))]
    public async Task Should_answer_404_without_opening_an_asset_that_is_no_longer_a_file_of_the_input(string replacement)
    {
        // Given a site built with an image in input/assets, served as built
        using var folder = new SiteFolder();
        folder.Write(ReplacedAsset.Path, ReplacedAsset.Svg);
        var built = new PreviewSiteBuilder(new LiquidTheme(), new PreviewOptions(folder.InputDirectory, folder.Root)).Build(1, null, everything: true);
        built.Files.ContainsKey("/" + ReplacedAsset.Path).ShouldBeTrue();
        await using var app = await ServeAsync(built, folder.InputDirectory);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(3) };
        (await client.GetAsync("/" + ReplacedAsset.Path)).StatusCode.ShouldBe(HttpStatusCode.OK);

        try
        {
            // When the image is replaced on disk and requested again
            ReplacedAsset.Apply(folder, replacement);
            using var response = await client.GetAsync("/" + ReplacedAsset.Path);

            // Then it is not found, and nothing outside the input is sent
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain(ReplacedAsset.Secret);
        }
        catch (TaskCanceledException)
        {
            ReplacedAsset.ReleasePipes(folder);
            throw;
        }
    }

    [Fact]
    public async Task Should_take_the_input_folder_where_it_really_is_when_a_request_arrives()
    {
        // Given a site built with an image in input/assets, served as built
        using var folder = new SiteFolder();
        folder.Write(ReplacedAsset.Path, ReplacedAsset.Svg);
        var built = new PreviewSiteBuilder(new LiquidTheme(), new PreviewOptions(folder.InputDirectory, folder.Root)).Build(1, null, everything: true);
        await using var app = await ServeAsync(built, folder.InputDirectory);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(3) };

        // When input/ is moved away and becomes a link to a restored copy elsewhere
        const string restored = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>restored</title></svg>\n";
        var copy = Path.Combine(folder.Root, "restored");
        Directory.CreateDirectory(Path.Combine(copy, "assets"));
        await File.WriteAllTextAsync(Path.Combine(copy, ReplacedAsset.Path), restored);
        Directory.Move(folder.InputDirectory, Path.Combine(folder.Root, "input.bak"));
        Directory.CreateSymbolicLink(folder.InputDirectory, copy);
        using var response = await client.GetAsync("/" + ReplacedAsset.Path);

        // Then the image is read from the input as it now is: the copy, which is inside it
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe(restored);
    }

    private static async Task<WebApplication> ServeAsync(PreviewSnapshot snapshot, string inputDirectory)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var handler = new PreviewRequestHandler(() => snapshot, new ReloadHub(), inputDirectory, CancellationToken.None);
        app.Run(handler.HandleAsync);
        await app.StartAsync();
        return app;
    }
}
