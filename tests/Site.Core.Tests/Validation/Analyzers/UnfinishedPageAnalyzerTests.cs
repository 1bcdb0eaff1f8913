using Site.Core.Diagnostics;

namespace Site.Core.Tests.Validation.Analyzers;

/// <summary>What an editor reads, and what readers never get, while a page still carries what site new left in it.</summary>
public sealed class UnfinishedPageAnalyzerTests
{
    private const string Instructions = "::: unfinished\nWrite what is known about ketamine below this block. Delete it when the page is written.\n:::\n";

    [Fact]
    public void Should_report_the_instructions_at_their_marker_and_not_as_a_claim()
    {
        // Given a substance whose body still holds the block of instructions, in a site that checks every paragraph
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nsummary: An anaesthetic.\n---\n\n" + Instructions,
        });

        // When it is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the block is the one error, at its opening line, with what to do; its text is no uncited claim
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:6:1 error unfinished-page");
        diagnostic.Message.ShouldBe("substance 'ketamine' still carries the instructions of a new page");
        diagnostic.Hint.ShouldBe("delete the block when the page is written");
        diagnostic.Location.Length.ShouldBe("::: unfinished".Length);
    }

    [Fact]
    public void Should_report_a_value_marked_unfinished_at_the_value_and_nothing_else_about_its_field()
    {
        // Given a reference whose required title is marked unfinished, and which nothing cites yet
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/nagele-2015.md"] = "---\ntype: article-journal\ntitle: !unfinished \"the title of the work\"\nauthor: [Nagele P]\ncontainer-title: Biol Psychiatry\nissued: 2015\n---\n",
        });

        // When it is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the marker is the one error: the title is not also missing, and the reference not also unused
        DiagnosticLine.Of(diagnostic).ShouldBe("input/references/nagele-2015.md:3:8 error unfinished-page");
        diagnostic.Message.ShouldBe("'title' of reference 'nagele-2015' is marked unfinished");
        diagnostic.Hint.ShouldBe("write the value in place of '!unfinished ...', or delete the line");
    }

    [Fact]
    public void Should_keep_an_unfinished_page_an_error_that_writes_nothing_when_site_yml_tries_to_lower_it()
    {
        // Given an unfinished substance, and a site.yml that would make the rule a warning
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["site.yml"] = "title: Test\nseverity:\n  unfinished-page: warning\n",
                ["substances/ketamine.md"] = "---\ntitle: Ketamine\nsummary: An anaesthetic.\n---\n\n" + Instructions,
            },
            output: true);

        // When it is built
        var result = site.Result;

        // Then the override is refused, the page is still an error, and no page reaches the output
        result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/site.yml:3:20 error invalid-front-matter",
            "input/substances/ketamine.md:6:1 error unfinished-page",
        ]);
        result.Diagnostics[0].Message.ShouldStartWith("'unfinished-page' is always an error and cannot be set to 'warning': ");
        result.Written.ShouldBeFalse();
        Directory.Exists(site.OutputDirectory).ShouldBeFalse();
    }

    [Fact]
    public void Should_be_pinned_so_that_no_severity_override_publishes_the_instructions()
    {
        // Given the rule
        var descriptor = DiagnosticRegistry.Find("unfinished-page").ShouldNotBeNull();

        // When its severity is looked at
        // Then it is an error that site.yml cannot lower
        descriptor.DefaultSeverity.ShouldBe(DiagnosticSeverity.Error);
        descriptor.CanBeLowered.ShouldBeFalse();
    }
}
