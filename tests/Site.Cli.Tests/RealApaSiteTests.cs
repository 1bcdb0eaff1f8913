using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Site.Cli.Tests;

/// <summary>
/// The real site in APA 7 (a copy of input/ with <c>citationStyle: apa</c>): every reference page's entry as citation-js's
/// <c>apa</c> template writes it (but for the documented difference), author-date citations in the text, and the same
/// outside checks as the Vancouver site: html-validate and LinkChecker.
/// </summary>
public sealed class RealApaSiteTests(ApaSiteBuild site) : IClassFixture<ApaSiteBuild>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// The real references whose entry the site writes otherwise than citation-js, and how: CSL's delimiter-precedes-last="always"
    /// and APA 7 (9.8) put a comma before "&amp;" whatever the names; citeproc-js leaves it out when the last name is an organisation's.
    /// </summary>
    private static readonly Dictionary<string, Func<string, string>> KeptDifferences = new(StringComparer.Ordinal)
    {
        ["samhsa-2016"] = text => text.Replace("(US) & Office", "(US), & Office", StringComparison.Ordinal),
    };

    [Fact]
    public void Should_show_every_reference_pages_entry_as_citation_js_formats_it_in_apa()
    {
        // Given the APA site's reference pages and its references.json
        var pages = new Dictionary<string, (string Text, List<string> Italic)>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(Path.Combine(site.Output, "references")))
        {
            var entry = Parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html"))).QuerySelector("p.entry.full-entry").ShouldNotBeNull();
            pages[Path.GetFileName(folder)] = (entry.TextContent.Trim(), [.. entry.QuerySelectorAll("i").Select(i => i.TextContent)]);
        }

        // When citation-js formats every item of references.json in its APA style
        var run = InstalledTool.CitationJsApa.Run(site.Output, [Path.Combine(site.Output, "references.json")]);
        run.ExitCode.ShouldBe(0, run.All);
        using var formatted = JsonDocument.Parse(run.Out);

        // Then every page writes the same text, with the same parts in italics, but where a difference is kept
        pages.Count.ShouldBeGreaterThan(10);
        var differences = new List<string>();
        foreach (var item in formatted.RootElement.EnumerateObject())
        {
            var (text, italic) = pages[item.Name];
            var theirs = item.Value.GetProperty("text").GetString()!;
            var expected = KeptDifferences.TryGetValue(item.Name, out var kept) ? kept(theirs) : theirs;
            if (kept is not null && expected == theirs)
            {
                differences.Add($"{item.Name}: the kept difference no longer applies");
            }

            if (text != expected || !italic.SequenceEqual(item.Value.GetProperty("italic").EnumerateArray().Select(i => i.GetString()!)))
            {
                differences.Add($"{item.Name}:\n  page: {text} [{string.Join(" | ", italic)}]\n  tool: {theirs}");
            }
        }

        differences.ShouldBeEmpty();
        formatted.RootElement.EnumerateObject().Count().ShouldBe(pages.Count);
    }

    [Fact]
    public void Should_cite_by_author_and_year_in_the_text_and_list_references_by_author()
    {
        // Given the APA site's ketamine page
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "substances", "ketamine", "index.html")));

        // When its citations and reference list are read
        var jones = page.QuerySelectorAll("a.citation[data-cite='jones-2018']");
        var list = page.QuerySelector("section.references ul.reference-list").ShouldNotBeNull();
        var families = list.QuerySelectorAll(":scope > li .entry").Select(e => e.TextContent.Split(',')[0]).ToList();

        // Then a citation reads "Jones et al., 2018" inside parentheses and links to its entry, and the list runs by author
        // (a work without one by its title, an opening "A" or "The" left out)
        jones.ShouldNotBeEmpty();
        jones.ShouldAllBe(a => a.TextContent == "Jones et al., 2018" && a.GetAttribute("href") == "#ref-jones-2018");
        jones[0].Closest(".citation-group").ShouldNotBeNull().TextContent.ShouldStartWith("(");
        families.ShouldBe([.. families.OrderBy(WithoutArticle, StringComparer.OrdinalIgnoreCase)]);
        families.ShouldContain(f => f.StartsWith("A ", StringComparison.Ordinal));
    }

    private static string WithoutArticle(string text) =>
        text.StartsWith("A ", StringComparison.Ordinal) ? text[2..] : text.StartsWith("The ", StringComparison.Ordinal) ? text[4..] : text;

    [Fact]
    public void Should_write_pages_in_which_html_validate_finds_no_error()
    {
        // Given every page of the APA site
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);

        // When html-validate checks them all, as it checks the Vancouver site
        var (exitCode, errors) = RealSiteValidityTests.Validate(site.Output, pages);

        // Then it reports no error
        errors.ShouldBeEmpty();
        exitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_have_no_broken_link_that_linkchecker_finds_from_the_home_page()
    {
        // Given the APA site, opened at its home page as a local file
        // When LinkChecker follows every link of the site from there
        var run = RealSiteValidityTests.CheckLinks(site.Output);

        // Then it finds no error
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldContain(" 0 errors found", customMessage: run.All);
    }
}
