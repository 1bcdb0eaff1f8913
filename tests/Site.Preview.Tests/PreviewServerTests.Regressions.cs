using System.Net;

namespace Site.Preview.Tests;

/// <summary>Faults found once, kept from coming back.</summary>
public sealed partial class PreviewServerTests
{
    [Theory]
    [InlineData("café/tapering.md", "/caf%C3%A9/tapering", "/caf%C3%A9/tapering/")]
    [InlineData("my guides/tapering-two.md", "/my%20guides/tapering-two", "/my%20guides/tapering-two/")]
    public async Task Should_redirect_to_the_folder_url_with_the_path_encoded(string file, string request, string location)
    {
        // Given a page in a folder whose name needs encoding in a URL
        await using var site = await PreviewSite.StartAsync(folder => folder.Write(file, "---\ntitle: Tapering\n---\n\nText.\n"));

        // When it is asked for without the trailing slash
        using var response = await site.Http.GetAsync(request);

        // Then the redirect points at the encoded folder URL
        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.ShouldBe(location);
    }

    [Fact]
    public async Task Should_keep_rebuilding_when_a_rebuilt_handler_throws()
    {
        // Given a preview with a listener that fails on every rebuild
        await using var site = await PreviewSite.StartAsync();
        site.Server.Rebuilt += _ => throw new InvalidOperationException("listener fault");

        // When the file is edited twice
        site.Folder.Write("substances/ketamine.md", "---\ntitle: Ketamine\nmechanisms: [nmda]\n---\n\n## Dosing\n\nFirst edit.\n");
        await site.WaitForPageAsync("/substances/ketamine/", 200, page => page.Body!.TextContent.Contains("First edit.", StringComparison.Ordinal), "the first edit");
        site.Folder.Write("substances/ketamine.md", "---\ntitle: Ketamine\nmechanisms: [nmda]\n---\n\n## Dosing\n\nSecond edit.\n");

        // Then the second edit is served too
        await site.WaitForPageAsync("/substances/ketamine/", 200, page => page.Body!.TextContent.Contains("Second edit.", StringComparison.Ordinal), "the second edit");
    }
}
