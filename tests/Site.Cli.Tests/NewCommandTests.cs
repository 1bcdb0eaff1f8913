namespace Site.Cli.Tests;

public sealed class NewCommandTests
{
    [Theory]
    [InlineData("substance", "Nitrous oxide", "input/substances/nitrous-oxide.md", new[] { "4:8", "6:10", "9:1" })]
    [InlineData("mechanism", "gaba-a-modulation", "input/mechanisms/gaba-a-modulation.md", new[] { "4:10", "7:1" })]
    [InlineData("condition", "Alcohol use disorder", "input/conditions/alcohol-use-disorder.md", new[] { "4:10", "7:1" })]
    [InlineData("reference", "nagele-2015", "input/references/nagele-2015.md", new[] { "3:8", "4:9", "5:18", "6:9", "7:11", "11:1" })]
    [InlineData("page", "Glossary", "input/glossary.md", new[] { "3:14", "6:1" })]
    public void Should_create_a_document_that_is_an_unfinished_page_and_nothing_else_until_it_is_written(string kind, string name, string expectedPath, string[] markers)
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When a new document is created and the site is checked with warnings as errors
        var run = CliRun.InProcess(site.Root, "new", kind, name);
        var check = CliRun.InProcess(site.Root, "check", "--warnings-as-errors", "--format", "json");

        // Then the file is where its kind belongs, and each thing left to write is an unfinished-page error, nothing else
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.Trim().ShouldBe(expectedPath);
        File.ReadAllText(site.PathOf(expectedPath)).ShouldStartWith("---\n");
        check.ExitCode.ShouldBe(1, check.All);
        using var json = System.Text.Json.JsonDocument.Parse(check.Out);
        json.RootElement.EnumerateArray()
            .Select(d => $"{d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()} {d.GetProperty("code").GetString()}")
            .ShouldBe(markers.Select(m => $"{expectedPath}:{m} unfinished-page"));
    }

    [Fact]
    public void Should_fail_the_build_of_a_new_substance_until_it_is_written_then_tell_readers_it_is_not_yet_reviewed()
    {
        // Given a valid site and, through the real command, a new substance
        using var site = new SiteFolder();
        CliRun.AsProcess(site.Root, "new", "substance", "Nitrous oxide").ExitCode.ShouldBe(0);

        // When it is built as it was written, then again once its instructions are deleted and its fields written
        var unfinished = CliRun.AsProcess(site.Root, "build");
        var written = Directory.Exists(site.PathOf("output"));
        var path = site.PathOf("input/substances/nitrous-oxide.md");
        var text = File.ReadAllText(path);
        text = text[..text.IndexOf("::: unfinished", StringComparison.Ordinal)]
            .Replace("class: !unfinished \"its pharmacological class, e.g. Dissociative anaesthetic\"", "class: Dissociative anaesthetic")
            .Replace("summary: !unfinished \"a one- or two-sentence definition, shown in lists\"", "summary: A gas breathed for sedation and pain relief.");
        File.WriteAllText(path, text);
        var finished = CliRun.AsProcess(site.Root, "build");

        // Then the first build fails on the instructions and writes nothing; the second publishes the page, which has
        // no instructions and says it is not yet reviewed
        unfinished.ExitCode.ShouldBe(1, unfinished.All);
        unfinished.Out.ShouldContain("input/substances/nitrous-oxide.md:9:1: error unfinished-page: substance 'nitrous-oxide' still carries the instructions of a new page");
        written.ShouldBeFalse();
        finished.ExitCode.ShouldBe(0, finished.All);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("output/substances/nitrous-oxide/index.html")));
        page.QuerySelector("article .reviewed")!.TextContent.ShouldBe("Not yet reviewed");
        page.QuerySelector("article .kind")!.TextContent.ShouldBe("Substance · Dissociative anaesthetic");
        page.Body!.TextContent.ShouldNotContain("below this block");
    }

    [Fact]
    public void Should_use_the_name_as_the_title()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When a substance is created by title
        CliRun.InProcess(site.Root, "new", "substance", "Nitrous oxide").ExitCode.ShouldBe(0);

        // Then its front matter has that title
        File.ReadAllText(site.PathOf("input/substances/nitrous-oxide.md")).ShouldContain("title: \"Nitrous oxide\"");
    }

    [Fact]
    public void Should_refuse_an_id_that_is_taken()
    {
        // Given a site with a substance 'ketamine'
        using var site = new SiteFolder();
        var before = File.ReadAllText(site.PathOf("input/substances/ketamine.md"));

        // When a mechanism with the same id is created
        var run = CliRun.InProcess(site.Root, "new", "mechanism", "Ketamine");

        // Then it refuses, and the existing file is untouched
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("already used by substances/ketamine.md");
        File.ReadAllText(site.PathOf("input/substances/ketamine.md")).ShouldBe(before);
        File.Exists(site.PathOf("input/mechanisms/ketamine.md")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_to_write_into_a_kind_folder_that_links_out_of_the_input()
    {
        // Given a checked-out site whose substances folder is a link to a folder outside it
        using var site = new SiteFolder(new Dictionary<string, string> { ["input/site.yml"] = "title: Test site\n" });
        Directory.CreateDirectory(site.PathOf("elsewhere"));
        Directory.CreateSymbolicLink(site.PathOf("input/substances"), site.PathOf("elsewhere"));

        // When a new substance is created
        var run = CliRun.InProcess(site.Root, "new", "substance", "Nitrous oxide");

        // Then nothing is written where the link leads, and the command says why with exit 2
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("'substances' is a link that leads outside the input folder");
        Directory.EnumerateFileSystemEntries(site.PathOf("elsewhere")).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_write_through_a_link_left_where_the_new_file_would_go()
    {
        // Given a link to nowhere outside the input, named like the page to be created
        using var site = new SiteFolder(new Dictionary<string, string> { ["input/site.yml"] = "title: Test site\n" });
        Directory.CreateDirectory(site.PathOf("input/substances"));
        File.CreateSymbolicLink(site.PathOf("input/substances/nitrous-oxide.md"), site.PathOf("planted.txt"));

        // When a new substance of that name is created
        var run = CliRun.InProcess(site.Root, "new", "substance", "Nitrous oxide");

        // Then the command refuses with exit 2 and the link's target is never created
        run.ExitCode.ShouldBe(2, run.All);
        File.Exists(site.PathOf("planted.txt")).ShouldBeFalse();
    }

    [Fact]
    public void Should_say_to_run_site_init_in_a_folder_with_no_input_folder()
    {
        // Given a folder that holds no site
        using var folder = new SiteFolder(new Dictionary<string, string>());
        Directory.Delete(folder.PathOf("input"));

        // When a new page is created there
        var run = CliRun.InProcess(folder.Root, "new", "substance", "Nitrous oxide");

        // Then it exits 2 (a usage problem), points to site init and to --input, and writes nothing
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldBe("site: no input folder 'input' here; run 'site init' to start a site here, or pass --input PATH to use another folder\n");
        Directory.EnumerateFileSystemEntries(folder.Root).ShouldBeEmpty();
    }
}
