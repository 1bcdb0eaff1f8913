using System.Text.Json;
using AngleSharp.Dom;

namespace Site.Core.Tests.Building;

/// <summary>
/// Claims: which text needs a reference, where uncited claims are reported, how claims are anchored,
/// flagged by the strength of their evidence, quoted by reference pages, charted and mapped.
/// </summary>
public sealed partial class SiteBuilderTests
{
    private static string Reference(string title, string evidence) =>
        $"---\ntype: article-journal\ntitle: {title}\nauthor: [Jones JL]\ncontainer-title: Front Psychiatry\nissued: 2018\nevidence: {evidence}\n---\n";

    private static string UnassessedReference(string title) =>
        $"---\ntype: article-journal\ntitle: {title}\nauthor: [Jones JL]\ncontainer-title: Front Psychiatry\nissued: 2018\n---\n";

    private static Dictionary<string, string> EvidenceSite() => new()
    {
        ["references/trial-2020.md"] = Reference("A trial", "rct"),
        ["references/trial-2021.md"] = Reference("Another trial", "rct"),
        ["references/rats-2019.md"] = Reference("A study in rats", "animal"),
        ["references/cells-2018.md"] = Reference("A study in cells", "in-vitro"),
        ["references/case-2016.md"] = Reference("A case", "case-report"),
        ["references/series-2017.md"] = Reference("A series", "case-series"),
        ["references/opinion-2022.md"] = UnassessedReference("An opinion"),
        ["mechanisms/nmda-receptor-antagonism.md"] = "---\ntitle: NMDA receptor antagonism\n---\n\nBlocking the receptor changes plasticity [@rats-2019].\n",
        ["mechanisms/opioid-receptor-agonism.md"] = "---\ntitle: Opioid receptor agonism\n---\n\n::: editorial\nTo be written.\n:::\n",
        ["substances/ketamine.md"] = """
            ---
            title: Ketamine
            mechanisms: [nmda-receptor-antagonism, opioid-receptor-agonism]
            ---

            Ketamine reduced cocaine use in a trial [@trial-2020].

            In rats it blocks [[nmda-receptor-antagonism]] and lowers self-administration [@rats-2019; @cells-2018].

            ## Case reports

            - A woman was weaned off opioids with it [@case-2016; @series-2017].
            - Mixed evidence for [[nmda-receptor-antagonism|NMDA blockade]] [@rats-2019; @trial-2021].
            - An animal study and an unassessed opinion [@rats-2019; @opinion-2022].

            | Outcome | Finding |
            | --- | --- |
            | Craving | Lower after one infusion [@trial-2020; @trial-2020] |

            ::: editorial
            Navigation text, not a claim.
            :::
            """.Replace("            ", string.Empty, StringComparison.Ordinal),
        ["about.md"] = "---\ntitle: About\n---\n\nThis site cites [@trial-2021] and makes no claims.\n",
    };

    [Fact]
    public void Should_report_an_uncited_claim_at_its_start_with_its_opening_words_and_a_hint()
    {
        // Given a substance page with a cited paragraph, an uncited paragraph, an uncited list item and an uncited table row
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/trial-2020.md"] = Reference("A trial", "rct"),
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nCited [@trial-2020].\n\nKetamine is a dissociative anaesthetic that was first synthesised in 1962 and is used widely.\n\n- Cited item [@trial-2020].\n- Uncited item.\n\n| A | B |\n| --- | --- |\n|  Uncited | row |\n",
        });

        // When it is checked
        var diagnostics = site.Result.Diagnostics;

        // Then each uncited claim is an error at the first character of its text, quoting its start
        diagnostics.Select(DiagnosticLine.Of).ShouldBe(
        [
            "input/substances/ketamine.md:7:1 error uncited-claim",
            "input/substances/ketamine.md:10:3 error uncited-claim",
            "input/substances/ketamine.md:14:4 error uncited-claim",
        ]);
        diagnostics[0].Message.ShouldBe("this claim cites no reference: \"Ketamine is a dissociative anaesthetic that was first…\"");
        diagnostics[0].Hint.ShouldNotBeNull().ShouldContain("::: editorial");
        diagnostics[0].Hint!.ShouldContain("[@");
        diagnostics[1].Message.ShouldContain("\"Uncited item.\"");
    }

    [Fact]
    public void Should_leave_a_claim_whose_only_citation_is_unknown_to_unknown_citation()
    {
        // Given a claim citing a key that names no reference, and one citing it beside a real reference
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/trial-2020.md"] = Reference("A trial", "rct"),
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nTypo [@trail-2020].\n\nBoth [@trial-2020; @nobody-1999].\n",
        });

        // When it is checked
        // Then only the unknown keys are reported: fixing them is what the editor must do
        site.Result.Diagnostics.Select(d => d.Code).ShouldBe(["unknown-citation", "unknown-citation"]);
    }

    [Fact]
    public void Should_check_claims_only_in_kinds_whose_policy_is_not_off()
    {
        // Given uncited text on a plain page (off by default), and a site.yml that turns mechanisms off
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["index.md"] = TestSite.HomeLinking("about"),
            ["site.yml"] = "title: Test\nclaims:\n  mechanisms: off\n",
            ["about.md"] = "---\ntitle: About\n---\n\nUncited text on a page.\n",
            ["mechanisms/nmda-receptor-antagonism.md"] = "---\ntitle: NMDA receptor antagonism\n---\n\nUncited text on a mechanism.\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nUncited text on a substance.\n",
        }, output: false);

        // When it is checked
        // Then only the substance's claim is reported
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/substances/ketamine.md:5:1 error uncited-claim"]);
    }

    [Theory]
    [InlineData("Ketamine works [@a]. It is safe [@a].", null)]
    [InlineData("Ketamine works. It is safe [@a].", null)]
    [InlineData("Ketamine works [@a]. It is safe.", "5:22")]
    [InlineData("Ketamine works [@a]. It is safe. It is cheap [@a]. It is legal.", "5:52")]
    [InlineData("Ketamine works.[@a] It is safe.", "5:21")]
    [InlineData("The dose, approx. 0.5 mg/kg, was given i.v. as in Dakwar et al. [@a].", null)]
    [InlineData("Ketamine works [@a].\nIt is safe for most adults.", "6:1")]
    [InlineData("Ketamine works (e.g. in rats) [@a]. Dr. Jones agreed.", "5:37")]
    public void Should_report_the_first_sentence_after_the_last_citation_under_the_sentence_policy(string paragraph, string? expected)
    {
        // Given a substance page whose paragraph cites some of its sentences, under the sentence policy
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nclaims:\n  substances: sentence\n",
            ["references/a.md"] = Reference("A trial", "rct"),
            ["substances/ketamine.md"] = $"---\ntitle: Ketamine\n---\n\n{paragraph}\n",
        });

        // When it is checked
        var found = site.Result.Diagnostics.Where(d => d.Code == "uncited-claim").ToArray();

        // Then a sentence no citation covers is reported where it starts, and nothing else
        site.Result.Diagnostics.Where(d => d.Code != "uncited-claim").ShouldBeEmpty();
        found.Select(d => $"{d.Location.Line}:{d.Location.Column}").ShouldBe(expected is null ? [] : [expected]);
        if (expected is not null)
        {
            found[0].Message.ShouldStartWith("this sentence cites no reference: \"");
        }
    }

    [Fact]
    public void Should_report_a_claim_with_no_citation_at_all_once_under_the_sentence_policy()
    {
        // Given an uncited paragraph of three sentences under the sentence policy
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = "title: Test\nclaims:\n  substances: sentence\n",
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\nOne. Two. Three.\n",
        });

        // When it is checked
        // Then the claim is reported once, at its start
        site.Result.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(["input/substances/ketamine.md:5:1 error uncited-claim"]);
        site.Result.Diagnostics[0].Message.ShouldStartWith("this claim cites no reference");
    }

    [Fact]
    public void Should_give_every_claim_an_anchor_and_data_claim_in_document_order()
    {
        // Given the evidence site: paragraphs, list items and a table row, a heading and an editorial block
        using var site = TestSite.Build(EvidenceSite(), output: true);
        site.Result.Diagnostics.ShouldBeEmpty();

        // When the substance page is read
        var page = site.Page("/substances/ketamine/");

        // Then each claim element has its number, in document order, and an anchor from its text that no other claim has; nothing else is marked
        var claims = page.QuerySelectorAll("[data-claim]");
        claims.Select(e => $"{e.LocalName} {e.GetAttribute("data-claim")}").ShouldBe(["p 1", "p 2", "li 3", "li 4", "li 5", "tr 6"]);
        claims.ShouldAllBe(e => System.Text.RegularExpressions.Regex.IsMatch(e.Id!, "^claim-[a-z2-7]{8}$"));
        claims.Select(e => e.Id).Distinct().Count().ShouldBe(6);
        page.QuerySelector(".editorial")!.QuerySelectorAll("[data-claim]").ShouldBeEmpty();
        site.Page("/about/").QuerySelectorAll("[data-claim]").ShouldBeEmpty();
    }

    [Fact]
    public void Should_flag_claims_whose_references_are_all_animal_or_laboratory_studies_or_all_case_reports()
    {
        // Given claims citing: a trial; a rat and a cell study; a case report and a series; rats and a trial; rats and an unassessed opinion
        using var site = TestSite.Build(EvidenceSite(), output: true);

        // When the substance page is read
        var page = site.Page("/substances/ketamine/");
        string? FlagOf(int claim) => ClaimElement(page, claim).QuerySelector(".evidence-flag")?.GetAttribute("data-flag");

        // Then only the all-animal/laboratory and the all-case-report claims carry a flag, shown inside the claim with its label
        FlagOf(1).ShouldBeNull();
        FlagOf(2).ShouldBe("animal-or-laboratory-data-only");
        FlagOf(3).ShouldBe("case-reports-only");
        FlagOf(4).ShouldBeNull();
        FlagOf(5).ShouldBeNull();
        FlagOf(6).ShouldBeNull();
        ClaimElement(page, 2).QuerySelector(".evidence-flag")!.TextContent.ShouldBe("animal or laboratory data only");
        ClaimElement(page, 3).QuerySelector(".evidence-flag")!.TextContent.ShouldBe("case reports only");

        // And the mechanism page's claim, resting on a rat study alone, is flagged too
        site.Page("/mechanisms/nmda-receptor-antagonism/").QuerySelector("[data-claim] .evidence-flag").ShouldNotBeNull();
    }

    [Fact]
    public void Should_quote_each_citing_claim_once_on_a_reference_page_and_link_to_its_anchor()
    {
        // Given the evidence site, where a table row cites trial-2020 twice and a paragraph cites it once
        using var site = TestSite.Build(EvidenceSite(), output: true);

        // When the reference page is read
        var page = site.Page("/references/trial-2020/");
        var links = page.QuerySelectorAll(".cited-by a.passage-link").Select(a => a.GetAttribute("href")).ToArray();

        // Then each claim is quoted once and linked at its claim anchor, which exists on the citing page and holds the quoted text
        var citing = site.Page("/substances/ketamine/");
        links.ShouldBe([$"../../substances/ketamine/#{ClaimElement(citing, 1).Id}", $"../../substances/ketamine/#{ClaimElement(citing, 6).Id}"]);
        var quotes = page.QuerySelectorAll(".cited-by blockquote").Select(q => q.TextContent).ToArray();
        quotes.ShouldBe(["Ketamine reduced cocaine use in a trial.", "Craving · Lower after one infusion"]);
        ClaimElement(citing, 1).TextContent.ShouldStartWith("Ketamine reduced cocaine use in a trial");
        ClaimElement(citing, 6).TextContent.ShouldContain("Lower after one infusion");

        // And a page with claims off keeps linking to the citation itself
        site.Page("/references/trial-2021/").QuerySelectorAll(".cited-by a.passage-link").Select(a => a.GetAttribute("href"))
            .ShouldBe(["../../about/#cite-1", $"../../substances/ketamine/#{ClaimElement(citing, 4).Id}"]);
    }

    [Fact]
    public void Should_show_a_flag_beside_a_flagged_claim_quoted_on_a_reference_page()
    {
        // Given a claim resting on a rat and a cell study
        using var site = TestSite.Build(EvidenceSite(), output: true);

        // When the cell study's page is read
        var page = site.Page("/references/cells-2018/");

        // Then its quote carries the flag
        page.QuerySelector(".cited-by .evidence-flag")!.GetAttribute("data-flag").ShouldBe("animal-or-laboratory-data-only");
    }

    [Fact]
    public void Should_chart_the_distinct_references_behind_a_page_by_evidence_level_strongest_first()
    {
        // Given the substance page citing two trials, a rat and a cell study, a case report, a series and an unassessed opinion
        using var site = TestSite.Build(EvidenceSite(), output: true);

        // When its evidence section is read
        var section = site.Page("/substances/ketamine/").QuerySelector("section.evidence-summary")!;

        // Then each level it cites is a row with its count and a bar, strongest first, "not assessed" last
        section.QuerySelector("h2")!.TextContent.ShouldBe("Evidence behind this page");
        section.QuerySelectorAll("tbody tr").Select(r => $"{r.GetAttribute("data-evidence")} {r.QuerySelector(".count")!.TextContent}").ShouldBe(
        [
            "rct 2", "case-series 1", "case-report 1", "animal 1", "in-vitro 1", "not-assessed 1",
        ]);
        section.QuerySelectorAll("tbody tr svg rect").Select(r => r.GetAttribute("width")).ShouldBe(["100", "50", "50", "50", "50", "50"]);
        section.QuerySelector("tbody tr th a")!.GetAttribute("href").ShouldBe("../../references/#rct");
        section.QuerySelector(".evidence-totals")!.TextContent.ShouldContain("7 distinct references behind 6 claims");
        section.QuerySelector(".evidence-totals")!.TextContent.ShouldContain("2 claims rest on animal or laboratory data or on case reports only");

        // And a page citing nothing says so
        site.Page("/mechanisms/opioid-receptor-agonism/").QuerySelector("section.evidence-summary .empty").ShouldNotBeNull();
    }

    [Fact]
    public void Should_map_substances_by_mechanisms_with_cells_linking_to_the_claims_that_connect_them()
    {
        // Given a substance listing two mechanisms, with two claims linking to one of them
        using var site = TestSite.Build(EvidenceSite(), output: true);

        // When the evidence map is read
        var page = site.Page("/evidence/");
        var grid = page.QuerySelector("table.evidence-grid")!;

        // Then the grid has the substance as a row and the mechanisms as columns
        grid.QuerySelectorAll("thead th").Select(th => th.TextContent).ShouldBe(["NMDA receptor antagonism", "Opioid receptor agonism"]);
        grid.QuerySelectorAll("tbody th").Select(th => th.TextContent).ShouldBe(["Ketamine"]);

        // And the linked pair's cell counts its claims and distinct references and links to their list
        var cells = grid.QuerySelectorAll("tbody td").ToArray();
        cells[0].QuerySelector("a")!.GetAttribute("href").ShouldBe("#ketamine--nmda-receptor-antagonism");
        cells[0].TextContent.ShouldContain("2 claims");
        cells[0].TextContent.ShouldContain("3 references");
        cells[1].TextContent.ShouldContain("listed");

        // And the list links each claim at its anchor on the substance page, where it exists
        var pair = page.GetElementById("ketamine--nmda-receptor-antagonism")!;
        var hrefs = pair.QuerySelectorAll("a.claim-link").Select(a => a.GetAttribute("href")!).ToArray();
        var substance = site.Page("/substances/ketamine/");
        hrefs.ShouldBe([$"../substances/ketamine/#{ClaimElement(substance, 2).Id}", $"../substances/ketamine/#{ClaimElement(substance, 4).Id}"]);
        foreach (var href in hrefs)
        {
            substance.GetElementById(href[(href.IndexOf('#') + 1)..]).ShouldNotBeNull();
        }

        // And every page's navigation leads to the map
        site.Page("/").QuerySelectorAll("nav a").Select(a => a.TextContent).ShouldContain("Evidence map");
    }

    [Fact]
    public void Should_export_every_claim_with_its_page_anchor_text_keys_evidence_and_flags()
    {
        // Given the evidence site
        using var site = TestSite.Build(EvidenceSite(), output: true);

        // When claims.json is read
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "claims.json")));
        var claims = json.RootElement.EnumerateArray().ToArray();

        // Then it lists the claims of the mechanism and the substance pages, in path and document order
        // at the anchors of their elements on the pages
        claims.Select(c => $"{c.GetProperty("page").GetString()}#{c.GetProperty("anchor").GetString()}").ShouldBe(
            new[] { "/mechanisms/nmda-receptor-antagonism/", "/substances/ketamine/" }.SelectMany(url => site.Page(url).QuerySelectorAll("[data-claim]").Select(e => $"{url}#{e.Id}")));
        claims.Length.ShouldBe(7);
        var second = claims[2];
        second.GetProperty("text").GetString().ShouldBe("In rats it blocks NMDA receptor antagonism and lowers self-administration.");
        second.GetProperty("source").GetString().ShouldBe("input/substances/ketamine.md");
        second.GetProperty("line").GetInt32().ShouldBe(8);
        second.GetProperty("keys").EnumerateArray().Select(k => k.GetString()).ShouldBe(["rats-2019", "cells-2018"]);
        second.GetProperty("references").EnumerateArray().Select(r => $"{r.GetProperty("key").GetString()}:{r.GetProperty("evidence").GetString()}")
            .ShouldBe(["rats-2019:animal", "cells-2018:in-vitro"]);
        second.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()).ShouldBe(["animal", "in-vitro"]);
        second.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["animal-or-laboratory-data-only"]);
        second.GetProperty("covered").GetBoolean().ShouldBeTrue();
        claims[6].GetProperty("keys").EnumerateArray().Select(k => k.GetString()).ShouldBe(["trial-2020"]);
        claims[6].GetProperty("flags").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Should_list_the_pairs_by_mechanism_without_a_grid_when_there_are_too_many_mechanisms_for_one()
    {
        // Given 25 mechanisms, more than a grid shows, and a substance whose second claim links to the first of them
        var files = new Dictionary<string, string>
        {
            ["references/trial-2020.md"] = Reference("A trial", "rct"),
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\nmechanisms: [m-01]\n---\n\nUnrelated claim [@trial-2020].\n\nIt acts through [[m-01]] [@trial-2020].\n",
        };
        for (var m = 1; m <= 25; m++)
        {
            files[$"mechanisms/m-{m:00}.md"] = $"---\ntitle: Mechanism {m:00}\n---\n\n::: editorial\nTo be written.\n:::\n";
        }

        files["substances/methadone.md"] = "---\ntitle: Methadone\nmechanisms: [" + string.Join(", ", Enumerable.Range(1, 25).Select(m => $"m-{m:00}")) + "]\n---\n\n::: editorial\nTo be written.\n:::\n";
        using var site = TestSite.Build(files, output: true);
        site.Result.Diagnostics.ShouldBeEmpty();

        // When the evidence map is read
        var page = site.Page("/evidence/");

        // Then there is no grid, and each mechanism lists its substances, linked to the first connecting claim
        page.QuerySelector("table.evidence-grid").ShouldBeNull();
        page.QuerySelector(".grid-omitted").ShouldNotBeNull();
        var first = page.QuerySelectorAll(".pair-list").First();
        first.QuerySelectorAll("a.claim-link").Select(a => $"{a.TextContent} {a.GetAttribute("href")}").ShouldBe(
        [
            $"Ketamine ../substances/ketamine/#{ClaimElement(site.Page("/substances/ketamine/"), 2).Id}",
            "Methadone ../substances/methadone/",
        ]);
        first.QuerySelector("li")!.TextContent.ShouldContain("1 claim, 1 reference, listed");
    }

    [Fact]
    public void Should_keep_every_read_in_context_link_when_a_claim_is_inserted_above_and_another_edited()
    {
        // Given a page of twelve claims, each citing a reference whose page links to it, built once
        var claims = Enumerable.Range(1, 12).Select(n => $"Finding number {n} held in the trial [@trial-2020].").ToList();
        var files = new Dictionary<string, string>
        {
            ["references/trial-2020.md"] = Reference("A trial", "rct"),
            ["substances/ketamine.md"] = "---\ntitle: Ketamine\n---\n\n" + string.Join("\n\n", claims) + "\n",
        };
        using var site = TestSite.Build(files, output: true);
        var before = site.Page("/references/trial-2020/").QuerySelectorAll("a.passage-link").Select(a => a.GetAttribute("href")).ToArray();

        // When a claim is inserted at the top, the fifth claim's text is edited, and the site is built again
        claims[4] = "Finding number 5 held in two trials [@trial-2020].";
        claims.Insert(0, "A new finding comes first [@trial-2020].");
        site.WriteText("substances/ketamine.md", "---\ntitle: Ketamine\n---\n\n" + string.Join("\n\n", claims) + "\n");
        site.Build(output: true).Diagnostics.ShouldBeEmpty();
        var after = site.Page("/references/trial-2020/").QuerySelectorAll("a.passage-link").Select(a => a.GetAttribute("href")).ToArray();

        // Then the eleven unedited claims keep their links, the edited one and the new one have new ones, and each lands on its claim
        before.Length.ShouldBe(12);
        after.Length.ShouldBe(13);
        after.Skip(1).Where((_, i) => i != 4).ShouldBe(before.Where((_, i) => i != 4));
        after[5].ShouldNotBe(before[4]);
        after[0].ShouldNotBeOneOf(before);
        var page = site.Page("/substances/ketamine/");
        after.Select(href => page.GetElementById(href![(href!.IndexOf('#') + 1)..])?.TextContent.Split(' ')[2]).ShouldBe(
            ["finding", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    }

    [Fact]
    public void Should_give_a_pinned_claim_its_pin_as_anchor_everywhere_and_leave_pins_outside_claims_as_text()
    {
        // Given a claim, a list item and a table row pinned at their ends, and pins in a heading, in editorial text and mid-sentence
        using var site = TestSite.Build(
            new Dictionary<string, string>
            {
                ["references/trial-2020.md"] = Reference("A trial", "rct"),
                ["substances/ketamine.md"] = """
                    ---
                    title: Ketamine
                    ---

                    ## Dose {#claim-heading}

                    It was given at 0.5 mg/kg [@trial-2020]. {#claim-dose}

                    - It acted within hours [@trial-2020]. {#claim-onset}

                    | Outcome | Finding |
                    | --- | --- |
                    | Craving | Lower [@trial-2020] {#claim-craving} |

                    It lasted {#claim-mid} a week [@trial-2020].

                    ::: editorial
                    Navigation. {#claim-editorial}
                    :::
                    """.Replace("                    ", string.Empty, StringComparison.Ordinal),
            },
            output: true);
        site.Result.Diagnostics.ShouldBeEmpty();

        // When the substance page, the reference page and claims.json are read
        var page = site.Page("/substances/ketamine/");
        var links = site.Page("/references/trial-2020/").QuerySelectorAll("a.passage-link").Select(a => a.GetAttribute("href")).ToArray();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "claims.json")));

        // Then the pinned claims carry their pins as ids, with no trace of the pin in their text
        var claims = page.QuerySelectorAll("[data-claim]");
        claims.Take(3).Select(e => $"{e.LocalName}#{e.Id}").ShouldBe(["p#claim-dose", "li#claim-onset", "tr#claim-craving"]);
        page.GetElementById("claim-dose")!.InnerHtml.ShouldNotContain("{#");
        page.GetElementById("claim-dose")!.TextContent.ShouldBe("It was given at 0.5 mg/kg1.");
        page.GetElementById("claim-craving")!.QuerySelectorAll("td")[1].TextContent.ShouldBe("Lower1");

        // And a pin that ends no claim is text, as it always was: the heading's id is its text's, the claim keeps a derived anchor
        page.QuerySelector("h2")!.TextContent.ShouldBe("Dose {#claim-heading}");
        page.QuerySelector("h2")!.Id.ShouldBe("dose-claim-heading");
        var derived = claims[3].Id.ShouldNotBeNull();
        derived.ShouldMatch("^claim-[a-z2-7]{8}$");
        claims[3].TextContent.ShouldStartWith("It lasted {#claim-mid} a week");
        page.QuerySelector(".editorial")!.TextContent.ShouldContain("Navigation. {#claim-editorial}");

        // And the reference page and claims.json use the same anchors
        string[] anchors = ["claim-dose", "claim-onset", "claim-craving", derived];
        links.ShouldBe(anchors.Select(a => $"../../substances/ketamine/#{a}"));
        json.RootElement.EnumerateArray().Select(c => c.GetProperty("anchor").GetString()).ShouldBe(anchors);
        json.RootElement[0].GetProperty("text").GetString().ShouldBe("It was given at 0.5 mg/kg.");
    }

    // A claim's element by its number on the page: its anchor comes from its text.
    private static IElement ClaimElement(IDocument page, int number) =>
        page.QuerySelector($"[data-claim='{number}']").ShouldNotBeNull($"claim {number}");
}
