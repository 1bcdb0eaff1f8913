using Microsoft.Playwright;
using Site.Cli.Tests;

namespace Site.Browser.Tests;

/// <summary>
/// The repository's own input/, built and served once for a test class, and one page of each kind a
/// reader meets on it.
/// </summary>
public sealed class RealSite : IAsyncLifetime
{
    /// <summary>One page of each kind, by a name for test output: every layout and component the theme renders.</summary>
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>
    {
        ["home"] = "/",
        ["substance"] = "/substances/ketamine/",
        ["mechanism"] = "/mechanisms/nmda-receptor-antagonism/",
        ["condition"] = "/conditions/alcohol-use-disorder/",
        ["reference"] = "/references/jones-2018/",
        ["bibliography"] = "/references/",
        ["evidence map"] = "/evidence/",
        ["plain page"] = "/about/",
        ["not found"] = "/404.html",
        ["substances"] = "/substances/",
        ["mechanisms"] = "/mechanisms/",
        ["conditions"] = "/conditions/",
    };

    public static readonly string[] Schemes = ["light", "dark"];

    public PublishedSite Site { get; private set; } = default!;

    /// <summary>Every page kind in each colour scheme: (page name, scheme).</summary>
    public static TheoryData<string, string> PagesInBothSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Pages.Keys)
        {
            foreach (var scheme in Schemes)
            {
                data.Add(page, scheme);
            }
        }

        return data;
    }

    public string Url(string page) => Site.Url(Pages[page]);

    /// <summary>Opens the named page (a key of <see cref="Pages"/>) in a new tab of <paramref name="context"/>.</summary>
    public async Task<IPage> OpenAsync(IBrowserContext context, string page)
    {
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(Url(page));
        return tab;
    }

    public async Task InitializeAsync() => Site = await PublishedSite.StartAsync(Path.Combine(RepositoryRoot.Path, "input"));

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
