using System.Globalization;
using System.Net;
using System.Text;

namespace Site.Preview.Tests;

/// <summary>What a browser gets over HTTP: pages, assets, methods, missing pages and redirects.</summary>
public sealed partial class PreviewServerTests
{
    [Theory]
    [InlineData("/", "Home")]
    [InlineData("/substances/ketamine/", "Ketamine")]
    public async Task Should_serve_a_page_as_utf8_html_with_the_reload_script_of_the_current_version(string path, string heading)
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page is requested
        using var response = await site.Http.GetAsync(path);

        // Then it is the page, as UTF-8 HTML, with the reload script carrying the version being served
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        var page = PreviewSite.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelector("main h1")!.TextContent.Trim().ShouldBe(heading);
        var script = page.QuerySelectorAll("script[src='/_site/reload.js']").ShouldHaveSingleItem();
        script.GetAttribute("data-version").ShouldBe(site.Server.Version.ToString(CultureInfo.InvariantCulture));
        script.ParentElement.ShouldBe(page.Body);
        PreviewSite.OverlayOf(page).ShouldBeNull();
    }

    [Fact]
    public async Task Should_serve_the_theme_styles_and_script_as_the_page_names_them()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When the stylesheet and script a page links to are requested
        var (_, page) = await site.GetPageAsync("/substances/ketamine/");
        using var css = await site.Http.GetAsync(new Uri(new Uri(site.Server.Address, "/substances/ketamine/"), page.QuerySelector("link[rel=stylesheet][href^='../']")!.GetAttribute("href")));
        using var js = await site.Http.GetAsync(new Uri(new Uri(site.Server.Address, "/substances/ketamine/"), page.QuerySelector("script[src^='../']")!.GetAttribute("src")));

        // Then they are served, as CSS and JavaScript, under their hashed names
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        css.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe(PreviewSite.Stylesheet);
        (await css.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(0);
        js.StatusCode.ShouldBe(HttpStatusCode.OK);
        js.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        js.RequestMessage!.RequestUri!.AbsolutePath.ShouldMatch(@"^/theme/site\.[0-9a-f]{10}\.js$");
        (await site.GetStatusAsync("/theme/site.css")).ShouldBe(404);
    }

    [Theory]
    [InlineData("/robots.txt", "text/plain", "User-agent: *")]
    [InlineData("/sitemap.xml", "application/xml", "<urlset")]
    public async Task Should_serve_the_files_for_crawlers(string path, string type, string start)
    {
        // Given a running preview of a site that says where it is published
        await using var site = await PreviewSite.StartAsync(folder => folder.Write("site.yml", "title: Test\nbaseUrl: https://example.org/\n"));

        // When a crawler's file is requested
        using var response = await site.Http.GetAsync(path);

        // Then it is served as the build writes it
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(type);
        (await response.Content.ReadAsStringAsync()).ShouldContain(start);
    }

    [Theory]
    [InlineData("/evidence/", 200, null)]
    [InlineData("/evidence/substances/", 302, "/substances/")]
    [InlineData("/evidence/substances/ketamine/?x=1", 302, "/substances/ketamine/?x=1")]
    [InlineData("/elsewhere/", 404, null)]
    public async Task Should_send_a_link_into_the_folder_of_the_base_url_to_the_page_it_names(string path, int status, string? location)
    {
        // Given a preview of a site published in a folder, whose 404 page links from that folder
        await using var site = await PreviewSite.StartAsync(folder => folder.Write("site.yml", "title: Test\nbaseUrl: https://example.org/evidence/\n"));
        var (_, notFound) = await site.GetPageAsync("/no/such/page/");
        notFound.QuerySelector("main a[href='/evidence/substances/']").ShouldNotBeNull();

        // When a path in that folder is requested (the evidence map itself is at /evidence/)
        using var response = await site.Http.GetAsync(path);

        // Then a page of the site is served, or the request is sent to the page under the preview's root
        ((int)response.StatusCode).ShouldBe(status);
        (response.Headers.Location?.OriginalString).ShouldBe(location);
    }

    [Fact]
    public async Task Should_serve_an_input_asset_with_its_content_type_and_bytes()
    {
        // Given a site with an SVG image in input/assets
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n";
        await using var site = await PreviewSite.StartAsync(folder => folder.Write("assets/x.svg", svg));

        // When the image is requested
        using var response = await site.Http.GetAsync("/assets/x.svg");

        // Then it is served as SVG, byte for byte
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(Encoding.UTF8.GetBytes(svg));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/substances/ketamine/")]
    [InlineData("stylesheet")]
    [InlineData("/_site/reload.js")]
    [InlineData("/no/such/page/")]
    public async Task Should_answer_head_with_the_status_and_length_of_get_and_no_body(string path)
    {
        path = path == "stylesheet" ? PreviewSite.Stylesheet : path;

        // Given a running preview and the answer to a GET
        await using var site = await PreviewSite.StartAsync();
        using var get = await site.Http.GetAsync(path);
        var getBody = await get.Content.ReadAsByteArrayAsync();

        // When the same path is requested with HEAD
        using var head = await site.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        // Then the status, type and length are those of the GET, and no body is sent
        head.StatusCode.ShouldBe(get.StatusCode);
        head.Content.Headers.ContentType.ShouldBe(get.Content.Headers.ContentType);
        get.Content.Headers.ContentLength.ShouldBe(getBody.Length);
        head.Content.Headers.ContentLength.ShouldBe(getBody.Length);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/substances/ketamine/")]
    [InlineData("DELETE", "/substances/ketamine/")]
    [InlineData("PATCH", "/robots.txt")]
    [InlineData("OPTIONS", "/")]
    public async Task Should_refuse_other_methods_with_405_allowing_get_and_head(string method, string path)
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page is requested with a method that is not GET or HEAD
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x") };
        using var response = await site.Http.SendAsync(request);

        // Then the method is refused and the allowed ones are named
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["GET", "HEAD"]);
    }

    [Theory]
    [InlineData("/no/such/page/")]
    [InlineData("/substances/methadone/")]
    [InlineData("/assets/missing.png")]
    public async Task Should_answer_a_missing_page_with_404_and_the_sites_not_found_page(string path)
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page that does not exist is requested
        using var response = await site.Http.GetAsync(path);

        // Then the answer is 404 with the site's own not-found page, reload script included
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        var page = PreviewSite.Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelector("main h1")!.TextContent.Trim().ShouldBe("Page not found");
        page.QuerySelector("script[src='/_site/reload.js']").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("/substances/ketamine", "/substances/ketamine/")]
    [InlineData("/mechanisms/nmda?from=list", "/mechanisms/nmda/?from=list")]
    [InlineData("/substances", "/substances/")]
    public async Task Should_redirect_a_page_url_without_its_trailing_slash(string path, string location)
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page is requested without the trailing slash of its pretty URL
        using var response = await site.Http.GetAsync(path);

        // Then the answer is a permanent redirect to the URL with the slash, query kept
        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.ShouldBe(location);
    }

    [Fact]
    public async Task Should_serve_a_page_by_its_index_html_path_too()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();

        // When a page is requested by the file the build would write it to
        var (status, page) = await site.GetPageAsync("/substances/ketamine/index.html");

        // Then it is the page itself
        status.ShouldBe(200);
        page.QuerySelector("main h1")!.TextContent.Trim().ShouldBe("Ketamine");
    }

    [Fact]
    public async Task Should_listen_on_the_loopback_address_only()
    {
        // Given a preview started on port 0
        await using var site = await PreviewSite.StartAsync();

        // When its address is read
        var address = site.Server.Address;

        // Then it is 127.0.0.1 on a real port
        address.Host.ShouldBe("127.0.0.1");
        address.Port.ShouldBeGreaterThan(0);
        address.AbsolutePath.ShouldBe("/");
    }
}
