namespace Site.Cli.Tests;

public sealed partial class AddCommandTests
{
    // NCBI allows 3 requests a second without a key.
    private static readonly TimeSpan NcbiSpacing = TimeSpan.FromMilliseconds(333);

    [Fact]
    public async Task Should_keep_to_NCBI_s_rate_when_run_as_a_process_with_the_servers_from_the_environment()
    {
        // Given E-utilities below /entrez/eutils, named (as the DOI server) by environment variables, and no API key
        using var site = new SiteFolder();
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed("/entrez/eutils"));
        var environment = new Dictionary<string, string>
        {
            ["SITE_PUBMED_SERVER"] = pubMed.At("entrez/eutils").AbsoluteUri,
            ["SITE_DOI_SERVER"] = "http://127.0.0.1:9/",
            ["NCBI_API_KEY"] = string.Empty,
        };

        // When the real site adds seven PMIDs
        var pmids = RecordedServices.SyntheticPmids.Take(7).Select(p => "pmid:" + p).ToArray();
        var run = CliRun.AsProcess(site.Root, environment, ["add", .. pmids]);

        // Then all fourteen requests went to the server from the environment, each at least a third of a second
        // after the one before, as they arrived there
        run.ExitCode.ShouldBe(0, run.All);
        var requests = pubMed.Requests;
        requests.Count.ShouldBe(14);
        requests.ShouldAllBe(r => r.Path.StartsWith("/entrez/eutils/") && r["api_key"] == null);
        for (var i = 1; i < requests.Count; i++)
        {
            (requests[i].Arrived - requests[i - 1].Arrived).ShouldBeGreaterThanOrEqualTo(NcbiSpacing, $"request {i}");
        }

        (requests[^1].Arrived - requests[0].Arrived).ShouldBeGreaterThanOrEqualTo(NcbiSpacing * 13);
        Directory.GetFiles(site.PathOf("input/references")).Length.ShouldBe(7);
        run.Error.ShouldContain("imported 7, 0 already present");
    }

    [Fact]
    public async Task Should_send_the_NCBI_API_key_with_every_request_and_go_faster_with_it()
    {
        // Given E-utilities and an API key in the environment
        using var site = new SiteFolder();
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed());
        var environment = new Dictionary<string, string> { ["SITE_PUBMED_SERVER"] = pubMed.Address.AbsoluteUri, ["NCBI_API_KEY"] = "test-key" };

        // When the real site adds two PMIDs
        var run = CliRun.AsProcess(site.Root, environment, "add", "pmid:" + RecordedServices.SyntheticPmids[0], "pmid:" + RecordedServices.SyntheticPmids[1]);

        // Then every request carries the key, and they are still spaced for 10 a second
        run.ExitCode.ShouldBe(0, run.All);
        var requests = pubMed.Requests;
        requests.Count.ShouldBe(4);
        requests.ShouldAllBe(r => r["api_key"] == "test-key");
        for (var i = 1; i < requests.Count; i++)
        {
            (requests[i].Arrived - requests[i - 1].Arrived).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(100), $"request {i}");
        }

        run.All.ShouldNotContain("test-key");
    }
}
