namespace Site.Cli.Tests;

/// <summary>The maintainer's retraction data, given on the command line from outside the repository.</summary>
public sealed partial class CheckCommandTests
{
    private const string RetractionHeader =
        "\uFEFFRecord ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes\r\n";

    private static SiteFolder RetractionSite(string siteYml = "title: Test site\n")
    {
        var site = new SiteFolder(new Dictionary<string, string>
        {
            ["input/site.yml"] = siteYml,
            ["input/substances/ketamine.md"] = "---\ntitle: Ketamine\n---\nKetamine relieves depression [@smith-2019].\n",
            ["input/references/smith-2019.md"] = "---\ntype: article-journal\ntitle: A trial\nauthor: [Smith J]\ncontainer-title: J Ex\nissued: 2019\nDOI: 10.1000/smith.2019\n---\n",
        });
        site.Write("elsewhere/retraction_watch.csv", RetractionHeader +
            "34567,\"A trial, \"\"fast\"\"\",(HSC) Medicine;,\"Dept A;\nDept B\",J Ex,Ex,USA,Smith J,,Research Article;,3/4/2021 0:00,10.1000/notice,0,1/1/2019 0:00,10.1000/SMITH.2019,0,Retraction,+Falsification/Fabrication of Data;,No,\r\n");
        return site;
    }

    [Fact]
    public void Should_read_retraction_data_given_with_the_option_from_outside_the_input()
    {
        // Given a site citing a work the maintainer's copy of the data, outside the repository's input, retracts
        using var site = RetractionSite();

        // When the real check runs with --retractions
        var run = CliRun.AsProcess(site.Root, "check", "--retractions", "elsewhere/retraction_watch.csv");

        // Then the citation is an error at its key, and the exit code says so
        run.ExitCode.ShouldBe(1, run.All);
        run.Out.ShouldContain("input/substances/ketamine.md:4:32: error retracted-reference: cites 'smith-2019', retracted 2021-03-04 (Retraction Watch 34567: Falsification/Fabrication of Data)");
    }

    [Fact]
    public void Should_let_the_option_win_over_site_yml_and_report_a_missing_file_without_a_trace()
    {
        // Given a site.yml naming data outside the input, which it may not
        using var site = RetractionSite("title: Test site\nretractions: ../elsewhere/retraction_watch.csv\n");

        // When the real check runs without the option, with it, and with the option naming no file
        var refused = CliRun.AsProcess(site.Root, "check");
        var given = CliRun.AsProcess(site.Root, "check", "--retractions", "elsewhere/retraction_watch.csv");
        var missing = CliRun.AsProcess(site.Root, "check", "--retractions", "nowhere.csv");

        // Then site.yml's path is refused; the option's is read instead; a missing file is one error, no stack trace
        refused.Out.ShouldContain("input/site.yml:2:14: error invalid-retractions: 'retractions: ../elsewhere/retraction_watch.csv' leads outside the input folder");
        refused.Out.ShouldNotContain("retracted-reference");
        given.Out.ShouldNotContain("invalid-retractions");
        given.Out.ShouldContain("error retracted-reference");
        missing.ExitCode.ShouldBe(1, missing.All);
        missing.Out.ShouldContain("nowhere.csv:1:1: error invalid-retractions: cannot read the retraction data given with --retractions: there is no such file");
        missing.All.ShouldNotContain("   at ");
    }
}
