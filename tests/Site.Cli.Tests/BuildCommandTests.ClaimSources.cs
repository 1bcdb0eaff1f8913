using System.Text.Json;

namespace Site.Cli.Tests;

public sealed partial class BuildCommandTests
{
    private const string CitedKetamine = "---\ntitle: Ketamine\n---\n\nKetamine lowers drinking [@jones-2018].\n";
    private const string Reference = "---\ntype: article-journal\ntitle: A trial\nauthor: [Jones JL]\ncontainer-title: J Trials\nissued: 2018\nevidence: rct\n---\n";

    [Fact]
    public void Should_write_claim_sources_as_the_diagnostics_write_them_for_an_input_outside_the_working_directory()
    {
        // Given a site whose input folder lies outside the working directory, given by its absolute path
        using var site = new SiteFolder(new Dictionary<string, string>());
        using var elsewhere = new SiteFolder(new Dictionary<string, string>
        {
            ["in/site.yml"] = "title: Test site\n",
            ["in/index.md"] = "---\ntitle: Home\n---\n\nSee [[ketamine]].\n",
            ["in/substances/ketamine.md"] = CitedKetamine.Replace("\n\n", "\n\n[[nowhere]]\n\n", StringComparison.Ordinal),
            ["in/references/jones-2018.md"] = Reference,
        });
        var input = elsewhere.PathOf("in");

        // When it is checked with a broken link in the page, then built once the link is fixed
        var check = CliRun.AsProcess(site.Root, "check", "--input", input, "--format", "json");
        elsewhere.Write("in/substances/ketamine.md", CitedKetamine);
        var build = CliRun.AsProcess(site.Root, "build", "--input", input, "--output", "out");

        // Then claims.json names the page's file exactly as its diagnostic did, relative to the working directory
        check.ExitCode.ShouldBe(1, check.All);
        build.ExitCode.ShouldBe(0, build.All);
        using var diagnostics = JsonDocument.Parse(check.Out);
        var file = diagnostics.RootElement.EnumerateArray().ShouldHaveSingleItem().GetProperty("file").GetString();
        using var claims = JsonDocument.Parse(File.ReadAllText(site.PathOf("out/claims.json")));
        var source = claims.RootElement.EnumerateArray().ShouldHaveSingleItem().GetProperty("source").GetString();
        source.ShouldBe(file);
        source.ShouldBe(Path.GetRelativePath(site.Root, elsewhere.PathOf("in/substances/ketamine.md")).Replace('\\', '/'));
    }

    [Fact]
    public void Should_write_claim_sources_under_the_input_folder_given()
    {
        // Given a site whose content folder is content/ rather than input/
        using var site = new SiteFolder(new Dictionary<string, string>
        {
            ["content/site.yml"] = "title: Test site\n",
            ["content/index.md"] = "---\ntitle: Home\n---\n\nSee [[ketamine]].\n",
            ["content/substances/ketamine.md"] = CitedKetamine,
            ["content/references/jones-2018.md"] = Reference,
        });

        // When it is built
        var build = CliRun.AsProcess(site.Root, "build", "--input", "content", "--output", "out");

        // Then claims.json names the page's file under content/
        build.ExitCode.ShouldBe(0, build.All);
        using var claims = JsonDocument.Parse(File.ReadAllText(site.PathOf("out/claims.json")));
        claims.RootElement.EnumerateArray().ShouldHaveSingleItem().GetProperty("source").GetString().ShouldBe("content/substances/ketamine.md");
    }
}
