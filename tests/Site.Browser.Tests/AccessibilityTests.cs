using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// Every kind of page of the real site, checked by axe-core in Chromium against WCAG 2.1 A and AA, in
/// the light and the dark colour scheme: contrast, names, landmarks, structure, as a reader meets them.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser, RealSite site) : IClassFixture<BrowserFixture>, IClassFixture<RealSite>
{
    private static readonly List<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Theory]
    [MemberData(nameof(RealSite.PagesInBothSchemes), MemberType = typeof(RealSite))]
    public async Task Should_have_no_WCAG_2_1_AA_violation_found_by_axe(string page, string scheme)
    {
        // Given a page of the real site, open in Chromium in one colour scheme
        await using var context = await ReaderPages.NewContextAsync(browser.Browser, scheme, width: 1024, height: 700);
        var tab = await site.OpenAsync(context, page);

        // When axe checks it against WCAG 2.1 A and AA
        var result = await tab.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Wcag21AA } });

        // Then it found nothing, and it did check the page
        result.Violations.Select(Describe).ShouldBeEmpty($"{page} ({scheme})");
        result.Passes.ShouldContain(rule => rule.Id == "color-contrast", $"{page} ({scheme}): axe did not check contrast");
    }

    private static string Describe(AxeResultItem violation) =>
        $"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>\n"
        + string.Join("\n", violation.Nodes.Select(node =>
            $"    {node.Target}: {string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message))}\n      {node.Html}"));
}
