namespace Site.Preview.Tests;

/// <summary>
/// Nothing outside the site can be read: the request targets below are sent byte for byte. They climb
/// with dot segments written plainly, percent-encoded, double-encoded and as overlong UTF-8, smuggle
/// separators as backslashes and encoded slashes, cut paths with NUL, and name files by absolute path.
/// </summary>
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
    [InlineData("/%c0%ae%c0%ae/%c0%ae%c0%ae/input/site.yml")]
    [InlineData("/assets/%c0%ae%c0%ae%c0%afsite.yml")]
    [InlineData("/%e0%80%ae%e0%80%ae/site.yml")]
    [InlineData("/%252e%252e/%252e%252e/input/site.yml")]
    [InlineData("/assets/..%252f..%252finput%252fsite.yml")]
    [InlineData("/%2e%2e%5c%2e%2e%5cinput%5csite.yml")]
    [InlineData("/assets/..\\..\\input\\site.yml")]
    [InlineData("/.%2e/site.yml")]
    [InlineData("/%2e./site.yml")]
    [InlineData("/..;/site.yml")]
    [InlineData("/%u002e%u002e/site.yml")]
    [InlineData("/site.yml%00.html")]
    [InlineData("/site.yml\0")]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("{input}/site.yml")]
    [InlineData("{input}/../input/site.yml")]
    [InlineData("http://127.0.0.1{input}/site.yml")]
    [InlineData("/assets{input}/site.yml")]
    public async Task Should_refuse_to_walk_out_of_the_site(string target)
    {
        // Given a running preview whose input also holds an asset served from disk
        await using var site = await PreviewSite.StartAsync(folder => folder.Write("assets/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"));

        // When the target is requested exactly as written ({input} is the absolute path of the input folder)
        var response = await RawHttpResponse.GetAsync(site.Server.Address, target.Replace("{input}", site.Folder.InputDirectory, StringComparison.Ordinal));

        // Then it is refused or not found, and neither the site's config nor a system file comes back
        response.Status.ShouldBeOneOf([400, 404], response.Text);
        response.Text.ShouldNotContain(SiteFolder.ConfigMarker);
        response.Text.ShouldNotContain("title: Preview test site");
        response.Text.ShouldNotContain("root:");
    }
}
