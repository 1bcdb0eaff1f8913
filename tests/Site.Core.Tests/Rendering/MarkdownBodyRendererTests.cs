namespace Site.Core.Tests.Rendering;

public sealed class MarkdownBodyRendererTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](&#x6A;avascript:alert(1))")]
    [InlineData("[x](javascript&colon;alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<VBSCRIPT:msgbox(1)>")]
    [InlineData("[x][evil]\n\n[evil]: javascript:alert(1)")]
    [InlineData("[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("[x](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("<data:image/png;base64,iVBORw0KGgo=>")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[![x](data:image/svg+xml,%3Csvg%2F%3E)](data:text/html,x)")]
    public void Should_never_write_a_script_url_into_a_page(string markdown)
    {
        // Given a page with a link whose URL would run script
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["about.md"] = $"---\ntitle: About\n---\n\n{markdown}\n",
        }, output: true);

        // When the page is built
        var page = site.Page("/about/");

        // Then no href or src in its body carries the script scheme
        var urls = page.QuerySelectorAll("main .body [href], main .body [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty)
            .ToArray();
        urls.ShouldNotBeEmpty();
        urls.ShouldAllBe(u => !u.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            && !u.TrimStart().StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            && !u.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("data:image/gif;base64,R0lGODlhAQABAAAAACw=")]
    [InlineData("data:image/jpeg;base64,/9j/4AAQ")]
    [InlineData("data:image/webp;base64,UklGRg==")]
    public void Should_keep_a_raster_image_written_as_a_data_url(string url)
    {
        // Given a page with a small image inlined as a data URL
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\n",
            ["about.md"] = $"---\ntitle: About\n---\n\n![A dot]({url})\n",
        }, output: true);

        // When the page is built
        var page = site.Page("/about/");

        // Then the image keeps its source: it cannot run script, and the Content-Security-Policy allows data images
        page.QuerySelector("main .body img")!.GetAttribute("src").ShouldBe(url);
    }
}
