using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Core.Diagnostics;
using Site.Core.Tests.Exporting;

namespace Site.Core.Tests.Building;

/// <summary>
/// Hostile content: script, event handlers and script URLs written into every place content reaches
/// a page (markdown bodies, front matter, reference fields, site.yml) come out as text, never as
/// markup, and the exports stay valid.
/// </summary>
public sealed partial class SiteBuilderTests
{
    private const string HostileSiteTitle = "Hostile <script>window.__pwned='site-title'</script>";
    private const string HostileSiteDescription = "\"><img src=x onerror=\"window.__pwned='site-description'\">";
    private const string HostileSubstanceTitle = "Ketamine <script>window.__pwned='title'</script>";
    private const string HostilePageDescription = "\" onmouseover=\"window.__pwned='page-description'";
    private const string HostileReferenceTitle = "<script>window.__pwned='reference-title'</script> x}}, @misc{injected, title={y";

    private static readonly Dictionary<string, string> HostileFiles = new()
    {
        ["site.yml"] = """
            title: "Hostile <script>window.__pwned='site-title'</script>"
            description: "\"><img src=x onerror=\"window.__pwned='site-description'\">"
            baseUrl: "https://example.org/it's'onmouseover='window.__pwned=1'&x=/"
            language: en-GB

            """,
        ["index.md"] = """
            ---
            title: "Home <svg onload=window.__pwned='home-title'>"
            ---

            Raw <img src=x onerror="window.__pwned='raw-inline'"> and <b onclick="window.__pwned='raw-onclick'">bold</b>.

            <script>window.__pwned='raw-block'</script>

            <iframe src="javascript:window.__pwned='raw-iframe'"></iframe>

            [link](javascript:window.__pwned='link')
            [mixed case](JaVaScRiPt:window.__pwned='link-case')
            [decimal entity](&#106;avascript:window.__pwned='link-entity')
            [hex entity](&#x6A;avascript:window.__pwned='link-hex-entity')
            [named entity](javascript&colon;window.__pwned='link-named-entity')
            [vbscript](vbscript:msgbox('link-vbscript'))
            [data html](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4=)
            [data svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3B3bmVkPTEiLz4=)
            ![image](javascript:window.__pwned='image')
            ![data svg image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3B3bmVkPTEiLz4=)
            <javascript:window.__pwned='autolink'>
            [reference link][evil]
            [titled](https://example.org/ "\" onmouseover=\"window.__pwned='link-title'")
            [[ketamine|<script>window.__pwned='wiki-label'</script>]]

            ::: x"onmouseover="window.__pwned='container'
            Container.
            :::

            [evil]: javascript:window.__pwned='reference-definition'

            See [[about]].

            """,
        ["about.md"] = """
            ---
            title: "About <img src=x onerror=window.__pwned='page-title'>"
            description: "\" onmouseover=\"window.__pwned='page-description'"
            ---

            About <a href="javascript:window.__pwned='raw-anchor'">us</a>.

            """,
        ["substances/ketamine.md"] = """
            ---
            title: "Ketamine <script>window.__pwned='title'</script>"
            aliases: ["<img src=x onerror=window.__pwned='alias'>"]
            class: "<svg onload=window.__pwned='class'>"
            summary: "\"><script>window.__pwned='summary'</script>"
            mechanisms: [nmda]
            ---

            A claim with <b onclick="window.__pwned='claim'">markup</b> [<img src=x onerror=window.__pwned='prefix'> @hostile-2020, p. <script>window.__pwned='locator'</script>].

            """,
        ["mechanisms/nmda.md"] = """
            ---
            title: "NMDA <iframe src=javascript:window.__pwned='mechanism-title'>"
            aliases: ["\"><script>window.__pwned='mechanism-alias'</script>"]
            summary: "<body onload=window.__pwned='mechanism-summary'>"
            ---

            ::: editorial
            See [[ketamine]].
            :::

            """,
        ["references/hostile-2020.md"] = """
            ---
            type: article-journal
            title: "<script>window.__pwned='reference-title'</script> x}}, @misc{injected, title={y"
            author:
              - "<img src=x onerror=window.__pwned='author'> A"
              - family: "\" onmouseover=\"window.__pwned='author-family'"
                given: "<b>B</b>"
            container-title: "<iframe src=\"javascript:window.__pwned='container-title'\"></iframe>"
            issued: 2020
            DOI: "10.1000/\"><script>window.__pwned='doi'</script>"
            PMID: "12345"
            URL: "https://example.org/\"><script>window.__pwned='url'</script>"
            evidence: rct
            ---

            Annotation <script>window.__pwned='annotation'</script>.

            """,
    };

    [Fact]
    public void Should_build_hostile_content_into_pages_without_a_script_a_handler_or_a_script_url()
    {
        // Given a site with script, event handlers and script URLs in every place content can go
        using var site = TestSite.Build(HostileFiles, output: true);

        // When every page of it is read
        site.Result.Diagnostics.Where(d => d.Code != "raw-html").Select(d => d.ToString()).ShouldBeEmpty();
        var pages = site.FilesIn().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        pages.Count.ShouldBeGreaterThanOrEqualTo(10);

        foreach (var file in pages)
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputDirectory, file)));

            // Then the only scripts are the theme's file and JSON-LD data, no element has an event handler, no URL runs
            // script or carries a document, no frame, object, base or form came from the content, and
            // the Content-Security-Policy allows no inline script
            page.QuerySelectorAll("script").ShouldAllBe(s => IsThemeScriptOrStructuredData(s), file);
            page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"{a.OwnerElement!.LocalName} {a.Name}").ShouldBeEmpty(file);
            UrlsOf(page).Where(IsScriptOrDataUrl).ShouldBeEmpty(file);
            page.QuerySelectorAll("iframe, frame, object, embed, base, form, meta[http-equiv='refresh']").ShouldBeEmpty(file);
            var policy = page.ShouldHave("meta[http-equiv='Content-Security-Policy']").GetAttribute("content")!;
            policy.ShouldContain("script-src 'self'", Case.Sensitive, file);
            policy.ShouldNotContain("unsafe", Case.Sensitive, file);
        }
    }

    [Theory]
    [InlineData("/", "Home <svg onload=window.__pwned='home-title'>", HostileSiteDescription)]
    [InlineData("/about/", "About <img src=x onerror=window.__pwned='page-title'>", HostilePageDescription)]
    [InlineData("/substances/ketamine/", HostileSubstanceTitle, "\"><script>window.__pwned='summary'</script>")]
    [InlineData("/mechanisms/nmda/", "NMDA <iframe src=javascript:window.__pwned='mechanism-title'>", "<body onload=window.__pwned='mechanism-summary'>")]
    [InlineData("/references/hostile-2020/", HostileReferenceTitle, "<img src=x onerror=window.__pwned='author'> A, \" onmouseover=\"window.__pwned='author-family' <. " + HostileReferenceTitle)]
    public void Should_show_hostile_titles_and_descriptions_as_text_in_the_head_and_the_page(string url, string title, string description)
    {
        // Given the site full of hostile content
        using var site = TestSite.Build(HostileFiles, output: true);

        // When a page is read
        var page = site.Page(url);

        // Then its title, the site's title, description and language are the text as written, in the
        // window title, the heading, the meta tag and the attribute, without a single element of it
        page.Title.ShouldBe(url == "/" ? HostileSiteTitle : $"{title} · {HostileSiteTitle}");
        page.ShouldHave("main h1").TextContent.Trim().ShouldBe(title);
        page.ShouldHave("header .site-title").TextContent.ShouldBe(HostileSiteTitle);
        page.ShouldHave("html").GetAttribute("lang").ShouldBe("en-GB");
        page.ShouldHave("meta[name='description']").GetAttribute("content")!.ShouldStartWith(description);
        page.Head!.Children.Select(e => e.LocalName).Distinct().Order(StringComparer.Ordinal).ShouldBe(["link", "meta", "script", "title"]);
    }

    [Fact]
    public void Should_show_hostile_markdown_and_front_matter_as_text()
    {
        // Given the site full of hostile content
        using var site = TestSite.Build(HostileFiles, output: true);

        // When the home, substance and reference pages are read
        var home = site.Page("/").ShouldHave("main").TextContent;
        var substance = site.Page("/substances/ketamine/").ShouldHave("main").TextContent;
        var reference = site.Page("/references/hostile-2020/").ShouldHave("main").TextContent;

        // Then what would have been markup is there for readers to see, as text
        home.ShouldContain("<img src=x onerror=\"window.__pwned='raw-inline'\">");
        home.ShouldContain("<script>window.__pwned='raw-block'</script>");
        home.ShouldContain("<script>window.__pwned='wiki-label'</script>");
        home.ShouldContain("\"><script>window.__pwned='summary'</script>");
        substance.ShouldContain("<img src=x onerror=window.__pwned='alias'>");
        substance.ShouldContain("<svg onload=window.__pwned='class'>");
        substance.ShouldContain("<b onclick=\"window.__pwned='claim'\">markup</b>");
        substance.ShouldContain("<script>window.__pwned='locator'</script>");
        reference.ShouldContain("<img src=x onerror=window.__pwned='author'>");
        reference.ShouldContain("<iframe src=\"javascript:window");
        reference.ShouldContain("<script>window.__pwned='annotation'</script>");
        reference.ShouldContain("https://example.org/\"><script>window.__pwned='url'</script>");
    }

    [Fact]
    public void Should_export_hostile_reference_fields_and_claims_as_valid_escaped_files()
    {
        // Given the site full of hostile content
        using var site = TestSite.Build(HostileFiles, output: true);

        // When the exports are read back as JSON and BibTeX
        using var references = JsonDocument.Parse(File.ReadAllBytes(site.FileOf("/references.json")));
        using var claims = JsonDocument.Parse(File.ReadAllBytes(site.FileOf("/claims.json")));
        var bibtex = BibTexReader.Read(File.ReadAllText(site.FileOf("/references.bib")));

        // Then each holds the fields exactly as written, and the BibTeX has one entry with its own fields only
        var item = references.RootElement.EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("title").GetString().ShouldBe(HostileReferenceTitle);
        item.GetProperty("author")[1].GetProperty("family").GetString().ShouldBe("\" onmouseover=\"window.__pwned='author-family'");
        item.GetProperty("URL").GetString().ShouldBe("https://example.org/\"><script>window.__pwned='url'</script>");
        item.GetProperty("DOI").GetString().ShouldBe("10.1000/\"><script>window.__pwned='doi'</script>");
        claims.RootElement.EnumerateArray().ShouldHaveSingleItem().GetProperty("text").GetString()!
            .ShouldContain("<b onclick=\"window.__pwned='claim'\">markup</b>");
        var entry = bibtex.ShouldHaveSingleItem();
        entry.Key.ShouldBe("hostile-2020");
        entry.Names.ShouldBe(["author", "title", "journal", "year", "doi", "pmid", "url", "keywords"]);
        entry["title"].ShouldContain(@"x\textbraceright{}\textbraceright{}, @misc\textbraceleft{}injected");
    }

    [Theory]
    [InlineData("about.md", "---\ntitle: About\n---\n\n[x](<java&#9;script:alert(1)>)\n", "broken-link")]
    [InlineData("about.md", "---\ntitle: About\n---\n\n[x](< javascript:alert(1)>)\n", "broken-link")]
    [InlineData("about.md", "---\ntitle: About\n---\n\n[x](<\u0001javascript:alert(1)>)\n", "broken-link")]
    [InlineData("about.md", "---\ntitle: About\n---\n\n[[javascript:alert(1)]]\n", "broken-link")]
    [InlineData("references/r.md", "---\ntype: webpage\ntitle: R\nURL: javascript:alert(1)\n---\n", "invalid-identifier")]
    [InlineData("references/r.md", "---\ntype: webpage\ntitle: R\nURL: \" javascript:alert(1)\"\n---\n", "invalid-identifier")]
    [InlineData("references/r.md", "---\ntype: report\ntitle: R\nissued: 2020\nDOI: javascript:alert(1)\n---\n", "invalid-identifier")]
    [InlineData("references/r.md", "---\ntype: report\ntitle: R\nissued: 2020\nPMID: \"<script>alert(1)</script>\"\n---\n", "invalid-identifier")]
    [InlineData("site.yml", "title: T\nbaseUrl: javascript:alert(1)\n", "invalid-front-matter")]
    public void Should_refuse_to_write_a_script_url_hidden_behind_whitespace_control_characters_or_an_identifier(string path, string text, string code)
    {
        // Given a script URL written where no script URL can stand
        var files = new Dictionary<string, string> { ["site.yml"] = "title: T\n", [path] = text };
        using var site = TestSite.Build(files, output: true);

        // When the site is built
        var result = site.Result;

        // Then it is an error at that file, and nothing is written
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code).ShouldContain(code);
        result.Written.ShouldBeFalse();
        Directory.Exists(site.OutputDirectory).ShouldBeFalse();
    }

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "data", "background", "xlink:href"];

    // Every URL in the page but the site's own empty icon (href="data:,", which stops browsers asking for /favicon.ico).
    private static IEnumerable<string> UrlsOf(IDocument page) =>
        page.All.Where(e => !(e.LocalName == "link" && e.GetAttribute("rel") == "icon" && e.GetAttribute("href") == "data:,"))
            .SelectMany(e => e.Attributes).Where(a => UrlAttributes.Contains(a.Name, StringComparer.OrdinalIgnoreCase)).Select(a => a.Value);

    // As a browser reads the scheme: C0 controls and spaces trimmed, tabs and newlines removed, any case.
    private static bool IsScriptOrDataUrl(string url)
    {
        var read = new string([.. url.Trim([.. Enumerable.Range(0, 33).Select(c => (char)c)]).Where(c => c is not ('\t' or '\n' or '\r'))]);
        return read.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || read.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || read.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }
}
