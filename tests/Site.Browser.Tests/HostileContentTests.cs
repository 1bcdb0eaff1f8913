using System.Text;
using Microsoft.Playwright;
using Site.Core.Linking;

namespace Site.Browser.Tests;

/// <summary>
/// Hostile content in Chromium: a published site whose every field and body carries script that, if
/// it ran, would set <c>window.__pwned</c> to the name of the place it came from. None runs, and the
/// site's Content-Security-Policy is what would stop script that got into a page some other way.
/// </summary>
public sealed class HostileContentTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    // A folder of the published site whose name, were it written into a page as it is, would run script.
    // As hostile as site.yml lets a baseUrl be: quotes and ampersands are allowed in a URL's path, '<', '>' and '"' are not.
    private const string HostileBaseUrl = "https://example.org/it's'onmouseover='window.__pwned=1'&x=/";

    private PublishedSite _site = default!;
    private IBrowserContext _context = default!;

    [Fact]
    public async Task Should_run_no_script_from_the_content_on_any_page()
    {
        // Given the published hostile site, every page of it
        var pages = Directory.EnumerateFiles(Path.Combine(_site.Root, "output"), "*.html", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(Path.Combine(_site.Root, "output"), file).Replace('\\', '/').Replace("index.html", string.Empty, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        pages.Count.ShouldBeGreaterThanOrEqualTo(10);

        foreach (var path in pages)
        {
            // When a reader opens it, and every element gets the events inline handlers wait for
            var (page, seen) = await OpenWatchedAsync(path);
            await page.EvaluateAsync("""
                () => {
                  for (const element of document.querySelectorAll('*')) {
                    for (const type of ['mouseover', 'focus', 'load', 'error', 'animationstart']) {
                      element.dispatchEvent(new Event(type));
                    }
                  }
                }
                """);
            await SettleAsync(page);

            // Then nothing ran, nothing even had to be blocked, and the page holds no script but the
            // theme's two and its JSON-LD data, no handler and no script or data URL (but the site's empty icon)
            (await page.EvaluateAsync<string?>("() => window.__pwned ?? null")).ShouldBeNull(path);
            seen.ShouldBeEmpty(path);
            (await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('*')].flatMap(element => [
                  ...(element.localName === 'script' && !/\/theme\/(site|search)\.[0-9a-f]{10}\.js$/.test(element.src)
                    && !(element.type === 'application/ld+json' && !element.hasAttribute('src')) ? ['script ' + element.outerHTML] : []),
                  ...[...element.attributes].filter(a => a.name.toLowerCase().startsWith('on')).map(a => 'handler ' + a.name),
                  ...['href', 'src', 'action', 'formaction', 'srcdoc'].map(name => element.getAttribute(name))
                    .filter(url => url !== null && !(element.localName === 'link' && element.rel === 'icon' && url === 'data:,'))
                    .filter(url => /^(javascript|vbscript|data):/i.test(url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')))
                    .map(url => 'url ' + url),
                ])
                """)).ShouldBeEmpty(path);
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Should_block_script_that_got_into_a_page_by_the_content_security_policy()
    {
        // Given a published page into which script has got by some other way than the content (an
        // inline script, an inline handler and a script link, after the page's policy), and the same
        // page without its policy
        var home = await File.ReadAllTextAsync(Path.Combine(_site.Root, "output", "index.html"));
        const string slipped = """
            <script>window.__pwned = 'inline script'</script>
            <img src="missing.png" onerror="window.__pwned = 'inline handler'" alt="">
            <a id="slipped-link" href="javascript:void(window.__pwned = 'script link')">follow</a>
            """;
        var withPolicy = home.Replace("<main id=\"main-content\">", "<main id=\"main-content\">" + slipped, StringComparison.Ordinal);
        var policy = withPolicy.IndexOf("<meta http-equiv=\"Content-Security-Policy\"", StringComparison.Ordinal);
        policy.ShouldBeGreaterThan(0);
        var withoutPolicy = withPolicy.Remove(policy, withPolicy.IndexOf('>', policy) + 1 - policy);
        // Beside the home page, so that its relative links to the theme's files still resolve.
        await File.WriteAllTextAsync(Path.Combine(_site.Root, "output", "slipped.html"), withPolicy);
        await File.WriteAllTextAsync(Path.Combine(_site.Root, "output", "slipped-without-policy.html"), withoutPolicy);

        // When a reader opens each and follows the link
        var (page, seen) = await OpenWatchedAsync("/slipped.html");
        await page.Locator("#slipped-link").ClickAsync();
        await SettleAsync(page);
        var (control, _) = await OpenWatchedAsync("/slipped-without-policy.html");
        await control.Locator("#slipped-link").ClickAsync();
        await SettleAsync(control);

        // Then without the policy the script runs, and with it none of it does: the policy blocked the
        // script element, the handler and the link, and the browser said so
        (await control.EvaluateAsync<string?>("() => window.__pwned ?? null")).ShouldNotBeNull();
        (await page.EvaluateAsync<string?>("() => window.__pwned ?? null")).ShouldBeNull();
        var report = string.Join('\n', seen);
        seen.ShouldContain("csp: script-src-elem blocked inline", report);
        seen.ShouldContain("csp: script-src-attr blocked inline", report);
        seen.Count(s => s.StartsWith("csp: ", StringComparison.Ordinal)).ShouldBe(3, report);
        seen.Count(s => s.StartsWith("console: ", StringComparison.Ordinal) && s.Contains("Content Security Policy", StringComparison.Ordinal)).ShouldBe(3, report);
        seen.Where(s => !s.Contains("Content Security Policy", StringComparison.Ordinal) && !s.StartsWith("csp: ", StringComparison.Ordinal))
            .ShouldBe(["console: Failed to load resource: the server responded with a status of 404 (Not Found)"], report);
    }

    public async Task InitializeAsync()
    {
        _site = await PublishedSite.StartAsync(HostileFiles(), SiteAddress.Of(HostileBaseUrl)!.Path);
        _context = await ReaderPages.NewContextAsync(fixture.Browser, javaScript: true);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _site.DisposeAsync();
    }

    // A page watched from before its first script: policy violations, console errors, uncaught errors and dialogs.
    private async Task<(IPage Page, List<string> Seen)> OpenWatchedAsync(string path)
    {
        var page = await _context.NewPageAsync();
        var seen = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                seen.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => seen.Add("uncaught: " + error);
        page.Dialog += (_, dialog) =>
        {
            seen.Add("dialog: " + dialog.Message);
            _ = dialog.DismissAsync();
        };
        await page.ExposeFunctionAsync("reportPolicyViolation", (string violation) => seen.Add("csp: " + violation));
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.reportPolicyViolation(e.violatedDirective + ' blocked ' + e.blockedURI))");
        var response = await page.GotoAsync(_site.Url(path));
        response!.Status.ShouldBe(200, path);
        return (page, seen);
    }

    // Violations and errors are reported in tasks of their own: let any pending one arrive.
    private static Task SettleAsync(IPage page) => page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 200))");

    // Every place content reaches a page, each with script that would name that place if it ran.
    private static Dictionary<string, string> HostileFiles()
    {
        static string Script(string place) => $"<script>window.__pwned='{place}'</script>";
        static string Handler(string place) => $"<img src=x onerror=\"window.__pwned='{place}'\">";
        static string Breakout(string place) => $"\"><svg onload=\"window.__pwned='{place}'\">";
        static string Yaml(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

        var home = new StringBuilder("---\ntitle: ").Append(Yaml("Home " + Breakout("home-title"))).Append("\n---\n\n");
        foreach (var markup in new[] { Script("raw-block"), Handler("raw-inline") + " text", Breakout("raw-breakout") + " text",
            "<a href=\"javascript:window.__pwned='raw-link'\" onclick=\"window.__pwned='raw-onclick'\">raw</a>",
            "<iframe srcdoc=\"<script>parent.__pwned='raw-iframe'</script>\"></iframe>" })
        {
            home.Append(markup).Append("\n\n");
        }

        string[] urls =
        [
            "javascript:window.__pwned='link'", "JaVaScRiPt:window.__pwned='link-case'", "&#106;avascript:window.__pwned='link-entity'",
            "javascript&colon;window.__pwned='link-named-entity'", "vbscript:msgbox('link-vbscript')",
            "data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4=",
            "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=",
        ];
        foreach (var url in urls)
        {
            home.Append("[a link](").Append(url).Append(") and ![an image](").Append(url).Append(")\n\n");
        }

        home.Append("<javascript:window.__pwned='autolink'> and [a reference link][evil]\n\n")
            .Append("[[ketamine|").Append(Handler("wiki-label")).Append("]]\n\n")
            .Append("[titled](https://example.org/ \"\\\" onmouseover=\\\"window.__pwned='link-title'\")\n\n")
            .Append("See [[about]].\n\n")
            .Append("[evil]: javascript:window.__pwned='reference-definition'\n");

        return new Dictionary<string, string>
        {
            ["site.yml"] = $"title: {Yaml("Hostile " + Script("site-title"))}\ndescription: {Yaml(Breakout("site-description"))}\n"
                + $"baseUrl: {Yaml(HostileBaseUrl)}\nlanguage: en-GB\n"
                + "severity: { raw-html: off }\n",
            ["index.md"] = home.ToString(),
            ["about.md"] = $"---\ntitle: {Yaml("About " + Handler("page-title"))}\ndescription: {Yaml(Breakout("page-description"))}\n---\n\n"
                + $"About {Script("page-body")}.\n",
            ["substances/ketamine.md"] = $"---\ntitle: {Yaml("Ketamine " + Script("title"))}\naliases: [{Yaml(Handler("alias"))}]\n"
                + $"class: {Yaml(Breakout("class"))}\nsummary: {Yaml(Script("summary"))}\nmechanisms: [nmda]\n---\n\n"
                + $"A claim with {Handler("claim")} [{Handler("prefix")} @hostile-2020, p. {Script("locator")}].\n",
            ["mechanisms/nmda.md"] = $"---\ntitle: {Yaml("NMDA " + Breakout("mechanism-title"))}\naliases: [{Yaml(Script("mechanism-alias"))}]\n"
                + $"summary: {Yaml(Handler("mechanism-summary"))}\n---\n\n::: editorial\nSee [[ketamine]].\n:::\n",
            ["references/hostile-2020.md"] = $"---\ntype: article-journal\ntitle: {Yaml(Script("reference-title") + " x}}, @misc{injected, title={y")}\n"
                + $"author:\n  - {Yaml(Handler("author") + " A")}\n  - family: {Yaml(Breakout("author-family"))}\n    given: {Yaml(Script("author-given"))}\n"
                + $"container-title: {Yaml(Handler("container-title"))}\nissued: 2020\nDOI: {Yaml("10.1000/" + Script("doi"))}\nPMID: '12345'\n"
                + $"URL: {Yaml("https://example.org/" + Script("url"))}\nevidence: rct\n---\n\nAnnotation {Script("annotation")} [a link](javascript:window.__pwned='annotation-link').\n",
        };
    }
}
