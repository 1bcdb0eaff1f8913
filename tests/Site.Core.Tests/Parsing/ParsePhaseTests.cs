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
            ["site.yml"] = "title: Test\n",
            ["deep.md"] = "---\ntitle: Deep\n---\n\n" + new string('>', 500) + " quote\n",
            ["fine.md"] = "---\ntitle: Fine\n---\n\nSee [[nowhere]].\n",
        };

        // When the site is checked
        using var site = TestSite.Build(files);

        // Then the deep page is a diagnostic at its 128th quote marker, the 129th block with the document, and the other page is still checked
        site.Result.Diagnostics.Select(d => $"{d.Location} {d.Code}").ShouldBe(
        [
            "input/deep.md:5:128 invalid-markdown",
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
}
