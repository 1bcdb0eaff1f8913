namespace Site.Preview.Tests;

/// <summary>Nothing outside the site can be read: the request targets below are sent byte for byte.</summary>
public sealed partial class PreviewServerTests
{
    [Theory]
    [InlineData("/../input/site.yml")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/%2e%2e%2fsite.yml")]
    [InlineData("/substances/..%2f..%2finput/site.yml")]
    [InlineData("/a%00.html")]
    [InlineData("//etc/passwd")]
    [InlineData("/\\..\\input\\site.yml")]
    [InlineData("http://127.0.0.1/../../etc/passwd")]
    [InlineData("/assets/../../input/site.yml")]
    [InlineData("/assets/%2e%2e/site.yml")]
    [InlineData("/assets/..%5csite.yml")]
    [InlineData("/assets/%2E%2E%2F%2E%2E%2Fetc/passwd")]
    [InlineData("/input/site.yml")]
    [InlineData("/site.yml")]
    public async Task Should_refuse_to_walk_out_of_the_site(string target)
    {
        // Given a running preview whose input also holds an asset served from disk
        await using var site = await PreviewSite.StartAsync(folder => folder.Write("assets/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"));

        // When the target is requested exactly as written
        var response = await RawHttpResponse.GetAsync(site.Server.Address, target);

        // Then it is refused or not found, and neither the site's config nor a system file comes back
        response.Status.ShouldBeOneOf([400, 404], response.Text);
        response.Text.ShouldNotContain(SiteFolder.ConfigMarker);
        response.Text.ShouldNotContain("title: Preview test site");
        response.Text.ShouldNotContain("root:");
    }
}
