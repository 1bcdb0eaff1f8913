namespace Site.Core.Tests.Validation.Analyzers;

/// <summary>A page readers can only reach by its address is pointed out; what the theme links is never reported.</summary>
public sealed class UnlinkedPageAnalyzerTests
{
    [Fact]
    public void Should_report_a_page_that_only_links_itself_at_its_first_line()
    {
        // Given a home page linking the about page, and a glossary that links only its own heading
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["index.md"] = "---\ntitle: Home\n---\n\nSee [[about]].\n",
            ["about.md"] = "---\ntitle: About\n---\n\nAbout us.\n",
            ["glossary.md"] = "---\ntitle: Glossary\n---\n\n## Terms\n\nSee [[glossary#terms]].\n",
        });

        // When it is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the glossary is a warning at its line 1 with how to link it; the home page and the linked page are not
        DiagnosticLine.Of(diagnostic).ShouldBe("input/glossary.md:1:1 warning unlinked-page");
        diagnostic.Message.ShouldBe("no page links to 'glossary'; readers can only reach it by its address");
        diagnostic.Hint.ShouldBe("link it from another page with [[glossary]]");
    }

    [Fact]
    public void Should_count_the_links_a_reference_page_gives_back_to_the_pages_that_cite_or_link_it()
    {
        // Given a page that cites a reference and one that links to it: its page lists both ("Cited by", "Linked from")
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["about.md"] = "---\ntitle: About\n---\n\nThis site leans on one trial [@jones-2018].\n",
            ["reading.md"] = "---\ntitle: Reading\n---\n\nStart with [[jones-2018]].\n",
            ["references/jones-2018.md"] = "---\ntype: report\ntitle: A trial\nissued: 2018\n---\n",
        }, output: true);

        // When it is built
        var diagnostics = site.Result.Diagnostics;

        // Then neither page is unlinked: the reference page links both
        diagnostics.ShouldBeEmpty();
        var links = site.Page("/references/jones-2018/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToArray();
        links.ShouldContain("../../about/");
        links.ShouldContain("../../reading/");
    }

    [Fact]
    public void Should_leave_substances_mechanisms_and_references_to_the_lists_that_link_them()
    {
        // Given a substance and a mechanism that no content links, and a reference nothing cites
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\n::: editorial\nText.\n:::\n",
            ["mechanisms/nmda-receptor-antagonism.md"] = "---\ntitle: NMDA receptor antagonism\n---\n\n::: editorial\nText.\n:::\n",
            ["references/jones-2018.md"] = "---\ntype: report\ntitle: A trial\nissued: 2018\n---\n",
        });

        // When it is checked
        // Then the lists and the navigation link the first two, and the reference is reported once, as unused
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/references/jones-2018.md:3:8 warning unused-reference"]);
    }

    [Fact]
    public void Should_leave_an_unfinished_page_to_its_own_error()
    {
        // Given a new page nothing links to yet, still carrying its instructions
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["glossary.md"] = "---\ntitle: Glossary\n---\n\n::: unfinished\nWrite the page.\n:::\n",
        });

        // When it is checked
        // Then the instructions are the one thing to fix first
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/glossary.md:5:1 error unfinished-page"]);
    }
}
