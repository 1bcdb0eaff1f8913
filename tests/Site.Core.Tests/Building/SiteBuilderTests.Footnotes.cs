using System.Text.Json;

namespace Site.Core.Tests.Building;

/// <summary>Footnotes on pages that check claims: a reference to a note covers nothing, and a note's text is body text.</summary>
public sealed partial class SiteBuilderTests
{
    private static TestSite FootnoteSite(string body) => TestSite.Build(new Dictionary<string, string>
    {
        ["site.yml"] = "title: Test\n",
        ["index.md"] = TestSite.HomeLinking("ketamine"),
        ["references/trial-2020.md"] = Reference("A trial", "rct"),
        ["references/rats-2019.md"] = Reference("A study in rats", "animal"),
        ["substances/ketamine.md"] = $"---\ntitle: Ketamine\n---\n\n{body}",
    }, output: true);

    [Fact]
    public void Should_report_a_claim_whose_only_support_is_a_footnote_as_uncited()
    {
        // Given a claim that refers to a note which cites a trial, but cites nothing itself
        using var site = FootnoteSite("It reduced cocaine use[^1].\n\n[^1]: As a trial found [@trial-2020].\n");

        // When the site is checked
        // Then the claim is uncited, at its line in the file (front matter counted); the note's own claim is covered
        site.Result.Diagnostics.Where(d => d.Code != "unused-reference").Select(DiagnosticLine.Of).ShouldBe(["input/substances/ketamine.md:5:1 error uncited-claim"]);
    }

    [Fact]
    public void Should_report_an_uncited_paragraph_of_a_note_at_its_line()
    {
        // Given a cited claim whose note has a cited first paragraph and an uncited second one
        using var site = FootnoteSite("It reduced cocaine use [@trial-2020][^n].\n\n[^n]: In rats too [@rats-2019].\n\n    But it is addictive.\n");

        // When the site is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the note's uncited paragraph is an uncited claim where it is written
        DiagnosticLine.Of(diagnostic).ShouldBe("input/substances/ketamine.md:9:5 error uncited-claim");
        diagnostic.Message.ShouldContain("But it is addictive");
    }

    [Fact]
    public void Should_give_a_notes_claims_anchors_that_reference_pages_link_to()
    {
        // Given a note that cites a study
        using var site = FootnoteSite("It reduced cocaine use [@trial-2020][^n].\n\n[^n]: In rats too [@rats-2019].\n");

        // When the site is built
        var page = site.Page("/substances/ketamine/");
        var reference = site.Page("/references/rats-2019/");

        // Then the note's paragraph is a claim with its anchor, and the reference page quotes it and links to it
        var claim = page.QuerySelector("section.footnotes p[data-claim]").ShouldNotBeNull();
        claim.Id.ShouldStartWith("claim-");
        var link = reference.QuerySelector(".cited-by a.passage-link").ShouldNotBeNull();
        link.GetAttribute("href").ShouldEndWith("#" + claim.Id);
        reference.QuerySelector(".cited-by blockquote")!.TextContent.ShouldBe("In rats too.");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "claims.json")));
        json.RootElement.EnumerateArray().Select(c => $"{c.GetProperty("text").GetString()} {c.GetProperty("line").GetInt32()}").ShouldBe(["It reduced cocaine use. 5", "In rats too. 7"]);
    }

    [Fact]
    public void Should_keep_a_claims_anchor_when_a_footnote_reference_is_added()
    {
        // Given the same claim without and with a reference to a note
        using var without = FootnoteSite("It reduced cocaine use [@trial-2020].\n");
        using var with = FootnoteSite("It reduced cocaine use [@trial-2020][^n].\n\n[^n]: In rats too [@rats-2019].\n");

        // When both are built
        var before = without.Page("/substances/ketamine/").QuerySelector("main .body p[data-claim]")!.Id;
        var after = with.Page("/substances/ketamine/").QuerySelector("main .body > p[data-claim]")!.Id;

        // Then the claim keeps its anchor: a note is no more an edit of what it says than a citation
        after.ShouldBe(before);
    }

    [Fact]
    public void Should_take_a_pin_at_the_end_of_a_notes_last_paragraph_and_keep_its_back_link()
    {
        // Given a note whose cited paragraph ends with a pin
        using var site = FootnoteSite("It reduced cocaine use [@trial-2020][^n].\n\n[^n]: In rats too [@rats-2019]. {#claim-rats}\n");

        // When the site is built
        var page = site.Page("/substances/ketamine/");

        // Then the note's claim has the pinned anchor, its text no pin, and its back-link stays
        var claim = page.GetElementById("claim-rats").ShouldNotBeNull();
        claim.TextContent.ShouldNotContain("{#");
        claim.QuerySelector("a.footnote-back").ShouldNotBeNull();
        site.Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_take_the_back_link_after_a_list_that_ends_a_note_for_a_claim()
    {
        // Given a note that is a list of cited items, after which the note's back-link stands alone
        using var site = FootnoteSite("It reduced cocaine use [@trial-2020][^n].\n\n[^n]:\n    - In rats [@rats-2019].\n    - In mice [@rats-2019].\n");

        // When the site is built
        var page = site.Page("/substances/ketamine/");

        // Then the list items are the note's claims, the back-link is none, and nothing is uncited
        site.Result.Diagnostics.ShouldBeEmpty();
        page.QuerySelectorAll("section.footnotes [data-claim]").Select(e => e.TagName).ShouldBe(["LI", "LI"]);
        page.QuerySelector("section.footnotes a.footnote-back").ShouldNotBeNull();
    }
}
