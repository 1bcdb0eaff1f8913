using Site.Core.Parsing;

namespace Site.Core.Tests.Parsing;

public sealed class ParsePhaseTests
{
    [Fact]
    public void Should_report_markdown_nested_too_deeply_instead_of_crashing()
    {
        // Given a page with 500 nested block quotes, and a valid page beside it
        var files = new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("deep", "fine"),
            ["site.yml"] = "title: Test\n",
            ["deep.md"] = "---\ntitle: Deep\n---\n\n" + new string('>', 500) + " quote\n",
            ["fine.md"] = "---\ntitle: Fine\n---\n\nSee [[nowhere]].\n",
        };

        // When the site is checked
        using var site = TestSite.Build(files);

        // Then the deep page is a diagnostic at its 129th quote marker, one past the limit, and the other page is still checked
        site.Result.Diagnostics.Select(d => $"{d.Location} {d.Code}").ShouldBe(
        [
            "input/deep.md:5:129 invalid-markdown",
            "input/fine.md:5:7 broken-link",
        ]);
    }

    [Fact]
    public void Should_report_emphasis_nested_deeper_than_a_page_can_show_where_it_gets_too_deep()
    {
        // Given a substance whose paragraph opens 5,000 strong emphases ('**' each) and a valid page beside it:
        // the parser takes inlines nested that deep, the renderer does not
        var files = new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("fine"),
            ["site.yml"] = "title: Test\n",
            ["substances/deep.md"] = "---\ntitle: Deep\n---\n\n" + new string('*', 10_000) + "Deep." + new string('*', 10_000) + "\n",
            ["fine.md"] = "---\ntitle: Fine\n---\n\nSee [[nowhere]].\n",
        };

        // When the site is checked
        using var site = TestSite.Build(files);

        // Then the deep page is one diagnostic, at the first emphasis past the depth the renderer takes, and the other page is still checked
        var limit = SiteMarkdown.Pipeline.MaximumNestingDepth;
        site.Result.Diagnostics.Select(d => $"{d.Location} {d.Code}").ShouldBe(
        [
            $"input/fine.md:5:7 broken-link",
            $"input/substances/deep.md:5:{1 + (2 * limit)} invalid-markdown",
        ]);
    }

    [Fact]
    public void Should_report_a_paragraph_that_leaves_delimiters_open_over_too_much_text_and_read_one_that_closes_them()
    {
        // Given a page whose paragraph opens 5,000 emphases it never closes and goes on over 200,000 lines (in Markdig
        // alone, 20 s), one whose paragraph has 100 emphasised words and 300 links spread over 3,000 lines, and one whose
        // paragraph is 360 kB of prose on one line with 4,000 emphasised words (their delimiters stay open to its end, but
        // few inlines follow them: long runs of text are one inline each)
        var files = new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("open", "closed", "one-line"),
            ["site.yml"] = "title: Test\n",
            ["open.md"] = "---\ntitle: Open\n---\n\n" + string.Concat(Enumerable.Repeat("_a ", 5_000)) + string.Concat(Enumerable.Repeat("x\n", 200_000)),
            ["closed.md"] = "---\ntitle: Closed\n---\n\n"
                + string.Concat(Enumerable.Range(0, 3_000).Select(i => (i % 30 == 0 ? "*a* " : "") + (i % 10 == 0 ? "[a](https://example.org/) " : "") + "x\n")) + "[[nowhere]]\n",
            ["one-line.md"] = "---\ntitle: One line\n---\n\n"
                + string.Concat(Enumerable.Repeat("Ketamine reduced *craving* in adults in a trial of a hundred participants over a year. ", 4_000)) + "[[nowhere]]\n",
        };

        // When the site is checked
        using var site = TestSite.Build(files);

        // Then the open one is a diagnostic on its paragraph's first line, and the others are read (their broken links found)
        site.Result.Diagnostics.Select(d => $"{d.Location.Path}:{d.Location.Line} {d.Code}").ShouldBe(
        [
            "input/closed.md:3005 broken-link",
            "input/one-line.md:5 broken-link",
            "input/open.md:5 invalid-markdown",
        ]);
    }
}
