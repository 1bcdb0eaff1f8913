namespace Site.Cli.Tests;

/// <summary>
/// <c>site add</c> run for real (in this process, and as a child process) against real HTTP servers on 127.0.0.1
/// that stand in for doi.org, the registration agencies and NCBI, answering with recorded responses.
/// </summary>
public sealed partial class AddCommandTests
{
    private const string CslJson = "application/vnd.citationstyles.csl+json";

    [Fact]
    public async Task Should_write_a_reference_from_the_CSL_JSON_a_DOI_resolves_to()
    {
        // Given a site without references, and doi.org redirecting the DOI to Crossref
        using var site = new SiteFolder();
        await using var crossref = await RecordedServer.StartAsync(RecordedServices.Agency);
        await using var doiOrg = await RecordedServer.StartAsync(RecordedServices.Resolver(crossref));

        // When the DOI is added
        var run = CliRun.InProcess(site.Root, "add", "doi:10.3389/fpsyt.2018.00277", "--doi-server", doiOrg.Address.AbsoluteUri);

        // Then CSL-JSON was asked for at doi.org and, after its redirect, at Crossref, by a client that names itself
        run.ExitCode.ShouldBe(0, run.All);
        doiOrg.Requests.Single().Target.ShouldBe("/10.3389/fpsyt.2018.00277");
        crossref.Requests.Single().Target.ShouldBe("/v1/works/10.3389%2Ffpsyt.2018.00277/transform");
        foreach (var request in doiOrg.Requests.Concat(crossref.Requests))
        {
            request.Accept.ShouldBe(CslJson);
            request.UserAgent.ShouldNotBeNull().ShouldStartWith("site/");
        }

        // And the reference holds Crossref's record in the site's own format: CSL's type, the article number as its
        // page, none of Crossref's own keys, no URL that is only the DOI's address
        run.Out.ShouldContain("wrote input/references/jones-2018.md");
        run.Error.ShouldContain("imported 1, 0 already present");
        File.ReadAllText(site.PathOf("input/references/jones-2018.md")).ShouldBe(
            """
            ---
            type: article-journal
            title: "Efficacy of Ketamine in the Treatment of Substance Use Disorders: A Systematic Review"
            author:
              - {family: Jones, given: Jennifer L.}
              - {family: Mateus, given: Camilo F.}
              - {family: Malcolm, given: Robert J.}
              - {family: Brady, given: Kathleen T.}
              - {family: Back, given: Sudie E.}
            container-title: Frontiers in Psychiatry
            publisher: Frontiers Media SA
            issued: 2018-07-24
            volume: "9"
            page: "277"
            DOI: "10.3389/fpsyt.2018.00277"
            ISSN: "1664-0640"
            container-title-short: Front. Psychiatry
            source: Crossref
            ---

            """.Replace("\r\n", "\n"));

        // And the site, with it, still checks without errors
        var check = CliRun.InProcess(site.Root, "check");
        check.ExitCode.ShouldBe(0, check.All);
    }

    [Fact]
    public async Task Should_write_a_dataset_from_a_DataCite_answer()
    {
        // Given doi.org redirecting a Dryad DOI to DataCite
        using var site = new SiteFolder();
        await using var dataCite = await RecordedServer.StartAsync(RecordedServices.Agency);
        await using var doiOrg = await RecordedServer.StartAsync(RecordedServices.Resolver(dataCite));

        // When it is added by its address
        var run = CliRun.InProcess(site.Root, "add", "https://doi.org/10.5061/dryad.8515", "--doi-server", doiOrg.Address.AbsoluteUri);

        // Then the dataset is written with DataCite's fields, without its 'id' and 'copyright'
        run.ExitCode.ShouldBe(0, run.All);
        dataCite.Requests.Single().Accept.ShouldBe(CslJson);
        var text = File.ReadAllText(site.PathOf("input/references/ollomo-2011.md"));
        text.ShouldStartWith("---\ntype: dataset\ntitle: \"Data from: A new malaria agent in African hominids.\"\nauthor:\n  - {family: Ollomo, given: Benjamin}\n");
        text.ShouldContain("  - {family: Douzery, given: Emmanuel J. P.}\n");
        text.ShouldContain("  - {family: Arnathau, given: Céline}\n");
        text.ShouldContain("publisher: Dryad Digital Repository\nissued: 2011\nDOI: \"10.5061/dryad.8515\"\n");
        text.ShouldNotContain("copyright");
        text.ShouldNotContain("https://doi.org");
    }

    [Theory]
    [InlineData("doi:10.3389/fpsyt.2018.00277")]
    [InlineData("DOI:10.3389/fpsyt.2018.00277")]
    [InlineData("10.3389/fpsyt.2018.00277")]
    [InlineData("https://doi.org/10.3389/fpsyt.2018.00277")]
    [InlineData("http://dx.doi.org/10.3389/fpsyt.2018.00277")]
    [InlineData("https://doi.org/10.3389%2Ffpsyt.2018.00277")]
    public async Task Should_read_a_DOI_in_every_form_it_is_written(string identifier)
    {
        // Given a site and doi.org
        using var site = new SiteFolder();
        await using var crossref = await RecordedServer.StartAsync(RecordedServices.Agency);
        await using var doiOrg = await RecordedServer.StartAsync(RecordedServices.Resolver(crossref));

        // When the DOI is added in one of its forms, as a dry run
        var run = CliRun.InProcess(site.Root, "add", identifier, "--dry-run", "--doi-server", doiOrg.Address.AbsoluteUri);

        // Then the same DOI is asked for, and nothing is written
        run.ExitCode.ShouldBe(0, run.All);
        doiOrg.Requests.Single().Target.ShouldBe("/10.3389/fpsyt.2018.00277");
        run.Out.ShouldContain("would write input/references/jones-2018.md");
        run.Error.ShouldContain("would import 1");
        Directory.Exists(site.PathOf("input/references")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_not_ask_for_an_identifier_the_site_already_has()
    {
        // Given a site whose reference has the DOI (in another case) and a PMID
        using var site = new SiteFolder();
        site.Write("input/references/jones-2018.md", "---\ntype: article-journal\ntitle: Efficacy of ketamine\nauthor: [Jones JL]\ncontainer-title: Front Psychiatry\nissued: 2018\nDOI: 10.3389/FPSYT.2018.00277\nPMID: 30140240\n---\n");
        await using var doiOrg = await RecordedServer.StartAsync(RecordedServices.Resolver(null!));
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed());

        // When it is added by DOI and by PMID
        var run = CliRun.InProcess(
            site.Root, "add", "doi:10.3389/fpsyt.2018.00277", "pmid:30140240", "--doi-server", doiOrg.Address.AbsoluteUri, "--pubmed-server", pubMed.Address.AbsoluteUri);

        // Then neither service is asked, each is reported present, and nothing is written
        run.ExitCode.ShouldBe(0, run.All);
        doiOrg.Requests.ShouldBeEmpty();
        pubMed.Requests.ShouldBeEmpty();
        run.Out.ShouldContain("doi:10.3389/fpsyt.2018.00277:1:1: info already-present: already in input/references/jones-2018.md");
        run.Out.ShouldContain("pmid:30140240:1:1: info already-present: already in input/references/jones-2018.md");
        run.Error.ShouldContain("imported 0, 2 already present");
        Directory.GetFiles(site.PathOf("input/references")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refresh_a_reference_already_present_with_update()
    {
        // Given a site whose reference has the DOI, an evidence level and an annotation
        using var site = new SiteFolder();
        site.Write("input/references/jones-2018.md", "---\ntype: article-journal\ntitle: Efficacy of ketamine\nauthor: [Jones JL]\ncontainer-title: Front Psychiatry\nissued: 2018\nDOI: 10.3389/fpsyt.2018.00277\nevidence: systematic-review\n---\n\nThe editor's annotation.\n");
        await using var crossref = await RecordedServer.StartAsync(RecordedServices.Agency);
        await using var doiOrg = await RecordedServer.StartAsync(RecordedServices.Resolver(crossref));

        // When it is added again with --update
        var run = CliRun.InProcess(site.Root, "add", "10.3389/fpsyt.2018.00277", "--update", "--doi-server", doiOrg.Address.AbsoluteUri);

        // Then the record is fetched and refreshes the file's fields; the evidence and the annotation stay
        run.ExitCode.ShouldBe(0, run.All);
        crossref.Requests.Count.ShouldBe(1);
        run.Out.ShouldContain("updated input/references/jones-2018.md");
        var text = File.ReadAllText(site.PathOf("input/references/jones-2018.md"));
        text.ShouldContain("title: \"Efficacy of Ketamine in the Treatment of Substance Use Disorders: A Systematic Review\"\n");
        text.ShouldContain("container-title: Frontiers in Psychiatry\n");
        text.ShouldContain("evidence: systematic-review\n---\n");
        text.ShouldEndWith("\nThe editor's annotation.\n");
    }

    [Fact]
    public async Task Should_update_a_reference_once_when_its_DOI_and_its_PMID_are_both_given()
    {
        // Given a site whose reference has the DOI and the PMID of one work
        using var site = new SiteFolder();
        site.Write("input/references/jones-2018.md", "---\ntype: article-journal\ntitle: Efficacy of ketamine\nauthor: [Jones JL]\ncontainer-title: Front Psychiatry\nissued: 2018\nDOI: 10.3389/fpsyt.2018.00277\nPMID: 30140240\n---\n\nNotes.\n");
        await using var crossref = await RecordedServer.StartAsync(RecordedServices.Agency);
        await using var doiOrg = await RecordedServer.StartAsync(RecordedServices.Resolver(crossref));
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed());

        // When both are added with --update
        var run = CliRun.InProcess(
            site.Root, "add", "doi:10.3389/fpsyt.2018.00277", "pmid:30140240", "--update", "--doi-server", doiOrg.Address.AbsoluteUri, "--pubmed-server", pubMed.Address.AbsoluteUri);

        // Then the file is updated once, from the first, and the second is reported as the same work
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.Split('\n').Count(line => line.StartsWith("updated ", StringComparison.Ordinal)).ShouldBe(1, run.Out);
        run.Out.ShouldContain("pmid:30140240:1:1: info already-present: already in this import, which updates input/references/jones-2018.md");
        run.Error.ShouldContain("imported 0, updated 1, 2 already present");
        File.ReadAllText(site.PathOf("input/references/jones-2018.md")).ShouldContain("container-title: Frontiers in Psychiatry\n");
    }

    [Fact]
    public async Task Should_look_a_work_named_twice_up_once()
    {
        // Given a site and doi.org
        using var site = new SiteFolder();
        await using var crossref = await RecordedServer.StartAsync(RecordedServices.Agency);
        await using var doiOrg = await RecordedServer.StartAsync(RecordedServices.Resolver(crossref));

        // When the same DOI is given in two forms
        var run = CliRun.InProcess(site.Root, "add", "doi:10.3389/fpsyt.2018.00277", "https://doi.org/10.3389/FPSYT.2018.00277", "--doi-server", doiOrg.Address.AbsoluteUri);

        // Then it is asked for and written once
        run.ExitCode.ShouldBe(0, run.All);
        doiOrg.Requests.Count.ShouldBe(1);
        Directory.GetFiles(site.PathOf("input/references")).Select(Path.GetFileName).ShouldBe(["jones-2018.md"]);
    }
}
