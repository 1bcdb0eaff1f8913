using System.Diagnostics;

namespace Site.Cli.Tests;

public sealed partial class AddCommandTests
{
    // A pause is timed by the command's timer and measured by the test server's clock: a timer may wake a
    // millisecond early (a run saw 999.5 ms for 1 s). A backoff of half the time would still fail.
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void Should_refuse_what_is_no_identifier_without_asking_anyone()
    {
        // Given a site
        using var site = new SiteFolder();

        // When words and a bare number are given as identifiers (no server is running: any request would fail)
        var run = CliRun.InProcess(site.Root, "add", "ketamine", "30140240", "doi:10.abc/x", "--doi-server", "http://127.0.0.1:9/", "--pubmed-server", "http://127.0.0.1:9/");

        // Then it is a usage error naming each, with the form to write
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldStartWith("site: 'ketamine' is no DOI, PubMed id or PubMed Central id");
        run.Error.ShouldContain("'30140240' is a number, not an identifier: write pmid:30140240 for a PubMed id");
        run.Error.ShouldContain("'doi:10.abc/x' is not a DOI");
        run.All.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Should_write_nothing_when_one_DOI_is_unknown()
    {
        // Given a site and doi.org, which knows the first DOI and not the second
        using var site = new SiteFolder();
        await using var crossref = await RecordedServer.StartAsync(RecordedServices.Agency);
        await using var doiOrg = await RecordedServer.StartAsync(RecordedServices.Resolver(crossref));

        // When both are added
        var run = CliRun.InProcess(site.Root, "add", "10.3389/fpsyt.2018.00277", "10.5555/not-registered", "--doi-server", doiOrg.Address.AbsoluteUri);

        // Then it fails naming the unknown one, and not even the known one is written
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("site: doi:10.5555/not-registered: there is no such DOI");
        run.Error.ShouldContain("404 Not Found");
        Directory.Exists(site.PathOf("input/references")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_fail_naming_a_PMID_PubMed_does_not_have()
    {
        // Given E-utilities, which answer an unknown id with a record holding only an error
        using var site = new SiteFolder();
        await using var pubMed = await RecordedServer.StartAsync(RecordedServices.PubMed());

        // When it is added
        var run = CliRun.InProcess(site.Root, "add", "pmid:99999999", "--pubmed-server", pubMed.Address.AbsoluteUri);

        // Then it fails naming it, and writes nothing
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("site: pmid:99999999: PubMed has no record with this id (cannot get document summary)");
        Directory.Exists(site.PathOf("input/references")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_give_up_on_a_server_that_never_answers_after_the_time_out()
    {
        // Given a server that takes requests and never answers them
        using var site = new SiteFolder();
        await using var silent = await RecordedServer.StartAsync(_ => RecordedAnswer.Never);

        // When a PMID is added with a short time-out
        var clock = Stopwatch.StartNew();
        var run = CliRun.InProcess(site.Root, "add", "pmid:30140240", "--timeout", "0.5", "--pubmed-server", silent.Address.AbsoluteUri);

        // Then it gives up after the time-out, naming the PMID and the server, and writes nothing
        clock.Stop();
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain($"site: pmid:30140240: no answer from {silent.Address.Authority} within 0.5 s; nothing was written");
        // (a timer may fire a millisecond or two early)
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.45));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8));
        silent.Requests.Count.ShouldBe(1);
        Directory.Exists(site.PathOf("input/references")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_give_up_after_three_tries_at_a_failing_server()
    {
        // Given a server that answers 503 every time, asking to come back at once
        using var site = new SiteFolder();
        await using var failing = await RecordedServer.StartAsync(_ => RecordedAnswer.Plain(503, ("Retry-After", "0")));

        // When a DOI is added
        var run = CliRun.InProcess(site.Root, "add", "10.3389/fpsyt.2018.00277", "--doi-server", failing.Address.AbsoluteUri);

        // Then it was asked three times, and the failure names the DOI
        run.ExitCode.ShouldBe(2, run.All);
        failing.Requests.Count.ShouldBe(3);
        run.Error.ShouldContain("site: doi:10.3389/fpsyt.2018.00277: " + failing.Address.Authority + " answered 503 Service Unavailable 3 times; nothing was written");
    }

    [Fact]
    public async Task Should_wait_as_long_as_Retry_After_asks_before_asking_again()
    {
        // Given E-utilities that answer the first request 429 with Retry-After: 1
        using var site = new SiteFolder();
        var pubMed = RecordedServices.PubMed();
        var first = true;
        await using var server = await RecordedServer.StartAsync(request =>
        {
            var busy = first;
            first = false;
            return busy ? RecordedAnswer.Plain(429, ("Retry-After", "1")) : pubMed(request);
        });

        // When a PMID is added
        var run = CliRun.InProcess(site.Root, "add", "pmid:30140240", "--pubmed-server", server.Address.AbsoluteUri);

        // Then the summary was asked again a second later, and the reference written
        run.ExitCode.ShouldBe(0, run.All);
        server.Requests.Select(r => r.Path).ShouldBe(["/esummary.fcgi", "/esummary.fcgi", "/efetch.fcgi"]);
        (server.Requests[1].Arrived - server.Requests[0].Arrived).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1) - TimerSlack);
        File.Exists(site.PathOf("input/references/jones-2018.md")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_back_off_one_then_two_seconds_when_a_failing_server_gives_no_Retry_After()
    {
        // Given doi.org failing twice without saying when to come back, then redirecting as usual
        using var site = new SiteFolder();
        await using var crossref = await RecordedServer.StartAsync(RecordedServices.Agency);
        var resolver = RecordedServices.Resolver(crossref);
        var failures = 2;
        await using var doiOrg = await RecordedServer.StartAsync(request => Interlocked.Decrement(ref failures) >= 0 ? RecordedAnswer.Plain(502) : resolver(request));

        // When the DOI is added
        var run = CliRun.InProcess(site.Root, "add", "10.3389/fpsyt.2018.00277", "--doi-server", doiOrg.Address.AbsoluteUri);

        // Then the second try came a second after the first, the third two seconds after the second
        run.ExitCode.ShouldBe(0, run.All);
        var arrivals = doiOrg.Requests.Select(r => r.Arrived).ToList();
        arrivals.Count.ShouldBe(3);
        (arrivals[1] - arrivals[0]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1) - TimerSlack);
        (arrivals[2] - arrivals[1]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2) - TimerSlack);
    }

    [Fact]
    public async Task Should_not_wait_for_a_server_that_asks_for_an_hour()
    {
        // Given a server that answers 429 and asks to wait an hour
        using var site = new SiteFolder();
        await using var busy = await RecordedServer.StartAsync(_ => RecordedAnswer.Plain(429, ("Retry-After", "3600")));

        // When a PMID is added
        var run = CliRun.InProcess(site.Root, "add", "pmid:30140240", "--pubmed-server", busy.Address.AbsoluteUri);

        // Then it gives up at once, saying so
        run.ExitCode.ShouldBe(2, run.All);
        busy.Requests.Count.ShouldBe(1);
        run.Error.ShouldContain("site: pmid:30140240: " + busy.Address.Authority + " answered 429 Too Many Requests and asks to wait 3600 s; nothing was written. Try again later");
    }

    [Theory]
    [InlineData("--doi-server", "doi.org")]
    [InlineData("--pubmed-server", "ftp://example.org/")]
    [InlineData("--timeout", "0")]
    public void Should_refuse_a_server_that_is_no_web_address_or_a_time_out_that_is_none(string option, string value)
    {
        // Given a site
        using var site = new SiteFolder();

        // When add is given a bad server address or time-out
        var run = CliRun.InProcess(site.Root, "add", "pmid:30140240", option, value);

        // Then it is a usage error naming the option
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldStartWith($"site: {option} must be");
    }
}
