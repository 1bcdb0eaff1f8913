using System.Text.Json;

namespace Site.Cli.Tests;

/// <summary>
/// <c>site diff</c> on the two fixture editions in Editions/: between them a page moved, a page lost its claims, and on
/// ketamine's page a claim was reworded, one cites one more work (and its evidence changed), one cites a work now
/// retracted, and one is new.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private static readonly string First = Path.Combine(AppContext.BaseDirectory, "Editions", "first", "claims.json");
    private static readonly string Second = Path.Combine(AppContext.BaseDirectory, "Editions", "second", "claims.json");

    private readonly SiteFolder _folder = new();

    [Fact]
    public void Should_write_the_changes_as_json_in_the_documented_shape()
    {
        // Given the two editions
        // When they are compared as JSON
        var run = CliRun.InProcess(_folder.Root, "diff", First, Second, "--format", "json");

        // Then it compared, and the added, removed and changed claims are each listed once
        run.ExitCode.ShouldBe(0, run.All);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Claims(root, "added").ShouldBe([("/substances/ketamine/", "claim-4", "Ketamine is an NMDA receptor antagonist used in anaesthesia.")]);
        Claims(root, "removed").ShouldBe([("/substances/alcohol/", "claim-1", "Alcohol use disorder affects about one adult in ten.")]);
        var changed = root.GetProperty("changed").EnumerateArray().ToArray();
        changed.Select(c => (c.GetProperty("page").GetString(), c.GetProperty("anchor").GetString())).ShouldBe(
            [("/substances/ketamine/", "claim-1"), ("/substances/ketamine/", "claim-2"), ("/substances/ketamine/", "claim-3")]);

        // And each change says what changed: the text, the citations, the evidence, the status of a cited work
        changed[0].GetProperty("before").GetString().ShouldBe("A single ketamine infusion reduced cocaine use in a randomised trial.");
        changed[0].GetProperty("after").GetString().ShouldBe("A single ketamine infusion reduced heavy cocaine use in a randomised trial.");
        Strings(changed[1], "citationsAdded").ShouldBe(["dakwar-2019"]);
        Strings(changed[1], "citationsRemoved").ShouldBeEmpty();
        Strings(changed[1], "evidenceBefore").ShouldBe(["cohort"]);
        Strings(changed[1], "evidenceAfter").ShouldBe(["rct", "cohort"]);
        var status = changed[2].GetProperty("statusChanges").EnumerateArray().ShouldHaveSingleItem();
        (status.GetProperty("key").GetString(), status.GetProperty("before").ValueKind, status.GetProperty("after").GetString())
            .ShouldBe(("doe-2020", JsonValueKind.Null, "retracted"));

        // And the pages say which moved and which lost their claims
        root.GetProperty("pages").EnumerateArray().Select(p => (p.GetProperty("page").GetString(), p.GetProperty("previousPage").GetString(), p.GetProperty("change").GetString())).ShouldBe(
        [
            ("/mechanisms/nmda-receptor-antagonism/", "/mechanisms/nmda-antagonism/", "moved"),
            ("/substances/alcohol/", "/substances/alcohol/", "removed"),
            ("/substances/ketamine/", "/substances/ketamine/", "changed"),
        ]);
    }

    [Fact]
    public void Should_write_the_changes_as_text_page_by_page()
    {
        // Given the two editions
        // When they are compared with the default format
        var run = CliRun.InProcess(_folder.Root, "diff", First, Second);

        // Then every page and claim has its line, and a summary ends it
        run.ExitCode.ShouldBe(0, run.All);
        Lines(run.Out).ShouldBe(
        [
            "/mechanisms/nmda-receptor-antagonism/ (moved from /mechanisms/nmda-antagonism/)",
            "/substances/alcohol/ (no longer has claims)",
            "  - claim-1: Alcohol use disorder affects about one adult in ten.",
            "/substances/ketamine/",
            "  + claim-4: Ketamine is an NMDA receptor antagonist used in anaesthesia.",
            "  ~ claim-1:",
            "      before: A single ketamine infusion reduced cocaine use in a randomised trial.",
            "      after:  A single ketamine infusion reduced heavy cocaine use in a randomised trial.",
            "  ~ claim-2:",
            "      citations added: dakwar-2019",
            "      evidence: cohort → rct, cohort",
            "  ~ claim-3:",
            "      doe-2020: no status → retracted",
            "1 claim added, 1 removed, 3 changed on 3 pages.",
        ]);
    }

    [Fact]
    public void Should_write_the_changes_as_markdown_with_a_heading_a_page()
    {
        // Given the two editions
        // When they are compared as Markdown
        var run = CliRun.InProcess(_folder.Root, "diff", First, Second, "--format", "markdown");

        // Then the summary leads, each page is a heading, each claim a list item
        run.ExitCode.ShouldBe(0, run.All);
        var lines = Lines(run.Out);
        lines.Take(3).ShouldBe(["# What changed", "", "1 claim added, 1 removed, 3 changed on 3 pages."]);
        lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ShouldBe(
            ["## `/mechanisms/nmda-receptor-antagonism/`", "## `/substances/alcohol/`", "## `/substances/ketamine/`"]);
        lines.ShouldContain("- **Added** `claim-4`: Ketamine is an NMDA receptor antagonist used in anaesthesia.");
        lines.ShouldContain("- **Removed** `claim-1`: Alcohol use disorder affects about one adult in ten.");
        lines.ShouldContain("  - After: A single ketamine infusion reduced heavy cocaine use in a randomised trial.");
        lines.ShouldContain("  - Citations added: dakwar-2019");
    }

    [Fact]
    public void Should_compare_built_site_folders_and_find_nothing_between_an_edition_and_itself()
    {
        // Given a built site's folder holding the first edition's claims.json
        _folder.WriteBytes("output/claims.json", File.ReadAllBytes(First));

        // When the folder is compared with the file
        var run = CliRun.InProcess(_folder.Root, "diff", "output", First);

        // Then nothing changed
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldBe("No claim changed." + Environment.NewLine);
    }

    [Theory]
    [InlineData("missing.json", "site: 'missing.json' does not exist")]
    [InlineData("input", "site: 'input' is a folder without claims.json; give a built site's output folder or its claims.json")]
    [InlineData("input/site.yml", "site: 'input/site.yml' is not JSON at line 1")]
    [InlineData("object.json", "site: 'object.json' is not a claims.json: its top level is an object, not a list of claims")]
    public void Should_exit_2_with_a_message_when_an_edition_cannot_be_read(string argument, string message)
    {
        // Given an argument that is no edition
        _folder.Write("object.json", """{"added": []}""");

        // When it is compared
        var run = CliRun.InProcess(_folder.Root, "diff", First, argument);

        // Then the command says why, without a stack trace, and prints no comparison
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith(message);
        run.Out.ShouldBeEmpty();
        run.All.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_exit_2_for_a_format_it_does_not_know()
    {
        // Given the two editions
        // When they are compared in an unknown format
        var run = CliRun.InProcess(_folder.Root, "diff", First, Second, "--format", "sarif");

        // Then it is a usage error
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("sarif");
    }

    public void Dispose() => _folder.Dispose();

    private static List<(string?, string?, string?)> Claims(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(c => (c.GetProperty("page").GetString(), c.GetProperty("anchor").GetString(), c.GetProperty("text").GetString()))];

    private static List<string?> Strings(JsonElement item, string name) => [.. item.GetProperty(name).EnumerateArray().Select(e => e.GetString())];

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
