using Site.Core.Linking;

namespace Site.Core.Tests.Linking;

public sealed class SiteAddressTests
{
    [Theory]
    [InlineData("https://example.org/", "https://example.org/", "/")]
    [InlineData("https://example.org", "https://example.org/", "/")]
    [InlineData("https://example.org/evidence", "https://example.org/evidence/", "/evidence/")]
    [InlineData("https://example.org/a/b/?q=1#top", "https://example.org/a/b/", "/a/b/")]
    [InlineData("http://EXAMPLE.org:8080/x/", "http://example.org:8080/x/", "/x/")]
    [InlineData("https://example.org/\"><script>", "https://example.org/%22%3E%3Cscript%3E/", "/%22%3E%3Cscript%3E/")]
    public void Should_read_a_base_url_as_the_folder_the_site_is_published_in(string baseUrl, string root, string path)
    {
        // Given a baseUrl as an editor may write it
        // When it is read
        var address = SiteAddress.Of(baseUrl)!;

        // Then it is a folder: absolute, ending in '/', without query or fragment, every character a URL may hold
        address.Root.ShouldBe(root);
        address.Path.ShouldBe(path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("example.org")]
    [InlineData("ftp://example.org/")]
    [InlineData("javascript:alert(1)")]
    public void Should_have_no_address_without_an_absolute_http_base_url(string? baseUrl)
    {
        // Given no baseUrl, or one that is not an absolute http(s) URL
        // When it is read
        var address = SiteAddress.Of(baseUrl);

        // Then the site has no address
        address.ShouldBeNull();
    }

    [Theory]
    [InlineData("https://example.org/", "/", "https://example.org/", "/")]
    [InlineData("https://example.org/", "/substances/ketamine/", "https://example.org/substances/ketamine/", "/substances/ketamine/")]
    [InlineData("https://example.org/evidence/", "/404.html", "https://example.org/evidence/404.html", "/evidence/404.html")]
    [InlineData("https://example.org/evidence/", "/sitemap.xml", "https://example.org/evidence/sitemap.xml", "/evidence/sitemap.xml")]
    public void Should_place_a_site_url_under_the_address(string baseUrl, string siteUrl, string absolute, string rooted)
    {
        // Given a site's address
        var address = SiteAddress.Of(baseUrl)!;

        // When a site URL is placed under it
        // Then it is absolute, or rooted at the host, inside the site's folder
        address.Absolute(siteUrl).ShouldBe(absolute);
        address.Rooted(siteUrl).ShouldBe(rooted);
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("https://Example.ORG/evidence")]
    [InlineData("http://bücher.example/sites/ø/")]
    public void Should_make_every_site_url_absolute_exactly_as_a_uri_resolves_it(string baseUrl)
    {
        // Given a site's address, and site URLs plain and not: slugs, anchors, hashed assets, dots, escapes, spaces, letters
        // beyond ASCII, queries and a second '#'
        var address = SiteAddress.Of(baseUrl)!;
        string[] urls =
        [
            "/", "", "/substances/ketamine/", "/substances/ketamine/#claim-abcd2345", "/assets/site.3f2a9c1d.css", "/404.html",
            "/a/./b/", "/a/../b/", "/./", "/../x", "/.well-known/x", "/a/.hidden/", "/a/..b/", "/x/%41/", "/x/%zz/", "/x y/",
            "/wirkstoffe/zürich/", "/a/#b#c", "/a/?q=1", "/a/#frag/./../", "/A_B~c/", "//double//slash/", "/a\\b/", "/#", "/a/#",
        ];

        foreach (var url in urls)
        {
            // When each is made absolute
            var absolute = address.Absolute(url);

            // Then it is what System.Uri makes of it under the site's root
            absolute.ShouldBe(new Uri(new Uri(address.Root), url.TrimStart('/')).AbsoluteUri, url);
        }
    }
}
