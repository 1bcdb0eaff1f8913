using Site.Core.Editions;

namespace Site.Core.Tests.Editions;

public sealed class EditionComparerTests
{
    private const string Ketamine = "/substances/ketamine/";
    private const string First = "Ketamine reduced drinking days in a randomised trial of people with alcohol use disorder.";
    private const string Second = "Ketamine is an NMDA receptor antagonist used as an anaesthetic.";

    [Fact]
    public void Should_report_nothing_when_the_editions_have_the_same_claims()
    {
        // Given two editions with the same claims
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-1", First), Claims.Line(Ketamine, "claim-2", Second));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-1", First), Claims.Line(Ketamine, "claim-2", Second));

        // When they are compared
        var changes = EditionComparer.Compare(before, after);

        // Then nothing changed
        changes.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Should_report_a_claim_with_a_new_anchor_and_unrelated_text_as_added()
    {
        // Given a page that gains a claim
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-1", First));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-1", First), Claims.Line(Ketamine, "claim-2", Second));

        // When the editions are compared
        var changes = EditionComparer.Compare(before, after);

        // Then the new claim is added, nothing else changed
        changes.Added.Select(c => (c.Page, c.Anchor, c.Text)).ShouldBe([(Ketamine, "claim-2", Second)]);
        changes.Removed.ShouldBeEmpty();
        changes.Changed.ShouldBeEmpty();
        changes.Pages.Single().Kind.ShouldBe(PageChangeKind.Changed);
    }

    [Fact]
    public void Should_report_a_claim_gone_from_a_page_as_removed()
    {
        // Given a page that loses a claim
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-1", First), Claims.Line(Ketamine, "claim-2", Second));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-1", First));

        // When the editions are compared
        var changes = EditionComparer.Compare(before, after);

        // Then it is removed
        changes.Removed.Select(c => c.Anchor).ShouldBe(["claim-2"]);
        changes.Added.ShouldBeEmpty();
        changes.Changed.ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_claim_with_the_same_anchor_and_new_text_as_changed()
    {
        // Given a claim whose text was edited, at the same anchor
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-1", First));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-1", Second));

        // When the editions are compared
        var changes = EditionComparer.Compare(before, after);

        // Then the claim changed, however different the text: the anchor says it is the same claim
        var change = changes.Changed.ShouldHaveSingleItem();
        (change.Anchor, change.Before.Text, change.After.Text, change.Match).ShouldBe(("claim-1", First, Second, ClaimMatch.Anchor));
        changes.Added.ShouldBeEmpty();
        changes.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_one_word_edit_under_a_new_anchor_as_changed_not_removed_and_added()
    {
        // Given a claim whose anchor is derived from its text, edited by one word, so that its anchor changed
        var edited = First.Replace("drinking days", "heavy drinking days", StringComparison.Ordinal);
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-a1b2", First), Claims.Line(Ketamine, "claim-c3d4", Second));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-e5f6", edited), Claims.Line(Ketamine, "claim-c3d4", Second));

        // When the editions are compared
        var changes = EditionComparer.Compare(before, after);

        // Then it is one changed claim, matched by its text, with its old and new anchor
        var change = changes.Changed.ShouldHaveSingleItem();
        (change.Before.Anchor, change.Anchor, change.Match, change.TextChanged).ShouldBe(("claim-a1b2", "claim-e5f6", ClaimMatch.Text, true));
        changes.Added.ShouldBeEmpty();
        changes.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_an_unrelated_claim_under_a_new_anchor_as_removed_and_added()
    {
        // Given a page where one claim was replaced by an unrelated one, under a new anchor
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-a1b2", First));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-e5f6", Second));

        // When the editions are compared
        var changes = EditionComparer.Compare(before, after);

        // Then the old claim is removed and the new one added
        changes.Removed.Select(c => c.Anchor).ShouldBe(["claim-a1b2"]);
        changes.Added.Select(c => c.Anchor).ShouldBe(["claim-e5f6"]);
        changes.Changed.ShouldBeEmpty();
    }

    [Fact]
    public void Should_match_the_closest_pair_first_and_break_ties_by_document_order()
    {
        // Given two removed claims and two new ones: the second new one is closer to the first old one than the first new
        // one is; two further new claims are equally close to one old claim
        var before = Claims.Edition(
            Claims.Line(Ketamine, "old-1", "alpha beta gamma delta epsilon zeta"),
            Claims.Line(Ketamine, "old-2", "one two three four"));
        var after = Claims.Edition(
            Claims.Line(Ketamine, "new-1", "alpha beta gamma delta omega psi"),
            Claims.Line(Ketamine, "new-2", "alpha beta gamma delta epsilon eta"),
            Claims.Line(Ketamine, "new-3", "one two three five"),
            Claims.Line(Ketamine, "new-4", "one two three six"));

        // When the editions are compared
        var changes = EditionComparer.Compare(before, after);

        // Then the closest pair wins, and of two equal candidates the earlier new claim
        changes.Changed.Select(c => (c.Before.Anchor, c.Anchor)).ShouldBe([("old-1", "new-2"), ("old-2", "new-3")]);
        changes.Added.Select(c => c.Anchor).ShouldBe(["new-1", "new-4"]);
    }

    [Fact]
    public void Should_report_citations_added_and_removed()
    {
        // Given a claim that now cites jones-2021 instead of doe-2019, besides smith-2020
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-1", First, keys: ["smith-2020", "doe-2019"]));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-1", First, keys: ["smith-2020", "jones-2021"]));

        // When the editions are compared
        var change = EditionComparer.Compare(before, after).Changed.ShouldHaveSingleItem();

        // Then the citations added and removed are given, and its text is unchanged
        change.CitationsAdded.ShouldBe(["jones-2021"]);
        change.CitationsRemoved.ShouldBe(["doe-2019"]);
        change.TextChanged.ShouldBeFalse();
    }

    [Fact]
    public void Should_report_a_change_of_evidence_level()
    {
        // Given a claim whose reference is now a meta-analysis
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-1", First, evidence: ["rct"]));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-1", First, evidence: ["meta-analysis"]));

        // When the editions are compared
        var change = EditionComparer.Compare(before, after).Changed.ShouldHaveSingleItem();

        // Then the evidence changed
        change.EvidenceChanged.ShouldBeTrue();
        change.Before.Evidence.ShouldBe(["rct"]);
        change.After.Evidence.ShouldBe(["meta-analysis"]);
    }

    [Fact]
    public void Should_report_a_cited_work_that_was_retracted()
    {
        // Given a claim whose cited work carries a retraction status in the new edition only
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-1", First, references: [("smith-2020", null)]));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-1", First, references: [("smith-2020", "retracted")]));

        // When the editions are compared
        var change = EditionComparer.Compare(before, after).Changed.ShouldHaveSingleItem();

        // Then its status changed
        change.StatusChanges.ShouldBe([new StatusChange("smith-2020", null, "retracted")]);
    }

    [Fact]
    public void Should_report_a_page_whose_claims_are_all_gone_as_removed()
    {
        // Given a page with claims in the old edition only
        var before = Claims.Edition(Claims.Line(Ketamine, "claim-1", First), Claims.Line("/substances/alcohol/", "claim-1", Second));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-1", First));

        // When the editions are compared
        var changes = EditionComparer.Compare(before, after);

        // Then that page is removed, with its claim
        var page = changes.Pages.ShouldHaveSingleItem();
        (page.Url, page.Kind).ShouldBe(("/substances/alcohol/", PageChangeKind.Removed));
        page.Removed.Select(c => c.Text).ShouldBe([Second]);
    }

    [Fact]
    public void Should_report_a_page_whose_claims_are_at_a_new_url_as_moved()
    {
        // Given a page whose two claims are now at another URL, one of them edited
        var before = Claims.Edition(Claims.Line("/esketamine/", "claim-1", First), Claims.Line("/esketamine/", "claim-2", Second));
        var after = Claims.Edition(Claims.Line(Ketamine, "claim-1", First), Claims.Line(Ketamine, "claim-2", Second + " Rarely."));

        // When the editions are compared
        var changes = EditionComparer.Compare(before, after);

        // Then the page moved, and only the edited claim is a change, reported where it is now
        var page = changes.Pages.ShouldHaveSingleItem();
        (page.Url, page.PreviousUrl, page.Kind).ShouldBe((Ketamine, "/esketamine/", PageChangeKind.Moved));
        page.Changed.Select(c => (c.Before.Page, c.Page, c.Anchor)).ShouldBe([("/esketamine/", Ketamine, "claim-2")]);
        changes.Added.ShouldBeEmpty();
        changes.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_take_a_page_for_moved_when_less_than_half_of_its_claims_are_at_the_new_url()
    {
        // Given a removed page of three claims, one of which a new page repeats
        var before = Claims.Edition(
            Claims.Line("/old/", "claim-1", First), Claims.Line("/old/", "claim-2", Second), Claims.Line("/old/", "claim-3", "Alcohol is a depressant."));
        var after = Claims.Edition(Claims.Line("/new/", "claim-1", First));

        // When the editions are compared
        var changes = EditionComparer.Compare(before, after);

        // Then one page was removed and another added
        changes.Pages.Select(p => (p.Url, p.Kind)).ShouldBe([("/new/", PageChangeKind.Added), ("/old/", PageChangeKind.Removed)]);
    }

    [Fact]
    public void Should_match_only_identical_words_on_a_page_too_large_to_compare_every_pair()
    {
        // Given a page of 1,200 claims whose anchors all changed, each text reworded by one word, and one claim repeated word for word
        var before = Claims.Edition([.. Enumerable.Range(0, 1200).Select(i => Claims.Line(Ketamine, $"old-{i}", $"claim number {i} says word{i} and more words"))]);
        var after = Claims.Edition([.. Enumerable.Range(0, 1200).Select(i => Claims.Line(Ketamine, $"new-{i}", i == 7 ? "claim number 7 says word7 and more words" : $"claim number {i} says other{i} and more words"))]);

        // When the editions are compared
        var started = System.Diagnostics.Stopwatch.StartNew();
        var changes = EditionComparer.Compare(before, after);

        // Then only the repeated claim is matched, quickly
        changes.Changed.Select(c => (c.Before.Anchor, c.Anchor)).ShouldBe([("old-7", "new-7")]);
        changes.Added.Count.ShouldBe(1199);
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }
}
