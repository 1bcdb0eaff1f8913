using System.Text.Json;

namespace Site.Cli.Tests;

/// <summary>build --previous as CI runs it: two editions built as processes, the feed read by feedparser.</summary>
public sealed partial class BuildCommandTests
{
    // 2026-12-01T12:00:00Z.
    private const string Epoch = "1796126400";

    private static Dictionary<string, string> EditionFiles(string ketamine) => new(SiteFolder.Minimal)
    {
        ["input/site.yml"] = "title: Test site\nbaseUrl: https://example.org/evidence/\n",
        ["input/references/jones-2018.md"] = "---\ntype: article-journal\ntitle: Ketamine for cocaine use disorder\ncontainer-title: Drug and Alcohol Dependence\nauthor: [Jones JL]\nissued: 2018\nevidence: rct\n---\n\nA trial.\n",
        ["input/substances/ketamine.md"] = "---\ntitle: Ketamine\nmechanisms: [nmda-receptor-antagonism]\nsummary: An anaesthetic.\n---\n\n## Dosing\n\n" + ketamine,
    };

    [Fact]
    public void Should_write_an_atom_feed_of_the_changes_that_feedparser_reads_well_formed()
    {
        // Given a site built once, then edited: a claim reworded and one added, on the substance page
        using var folder = new SiteFolder(EditionFiles("A single ketamine infusion reduced cocaine use in a randomised trial [@jones-2018].\n"));
        var environment = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = Epoch };
        CliRun.AsProcess(folder.Root, environment, "build", "--output", "first").ExitCode.ShouldBe(0);
        folder.Write("input/substances/ketamine.md", EditionFiles(
            "A single ketamine infusion reduced heavy cocaine use in a randomised trial [@jones-2018].\n\nKetamine is an NMDA receptor antagonist [@jones-2018].\n")["input/substances/ketamine.md"]);

        // When it is built with the first edition as the previous one, and feedparser reads the feed
        var run = CliRun.AsProcess(folder.Root, environment, "build", "--output", "second", "--previous", "first");
        run.ExitCode.ShouldBe(0, run.All);
        var parsed = InstalledTool.FeedParser.Run(folder.Root, [folder.PathOf("second/changes.xml")]);
        parsed.ExitCode.ShouldBe(0, parsed.All);
        using var json = JsonDocument.Parse(parsed.Out);
        var root = json.RootElement;

        // Then the feed is well-formed Atom 1.0, with its id, title, author, date and links absolute
        root.GetProperty("bozo").GetInt32().ShouldBe(0, root.GetProperty("error").GetString());
        root.GetProperty("version").GetString().ShouldBe("atom10");
        var feed = root.GetProperty("feed");
        feed.GetProperty("id").GetString().ShouldBe("https://example.org/evidence/changes.xml");
        feed.GetProperty("title").GetString().ShouldBe("Test site: what changed");
        feed.GetProperty("author").GetString().ShouldBe("Test site");
        feed.GetProperty("updated").GetString().ShouldBe("2026-12-01T12:00:00Z");
        feed.GetProperty("links").EnumerateArray().Select(l => (l.GetProperty("rel").GetString(), l.GetProperty("href").GetString())).ShouldBe(
            [("self", "https://example.org/evidence/changes.xml"), ("alternate", "https://example.org/evidence/changes/")]);

        // And it has one entry, for the changed page: a tag id of the site's host and the edition's date, the page's title and what changed, its link
        var entry = root.GetProperty("entries").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("id").GetString().ShouldBe("tag:example.org,2026-12-01:/substances/ketamine/");
        entry.GetProperty("title").GetString().ShouldBe("Ketamine: 1 claim added, 1 changed");
        entry.GetProperty("updated").GetString().ShouldBe("2026-12-01T12:00:00Z");
        entry.GetProperty("link").GetString().ShouldBe("https://example.org/evidence/substances/ketamine/");
        entry.GetProperty("summary").GetString()!.ShouldContain("Added: Ketamine is an NMDA receptor antagonist.");
    }

    [Fact]
    public void Should_write_the_same_feed_when_the_same_editions_are_built_again()
    {
        // Given a site built once, then built twice with it as the previous edition, SOURCE_DATE_EPOCH set
        using var folder = new SiteFolder(EditionFiles("A single ketamine infusion reduced cocaine use in a randomised trial [@jones-2018].\n"));
        var environment = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = Epoch };
        CliRun.AsProcess(folder.Root, environment, "build", "--output", "first").ExitCode.ShouldBe(0);
        folder.Write("input/substances/ketamine.md", EditionFiles("Ketamine reduced cocaine use in a randomised trial [@jones-2018].\n")["input/substances/ketamine.md"]);

        // When both later builds are compared
        CliRun.AsProcess(folder.Root, environment, "build", "--output", "second", "--previous", "first/claims.json").ExitCode.ShouldBe(0);
        CliRun.AsProcess(folder.Root, environment, "build", "--output", "third", "--previous", "first").ExitCode.ShouldBe(0);

        // Then they are the same bytes
        folder.Snapshot("third").ShouldBe(folder.Snapshot("second"));
        folder.Snapshot("second").ShouldContain(f => f.StartsWith("changes.xml ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nowhere", "site: --previous: 'nowhere' does not exist")]
    [InlineData("input/site.yml", "site: --previous: 'input/site.yml' is not JSON at line 1")]
    public void Should_exit_2_and_write_nothing_when_the_previous_edition_cannot_be_read(string previous, string message)
    {
        // Given a site, and a previous edition that is no edition
        using var folder = new SiteFolder();

        // When it is built with it
        var run = CliRun.InProcess(folder.Root, "build", "--previous", previous);

        // Then the command says why, without a stack trace, and writes nothing
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith(message);
        run.All.ShouldNotContain("   at ");
        folder.Folders().ShouldBe(["input"]);
    }
}
