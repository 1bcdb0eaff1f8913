using AngleSharp.Html.Parser;

namespace Site.Cli.Tests;

/// <summary>
/// The README's five minutes with <c>site</c>, walked through as a new editor would: the installed tool
/// (<see cref="PackedSiteTool"/>) in an empty folder, outside the repository.
/// </summary>
[Collection(PackedSiteTool.Collection)]
public sealed class FirstHourTests(PackedSiteTool site)
{
    private const string WrittenPage = """
        ---
        title: "Nitrous oxide"
        aliases: [laughing gas]
        class: Dissociative anaesthetic
        mechanisms: [nmda-receptor-antagonism]
        summary: A gas inhaled for sedation and pain relief.
        ---

        Nitrous oxide is inhaled for sedation and pain relief.

        """;

    [Fact]
    public void Should_take_a_new_editor_from_init_to_a_built_site_with_an_error_at_every_step_that_says_what_to_do()
    {
        // Given an empty folder and the installed tool
        using var folder = new SiteFolder(new Dictionary<string, string>());

        // When a site is started there
        var init = site.Run(folder.Root, "init", "my-site");

        // Then it checks clean, warnings included, and says what to do next
        init.ExitCode.ShouldBe(0, init.All);
        init.Out.ShouldContain("site new substance");
        var root = Path.Combine(folder.Root, "my-site");
        var clean = site.Run(root, "check", "--warnings-as-errors");
        clean.ExitCode.ShouldBe(0, clean.All);

        // When a misspelt command is typed
        var typo = site.Run(root, "biuld");

        // Then it is a usage error that names the command meant
        typo.ExitCode.ShouldBe(2, typo.All);
        typo.Error.ShouldContain("did you mean 'site build'?");

        // When a substance is scaffolded and checked as it is
        var created = site.Run(root, "new", "substance", "Nitrous oxide");
        created.ExitCode.ShouldBe(0, created.All);
        var unfinished = site.Run(root, "check");

        // Then the scaffold's placeholders and instructions are errors at their lines, and nothing else is reported
        unfinished.ExitCode.ShouldBe(1, unfinished.All);
        Problems(unfinished.Out).ShouldBe(
        [
            "input/substances/nitrous-oxide.md:4:8: error unfinished-page",
            "input/substances/nitrous-oxide.md:6:10: error unfinished-page",
            "input/substances/nitrous-oxide.md:9:1: error unfinished-page",
        ]);
        site.Run(root, "build").ExitCode.ShouldBe(1);
        Directory.Exists(Path.Combine(root, "output")).ShouldBeFalse("a page that still carries its instructions is never published");

        // When the editor writes the page but cites nothing
        File.WriteAllText(Path.Combine(root, "input", "substances", "nitrous-oxide.md"), WrittenPage);
        var uncited = site.Run(root, "check");

        // Then the claim without a reference is the one error
        uncited.ExitCode.ShouldBe(1, uncited.All);
        Problems(uncited.Out).ShouldBe(["input/substances/nitrous-oxide.md:9:1: error uncited-claim"]);

        // When the claim cites the starter site's reference, and the site is checked and built
        File.WriteAllText(
            Path.Combine(root, "input", "substances", "nitrous-oxide.md"),
            WrittenPage.Replace("Nitrous oxide is inhaled for sedation and pain relief.", "Nitrous oxide is inhaled for sedation and pain relief [@hilal-2023].", StringComparison.Ordinal));
        var check = site.Run(root, "check", "--warnings-as-errors");
        var build = site.Run(root, "build", "--warnings-as-errors");

        // Then both pass, and the page links its citation and tells readers it is not yet reviewed
        check.ExitCode.ShouldBe(0, check.All);
        build.ExitCode.ShouldBe(0, build.All);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, "output", "substances", "nitrous-oxide", "index.html")));
        page.QuerySelectorAll("a.citation").Select(a => a.GetAttribute("data-cite")).ShouldBe(["hilal-2023"]);
        page.Body!.TextContent.ShouldContain("Not yet reviewed");
        page.Body.TextContent.ShouldNotContain("Write what is known");
    }

    // "path:line:column: severity code" of each diagnostic line, without the message.
    private static string[] Problems(string diagnostics) =>
    [
        .. diagnostics.Split('\n')
            .Where(line => line.StartsWith("input/", StringComparison.Ordinal))
            .Select(line => string.Join(" ", line.Split(" ").Take(3)).TrimEnd(':')),
    ];
}
