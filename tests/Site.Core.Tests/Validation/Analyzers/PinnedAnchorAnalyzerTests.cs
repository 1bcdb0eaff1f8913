
namespace Site.Core.Tests.Validation.Analyzers;

/// <summary>What an editor reads when a pinned claim anchor ({#claim-dose}) cannot be the claim's: where, and why.</summary>
public sealed class PinnedAnchorAnalyzerTests
{
    private static readonly Dictionary<string, string> Base = new()
    {
        ["site.yml"] = "title: Test\n",
        ["references/jones-2018.md"] = "---\ntitle: A review\ntype: report\nissued: 2018\n---\n",
    };

    [Fact]
    public void Should_accept_pins_that_are_claim_ids_of_their_own()
    {
        // Given two claims pinned to two ids, and a heading whose text starts like neither
        using var site = Build("## Dose\n\nIt was given at 0.5 mg/kg [@jones-2018]. {#claim-dose}\n\nIt acted fast [@jones-2018]. {#claim-onset}\n");

        // When the site is checked
        // Then nothing is reported
        site.Result.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Claim Dose", "a pinned anchor is 'claim-' and lower-case kebab, e.g. '{#claim-dose}'")]
    [InlineData("dose", "a pinned anchor is 'claim-' and lower-case kebab, e.g. '{#claim-dose}'")]
    [InlineData("claim-", "a pinned anchor is 'claim-' and lower-case kebab, e.g. '{#claim-dose}'")]
    [InlineData("claim-0.5mg", "a pinned anchor is 'claim-' and lower-case kebab, e.g. '{#claim-0-5mg}'")]
    public void Should_report_a_pin_that_is_not_a_claim_id_under_it(string pin, string hint)
    {
        // Given a claim pinned to something that is not "claim-" and lower-case kebab
        using var site = Build($"It was given at 0.5 mg/kg [@jones-2018]. {{#{pin}}}\n");

        // When the site is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the error is under the id, says the claim keeps its derived anchor, and shows the id it could be
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:5:44 error invalid-identifier");
        diagnostic.Message.ShouldStartWith($"'{{#{pin}}}' is not a claim anchor; the claim keeps '#claim-");
        diagnostic.Hint.ShouldBe(hint);
    }

    [Fact]
    public void Should_report_a_pin_used_twice_at_the_second_and_a_second_pin_of_one_claim()
    {
        // Given two claims pinned to one id, and a list item with a pin at the end of each of its paragraphs
        using var site = Build(
            "It was given at 0.5 mg/kg [@jones-2018]. {#claim-dose}\n\nIt acted fast [@jones-2018]. {#claim-dose}\n\n"
            + "- It lasted an hour [@jones-2018]. {#claim-duration}\n\n  And then it wore off. {#claim-offset}\n");

        // When the site is checked
        var diagnostics = site.Result.Diagnostics;

        // Then each is reported at its pin, saying which claim has the id
        diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/substances/ketamine.md:7:32 error duplicate-anchor",
            "input/substances/ketamine.md:11:27 error duplicate-anchor",
        ]);
        diagnostics[0].Message.ShouldStartWith("'#claim-dose' already pins the claim at line 5; this claim keeps '#claim-");
        diagnostics[1].Message.ShouldBe("this claim is already pinned to '#claim-duration'; '{#claim-offset}' is left out");
    }

    [Fact]
    public void Should_report_a_pin_that_is_another_claims_derived_anchor_or_a_headings_id()
    {
        // Given a claim pinned to the anchor another claim derives from its text, and one pinned to a heading's id
        using var first = Build("It acted fast [@jones-2018].\n");
        var derived = first.Page("/substances/ketamine/").QuerySelector("[data-claim]")!.Id!;
        using var site = Build(
            $"It acted fast [@jones-2018].\n\nIt acted slowly [@jones-2018]. {{#{derived}}}\n\n## Claim dose\n\nIt was given at 0.5 mg/kg [@jones-2018]. {{#claim-dose}}\n");

        // When the site is checked
        var diagnostics = site.Result.Diagnostics;

        // Then both pins are reported; the pins keep their ids, and the claim and the heading take the next ones
        diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/substances/ketamine.md:7:34 error duplicate-anchor",
            "input/substances/ketamine.md:11:44 error duplicate-anchor",
        ]);
        diagnostics[0].Message.ShouldBe($"'#{derived}' is also the anchor the claim at line 5 takes from its text, which becomes '#{derived}-2'");
        diagnostics[1].Message.ShouldBe("'#claim-dose' is also the anchor of a heading of this page, which becomes '#claim-dose-2'");
    }

    private static TestSite Build(string body) =>
        TestSite.Build(new Dictionary<string, string>(Base) { ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\n" + body }, output: true);
}
