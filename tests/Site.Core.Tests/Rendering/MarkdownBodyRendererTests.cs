namespace Site.Core.Tests.Rendering;

public sealed class MarkdownBodyRendererTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
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
}
