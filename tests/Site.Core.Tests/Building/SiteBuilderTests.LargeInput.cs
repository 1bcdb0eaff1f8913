using System.Text;
using Site.Core.Diagnostics.Formatting;
using Site.Core.Parsing;

namespace Site.Core.Tests.Building;

/// <summary>
/// Input far beyond what an editor writes: a 10 MB page, 10,000 citations in a paragraph, markdown nested
/// 10,000 levels deep. Generated here rather than kept as files; each build must finish within the limit.
/// </summary>
public sealed partial class SiteBuilderTests
{
    /// <summary>A few seconds of work at most; a build that takes longer is stuck or has gone quadratic.</summary>
    private static readonly TimeSpan LargeInputLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_build_a_10_mb_substance_page_and_place_a_diagnostic_at_its_end()
    {
        // Given a substance page of more than 10 MB: paragraphs of ordinary length, each a claim citing the one
        // reference, under a heading every thousand, the last one with raw HTML
        var body = new StringBuilder("---\ntitle: Big\n---\n");
        var line = 3;
        var claims = 0;
        while (body.Length < 10 * 1024 * 1024)
        {
            if (claims % 1000 == 0)
            {
                body.Append($"\n## Part {(claims / 1000) + 1}\n");
                line += 2;
            }

            body.Append($"\nClaim {++claims} is a sentence of ordinary length about ketamine, its dose and its effect on mood, ");
            body.Append("as a reader finds it on any page of this site; it cites its source as every claim must [@jones-2018].\n");
            line += 2;
        }

        body.Append("\nThe end, in <b>bold</b> [@jones-2018].\n");
        line += 2;
        claims++;
        using var site = TestSite.Write(new Dictionary<string, string>
        {
            ["substances/big.md"] = body.ToString(),
            ["references/jones-2018.md"] = JonesReference,
        });

        // When it is built
        var result = await site.BuildWithin(LargeInputLimit, output: true);

        // Then the raw HTML is reported on the last line, the page is written with every claim and heading,
        // and the reference page lists every claim that cites it
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            $"input/substances/big.md:{line}:13 warning raw-html",
            $"input/substances/big.md:{line}:20 warning raw-html",
        ]);
        result.Written.ShouldBeTrue();
        var page = site.Page("/substances/big/");
        page.QuerySelectorAll("main [data-claim]").Length.ShouldBe(claims);
        page.QuerySelector($"[data-claim='{claims}']").ShouldNotBeNull().TextContent.ShouldStartWith("The end, in <b>bold</b>");
        page.GetElementById($"part-{((claims - 2) / 1000) + 1}").ShouldNotBeNull();
        site.Page("/references/jones-2018/").QuerySelectorAll("main a[href*='#claim-']").Select(a => a.GetAttribute("href")).Distinct().Count().ShouldBe(claims);
    }

    [Fact]
    public async Task Should_build_a_10_mb_page_of_200_000_one_line_paragraphs()
    {
        // Given a page of more than 10 MB made of one-line paragraphs: 200,000 elements side by side on one page
        var body = new StringBuilder("---\ntitle: Big\n---\n");
        var paragraphs = 0;
        while (body.Length < 10 * 1024 * 1024)
        {
            body.Append($"\nLine {++paragraphs} of a long list, written out.\n");
        }

        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = TestSite.HomeLinking("big"), ["big.md"] = body.ToString() });

        // When it is built
        var result = await site.BuildWithin(LargeInputLimit, output: true);

        // Then it is written with every paragraph, the last one last
        result.Diagnostics.ShouldBeEmpty();
        var paragraphsOnPage = site.Page("/big/").QuerySelectorAll("main p").Where(p => p.TextContent.StartsWith("Line ", StringComparison.Ordinal)).ToArray();
        paragraphsOnPage.Length.ShouldBe(paragraphs);
        paragraphsOnPage[^1].TextContent.ShouldBe($"Line {paragraphs} of a long list, written out.");
    }

    [Fact]
    public async Task Should_report_2_000_problems_on_one_half_megabyte_line_and_show_each_briefly()
    {
        // Given a page written as one line of half a megabyte with 2,000 links to a page that does not exist
        var line = string.Concat(Enumerable.Repeat(new string('w', 240) + " [[nowhere]] ", 2_000));
        using var site = TestSite.Write(new Dictionary<string, string> { ["index.md"] = TestSite.HomeLinking("long"), ["long.md"] = $"---\ntitle: Long\n---\n\n{line}\n" });

        // When it is checked and its diagnostics are written as text
        var result = await site.BuildWithin(LargeInputLimit);
        var text = new TextDiagnosticFormatter(color: false).Format(result.Diagnostics[^1]);
        using var all = new StringWriter();
        new TextDiagnosticFormatter(color: false).Write(all, result.Diagnostics);

        // Then every link is reported at its column, and each report shows the line only around its link
        result.Diagnostics.Count.ShouldBe(2_000);
        result.Diagnostics.ShouldAllBe(d => d.Code == "broken-link" && d.Location.Line == 5);
        result.Diagnostics[^1].Location.Column.ShouldBe(line.LastIndexOf("nowhere", StringComparison.Ordinal) + 1);
        text.Split('\n')[1].TrimEnd().ShouldEndWith("[[nowhere]]");
        all.ToString().Length.ShouldBeLessThan(2_000 * 500);
    }

    [Fact]
    public async Task Should_build_10_000_citations_in_one_paragraph_and_10_000_keys_in_one_citation()
    {
        // Given a substance whose first paragraph holds 10,000 citations and an unknown key at its end, and whose
        // second paragraph is one citation of 10,000 keys; unknown keys are warnings here, so the site is written
        var keys = Enumerable.Range(1, 5).Select(i => $"trial-{i}").ToArray();
        var citations = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"[@{keys[i % keys.Length]}]"));
        var group = "[" + string.Join("; ", Enumerable.Range(0, 10_000).Select(i => $"@{keys[i % keys.Length]}")) + "]";
        var paragraph = $"Ketamine is studied {citations} [@nobody-2020].";
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nseverity:\n  unknown-citation: warning\n",
            ["substances/ketamine.md"] = $"---\ntitle: Ketamine\n---\n\n{paragraph}\n\nMethadone too {group}.\n",
        };
        foreach (var key in keys)
        {
            files[$"references/{key}.md"] = JonesReference;
        }

        using var site = TestSite.Write(files);

        // When it is built
        var result = await site.BuildWithin(LargeInputLimit, output: true);

        // Then the one unknown key is reported at its column, and the page shows every citation and the five references
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
            [$"input/substances/ketamine.md:5:{paragraph.IndexOf("nobody-2020", StringComparison.Ordinal) + 1} warning unknown-citation"]);
        result.Written.ShouldBeTrue();
        var page = site.Page("/substances/ketamine/");
        page.QuerySelectorAll("[data-claim='1'] a.citation").Length.ShouldBe(10_000);
        page.QuerySelectorAll("[data-claim='2'] a.citation").Length.ShouldBeGreaterThanOrEqualTo(1);
        keys.ShouldAllBe(key => page.GetElementById("ref-" + key) != null);
    }

    [Fact]
    public async Task Should_check_a_megabyte_of_each_construct_markdig_reads_in_quadratic_time()
    {
        // Given pages of about a megabyte each, every one a construct that Markdig alone reads in time that grows with the
        // square of its length (minutes each): openers never closed (link titles, destinations, HTML comments), code spans
        // of every length, containers nested deep, a list indented in a quote, and emphasis left open over many lines
        static string Repeat(string unit) => string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length));
        var hostile = new Dictionary<string, string>
        {
            ["link-titles"] = Repeat("[ (]("),
            ["link-destinations"] = Repeat("[a](b("),
            ["comments"] = "</" + Repeat("<!--"),
            ["code-spans"] = string.Concat(Enumerable.Range(1, 1_400).Select(n => "e" + new string('`', n))),
            ["containers"] = Repeat("::: note\n"),
            ["quoted-list"] = string.Concat(Enumerable.Range(0, 1_000).Select(i => "> " + new string(' ', 2 * i) + "- x\n")),
            ["open-emphasis"] = Repeat("_a ")[..15_000] + Repeat("x\n"),
        };
        var files = hostile.ToDictionary(h => $"{h.Key}.md", h => $"---\ntitle: Hostile\n---\n\n{h.Value}\n");
        files["index.md"] = TestSite.HomeLinking([.. hostile.Keys]);
        using var site = TestSite.Write(files);

        // When it is built
        var result = await site.BuildWithin(LargeInputLimit, output: true);

        // Then the nesting is reported where it passes the limit (a quote is a level of its own), and so is the emphasis
        // left open over the lines; the rest is read as text
        var depth = SiteMarkdown.Pipeline.MaximumNestingDepth;
        result.Diagnostics.Select(d => DiagnosticLine.Of(d) is var line && d.Location.Path.EndsWith("open-emphasis.md", StringComparison.Ordinal) ? line[..line.IndexOf(':', 24)] : line).ShouldBe(
        [
            $"input/containers.md:{5 + depth}:1 error invalid-markdown",
            "input/open-emphasis.md:5",
            $"input/quoted-list.md:{4 + depth}:{3 + (2 * (depth - 1))} error invalid-markdown",
        ]);
    }

    [Fact]
    public async Task Should_report_markdown_nested_10_000_levels_deep_and_build_the_rest()
    {
        // Given block quotes, lists, quoted lists and emphasis nested 10,000 levels deep (lists by indentation
        // 1,000: their indentation grows with the depth), 10,000 brackets around a wiki link, and a page quoted
        // 100 levels deep that is fine
        var deep = new Dictionary<string, string>
        {
            ["quotes"] = new string('>', 10_000) + " Deep.",
            ["lists"] = string.Concat(Enumerable.Repeat("- ", 10_000)) + "Deep.",
            ["indented-lists"] = string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- Deep.\n")),
            ["quoted-lists"] = string.Concat(Enumerable.Repeat("> - ", 5_000)) + "Deep.",
            ["emphasis"] = new string('*', 10_000) + "Deep." + new string('*', 10_000),
            ["brackets"] = new string('[', 10_000) + "nowhere" + new string(']', 10_000),
        };
        var files = deep.ToDictionary(d => $"substances/{d.Key}.md", d => $"---\ntitle: Deep\n---\n\n{d.Value}\n");
        files["substances/quoted.md"] = "---\ntitle: Quoted\n---\n\n" + new string('>', 100) + " Ketamine blocks NMDA receptors [@jones-2018]; see [[nowhere]].\n";
        files["references/jones-2018.md"] = JonesReference;
        using var site = TestSite.Write(files);

        // When it is checked
        var result = await site.BuildWithin(LargeInputLimit);

        // Then each page nested too deeply is one diagnostic: at the list or quote marker one level past the limit,
        // found before parsing; where the emphasis gets deeper than a page can show; at the bracket past which those open
        // would cost the parser more than it may per character (each is walked through for every inline added while it is
        // open); and the quoted page is read: its claim is cited, its broken link found
        var depth = SiteMarkdown.Pipeline.MaximumNestingDepth;
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            $"input/substances/brackets.md:5:{1 + SiteMarkdown.OpenDelimiterSteps} error invalid-markdown",
            $"input/substances/emphasis.md:5:{1 + (2 * depth)} error invalid-markdown",
            $"input/substances/indented-lists.md:{5 + depth}:{1 + (2 * depth)} error invalid-markdown",
            $"input/substances/lists.md:5:{1 + (2 * depth)} error invalid-markdown",
            $"input/substances/quoted-lists.md:5:{1 + (2 * depth)} error invalid-markdown",
            "input/substances/quoted.md:5:154 error broken-link",
            $"input/substances/quotes.md:5:{1 + depth} error invalid-markdown",
        ]);
    }
}
