using System.Text.Json;
using Site.Core.Tests.Retractions;

namespace Site.Core.Tests.Building;

/// <summary>What readers see of retracted works and dated evidence: the notice, the flags beside citations, the counts that leave retracted works out, and the exports.</summary>
public sealed partial class SiteBuilderTests
{
    // The retraction site built with both retraction codes and the data's bad row lowered, so that it is written.
    private static TestSite BuiltRetractionSite(string extraConfig = "")
    {
        var files = RetractionSites.Files(
            "title: Test\nretractions: data/retraction_watch.csv\nevidenceMaxAgeYears: 9\n" + extraConfig +
            "severity:\n  retracted-reference: warning\n  invalid-retractions: warning\n");
        var site = RetractionSites.Write(files);
        site.Build(output: true).HasErrors.ShouldBeFalse();
        return site;
    }

    [Fact]
    public void Should_show_the_retraction_notice_on_the_reference_page_with_date_reasons_and_link()
    {
        // Given the retraction site, built
        using var site = BuiltRetractionSite();

        // When the page of the retracted smith-2019 is read
        var page = site.Page("/references/smith-2019/");
        var notice = page.ShouldHave("section.retraction-notice");

        // Then a headed section says it was retracted, when, why, and links to the notice; the page of an unmarked work has none
        notice.GetAttribute("aria-labelledby").ShouldBe(notice.ShouldHave("h2").Id);
        notice.ShouldHave("h2").TextContent.ShouldBe("This study was retracted");
        notice.ShouldHave("time").GetAttribute("datetime").ShouldBe("2021-03-04");
        notice.ShouldHave(".retraction-reasons").TextContent.ShouldContain("Falsification/Fabrication of Data; Concerns/Issues About Data");
        notice.ShouldHave("a.retraction-link").GetAttribute("href").ShouldBe("https://doi.org/10.1000/notice.34567");
        notice.TextContent.ShouldContain("record 34567");
        site.Page("/references/lee-2015/").QuerySelector(".retraction-notice").ShouldBeNull();
    }

    [Fact]
    public void Should_show_an_expression_of_concern_and_a_retraction_by_hand_on_their_pages()
    {
        // Given the retraction site, built
        using var site = BuiltRetractionSite();

        // When the pages of park-2018 (a concern in the data) and hand-2020 (retracted by its status) are read
        var concern = site.Page("/references/park-2018/").ShouldHave("section.retraction-notice");
        var byHand = site.Page("/references/hand-2020/").ShouldHave("section.retraction-notice");

        // Then each names its nature; the one by hand links to its notice's DOI and says the editors marked it
        concern.ShouldHave("h2").TextContent.ShouldBe("Expression of concern");
        concern.ShouldHave("a.retraction-link").GetAttribute("href").ShouldBe("https://pubmed.ncbi.nlm.nih.gov/36000002/");
        byHand.ShouldHave("h2").TextContent.ShouldBe("This study was retracted");
        byHand.ShouldHave("a.retraction-link").GetAttribute("href").ShouldBe("https://doi.org/10.1000/notice.hand");
        byHand.TextContent.ShouldContain("marked by the site's editors");
    }

    [Fact]
    public void Should_flag_each_claim_citing_a_marked_work_beside_its_citation()
    {
        // Given the retraction site, built
        using var site = BuiltRetractionSite();

        // When the substance's claims are read
        var claims = site.Page("/substances/ketamine/").QuerySelectorAll("[data-claim]");

        // Then the flag follows the citation of the marked work, in words; unmarked claims have none
        string? Flag(int i) => claims[i].QuerySelector(".citation-group + .retraction-flag")?.TextContent;
        Flag(0).ShouldBe("cites a retracted study");
        Flag(1).ShouldBe("cites a study under an expression of concern");
        Flag(2).ShouldBeNull();
        Flag(3).ShouldBe("cites a retracted study");
        Flag(4).ShouldBeNull();
        claims[0].ShouldHave(".retraction-flag").GetAttribute("data-retraction").ShouldBe("retracted");
    }

    [Fact]
    public void Should_leave_retracted_works_out_of_the_evidence_behind_the_page_and_the_bibliography_and_say_so()
    {
        // Given the retraction site, built: five references cited, two of them retracted
        using var site = BuiltRetractionSite();

        // When the substance's evidence summary and the bibliography are read
        var summary = site.Page("/substances/ketamine/").ShouldHave("section.evidence-summary");
        var bibliography = site.Page("/references/");

        // Then the chart counts three, and says two retracted studies are not counted; the bibliography lists them apart
        summary.ShouldHave(".evidence-chart .count").TextContent.ShouldBe("3");
        summary.ShouldHave(".evidence-totals").TextContent.ShouldStartWith("3 distinct references");
        summary.ShouldHave(".retracted-not-counted").TextContent.ShouldBe("2 retracted studies not counted.");
        bibliography.QuerySelectorAll("section[data-evidence] li[data-cite]").Select(li => li.GetAttribute("data-cite"))
            .ShouldBe(["park-2018", "lee-2015", "jones-2018"], ignoreOrder: true);
        var retracted = bibliography.ShouldHave("section[data-retraction=retracted]");
        retracted.QuerySelectorAll("li[data-cite]").Select(li => li.GetAttribute("data-cite")).ShouldBe(["hand-2020", "smith-2019"], ignoreOrder: true);
        retracted.ShouldHave(".retracted-not-counted").TextContent.ShouldStartWith("2 retracted studies not counted");
    }

    [Fact]
    public void Should_mark_marked_works_in_the_pages_reference_list_and_leave_retracted_ones_out_of_the_home_pages_count()
    {
        // Given the retraction site, built: the substance cites five works, two retracted and one under a concern
        using var site = BuiltRetractionSite();

        // When the substance's reference list and its card on the home page are read
        var list = site.Page("/substances/ketamine/").QuerySelectorAll("ol.reference-list > li");
        var card = site.Page("/").QuerySelectorAll("li.card").Single(c => c.QuerySelector("h3")!.TextContent == "Ketamine");

        // Then each marked entry says so in words beside it, and the card counts three references, saying two are not counted
        string? Mark(string key) => list.Single(li => li.GetAttribute("data-cite") == key).QuerySelector(".retraction-flag")?.TextContent;
        Mark("smith-2019").ShouldBe("retracted");
        Mark("hand-2020").ShouldBe("retracted");
        Mark("park-2018").ShouldBe("under an expression of concern");
        Mark("lee-2015").ShouldBeNull();
        Mark("jones-2018").ShouldBeNull();
        card.ShouldHave(".evidence-counts").TextContent.ShouldStartWith("3 references · ");
        card.ShouldHave(".evidence-counts").TextContent.ShouldEndWith(" · 2 retracted studies not counted");
    }

    [Fact]
    public void Should_flag_a_claim_on_dated_evidence_for_readers()
    {
        // Given the retraction site, built with evidenceMaxAgeYears 9 and the build date 2025-06-01
        using var site = BuiltRetractionSite();

        // When the claim on lee-2015 alone is read
        var claim = site.Page("/substances/ketamine/").QuerySelectorAll("[data-claim]")[2];

        // Then it says what readers should know
        claim.ShouldHave(".dated-flag").TextContent.ShouldBe("based on studies from before 2016");
        site.Result.Diagnostics.Where(d => d.Code == "dated-evidence").ShouldHaveSingleItem().Location.Line.ShouldBe(8);
    }

    [Fact]
    public void Should_carry_the_status_in_claims_json_and_references_json()
    {
        // Given the retraction site, built
        using var site = BuiltRetractionSite();

        // When claims.json and references.json are read
        using var claims = JsonDocument.Parse(File.ReadAllBytes(site.FileOf("/claims.json")));
        using var references = JsonDocument.Parse(File.ReadAllBytes(site.FileOf("/references.json")));

        // Then each claim's references carry their status and the claim its flags; CSL's 'status' is set for the marked works
        var first = claims.RootElement[0];
        first.GetProperty("references")[0].GetProperty("status").GetString().ShouldBe("retracted");
        first.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["cites-retracted-study"]);
        claims.RootElement[1].GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["cites-expression-of-concern"]);
        claims.RootElement[1].GetProperty("references")[1].TryGetProperty("status", out _).ShouldBeFalse();
        claims.RootElement[2].GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["dated-evidence"]);
        claims.RootElement[2].GetProperty("datedBefore").GetInt32().ShouldBe(2016);
        var status = references.RootElement.EnumerateArray().ToDictionary(
            r => r.GetProperty("id").GetString()!,
            r => r.TryGetProperty("status", out var s) ? s.GetString() : null);
        status.ShouldBe(new Dictionary<string, string?>
        {
            ["hand-2020"] = "retracted", ["jones-2018"] = null, ["lee-2015"] = null, ["park-2018"] = "expression-of-concern", ["smith-2019"] = "retracted",
        });
    }

    [Theory]
    [InlineData("retraction-date: 2022-13-01", 7, "'retraction-date' must be a year or a date")]
    [InlineData("retraction-notice: not a notice", 7, "'retraction-notice' must be the notice's DOI or an http or https address")]
    [InlineData("retraction-notice: javascript:alert(1)", 7, "'retraction-notice' must be")]
    public void Should_report_a_retraction_field_that_is_not_what_it_must_be_at_its_line(string field, int line, string message)
    {
        // Given a reference retracted by hand with a bad field on line 7
        var files = RetractionSites.Files("title: Test\n");
        files["references/hand-2020.md"] = "---\ntype: article-journal\ntitle: T\nauthor: [Smith J]\ncontainer-title: J Ex\nstatus: retracted\n" + field + "\nissued: 2020\n---\n";
        using var site = TestSite.Write(files);

        // When it is checked
        var result = site.Build();

        // Then the field is reported where it is written; the work is still marked retracted
        var diagnostic = result.Diagnostics.Where(d => d.Code == "invalid-identifier").ShouldHaveSingleItem();
        diagnostic.Location.Path.ShouldBe("input/references/hand-2020.md");
        diagnostic.Location.Line.ShouldBe(line);
        diagnostic.Message.ShouldStartWith(message);
        result.Diagnostics.ShouldContain(d => d.Code == "retracted-reference");
    }
}
