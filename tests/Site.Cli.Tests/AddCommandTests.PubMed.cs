namespace Site.Cli.Tests;

public sealed partial class AddCommandTests
{
    [Fact]
    public async Task Should_write_a_reference_from_a_PubMed_summary_and_record()
    {
        // Given a site and E-utilities
        using var site = new SiteFolder();
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed());

        // When a PMID is added
        var run = CliRun.InProcess(site.Root, "add", "pmid:30140240", "--pubmed-server", pubMed.Address.AbsoluteUri);

        // Then the summary is asked for as JSON and the record as XML
        run.ExitCode.ShouldBe(0, run.All);
        pubMed.Requests.Select(r => r.Path).ShouldBe(["/esummary.fcgi", "/efetch.fcgi"]);
        pubMed.Requests[0].Query.Take(3).ShouldBe([new("db", "pubmed"), new("id", "30140240"), new("retmode", "json")]);
        pubMed.Requests[1].Query.Take(3).ShouldBe([new("db", "pubmed"), new("id", "30140240"), new("retmode", "xml")]);
        pubMed.Requests.ShouldAllBe(r => r.UserAgent != null && r.UserAgent.StartsWith("site/"));

        // And the reference has PubMed's fields: authors as Vancouver writes them, the title without PubMed's full stop,
        // the journal, the year, the DOI and the PMID; a record typed only "Journal Article" has no evidence level
        var text = File.ReadAllText(site.PathOf("input/references/jones-2018.md"));
        text.ShouldBe(
            """
            ---
            type: article-journal
            title: "Efficacy of Ketamine in the Treatment of Substance Use Disorders: A Systematic Review"
            author:
              - Jones JL
              - Mateus CF
              - Malcolm RJ
              - Brady KT
              - Back SE
            container-title: Frontiers in psychiatry
            issued: 2018
            volume: "9"
            page: "277"
            DOI: "10.3389/fpsyt.2018.00277"
            PMID: "30140240"
            ISSN: "1664-0640"
            container-title-short: Front Psychiatry
            ---

            """.Replace("\r\n", "\n"));
        var check = CliRun.InProcess(site.Root, "check");
        check.ExitCode.ShouldBe(0, check.All);
    }

    [Fact]
    public async Task Should_take_the_evidence_level_from_the_publication_types()
    {
        // Given a PubMed record typed Randomized Controlled Trial, with a collective author
        using var site = new SiteFolder();
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed());

        // When it is added
        var run = CliRun.InProcess(site.Root, "add", "pmid:" + RecordedServices.SyntheticPmids[0], "--pubmed-server", pubMed.Address.AbsoluteUri);

        // Then the reference is an RCT, and the group is an author as written
        run.ExitCode.ShouldBe(0, run.All);
        var text = File.ReadAllText(site.PathOf("input/references/example-2024.md"));
        text.ShouldContain("author:\n  - Example AB\n  - {literal: Synthetic Trials Group}\n");
        text.ShouldContain("issued: 2024-03-05\n");
        text.ShouldEndWith("evidence: rct\n---\n");
    }

    [Fact]
    public async Task Should_mark_a_work_PubMed_types_as_retracted_and_link_its_notice()
    {
        // Given a PubMed record typed Retracted Publication, whose XML links its retraction notice
        using var site = new SiteFolder();
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed());

        // When it is added
        var run = CliRun.InProcess(site.Root, "add", "pmid:" + RecordedServices.RetractedPmid, "--pubmed-server", pubMed.Address.AbsoluteUri);

        // Then the reference's CSL status is retracted, with the notice's PubMed page, and citing it is an error
        run.ExitCode.ShouldBe(0, run.All);
        var text = File.ReadAllText(site.PathOf("input/references/example-2024.md"));
        text.ShouldContain("\nstatus: retracted\n");
        text.ShouldContain("\nretraction-notice: ");
        text.ShouldContain("https://pubmed.ncbi.nlm.nih.gov/99999981/");
        File.WriteAllText(site.PathOf("input/notes.md"), "---\ntitle: Notes\n---\nA page [@example-2024].\n");
        var check = CliRun.InProcess(site.Root, "check");
        check.ExitCode.ShouldBe(1, check.All);
        check.Out.ShouldContain("error retracted-reference: cites 'example-2024', marked retracted in its status");
    }

    [Fact]
    public async Task Should_resolve_a_PMCID_through_the_PubMed_record_it_names()
    {
        // Given E-utilities with a PubMed Central article and its PubMed record
        using var site = new SiteFolder();
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed());

        // When the PMCID is added
        var run = CliRun.InProcess(site.Root, "add", "pmcid:PMC3539452", "--pubmed-server", pubMed.Address.AbsoluteUri);

        // Then PMC's summary gives the PMID, which is looked up as any PMID
        run.ExitCode.ShouldBe(0, run.All);
        pubMed.Requests.Select(r => (r.Path, r["db"], r["id"])).ShouldBe(
            [("/esummary.fcgi", "pmc", "3539452"), ("/esummary.fcgi", "pubmed", "22368089"), ("/efetch.fcgi", "pubmed", "22368089")]);
        var text = File.ReadAllText(site.PathOf("input/references/kind-2013.md"));
        text.ShouldContain("container-title: \"Cerebral cortex (New York, N.Y. : 1991)\"\nissued: 2013-02\nvolume: \"23\"\nissue: \"2\"\npage: \"349-60\"\n");
        text.ShouldContain("PMID: \"22368089\"\n");
    }

    [Fact]
    public async Task Should_not_look_further_for_a_PMCID_whose_PubMed_record_the_site_has()
    {
        // Given a site that has the PubMed record a PMC article names
        using var site = new SiteFolder();
        site.Write("input/references/kind-2013.md", "---\ntype: article-journal\ntitle: Aggrecan in the cat visual cortex\nauthor: [Kind PC]\ncontainer-title: Cereb Cortex\nissued: 2013\nPMID: 22368089\n---\n");
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed());

        // When the PMCID is added
        var run = CliRun.InProcess(site.Root, "add", "PMC3539452", "--pubmed-server", pubMed.Address.AbsoluteUri);

        // Then only PMC is asked, and the article is reported present
        run.ExitCode.ShouldBe(0, run.All);
        pubMed.Requests.Single()["db"].ShouldBe("pmc");
        run.Out.ShouldContain("pmcid:PMC3539452:1:1: info already-present: already in input/references/kind-2013.md");
    }
}
