using AngleSharp.Html.Parser;

namespace Site.Cli.Tests;

public sealed partial class BuildCommandTests
{
    private const string OutputMarker = ".site-output";

    [Fact]
    public void Should_write_one_page_per_document_and_exit_0()
    {
        // Given a valid site
        using var site = new SiteFolder();

        // When it is built
        var run = CliRun.InProcess(site.Root, "build");

        // Then it succeeds and writes the home page and a page per document
        run.ExitCode.ShouldBe(0, run.All);
        File.Exists(site.PathOf("output/index.html")).ShouldBeTrue();
        File.Exists(site.PathOf("output/substances/ketamine/index.html")).ShouldBeTrue();
        File.Exists(site.PathOf("output/mechanisms/nmda-receptor-antagonism/index.html")).ShouldBeTrue();
        File.Exists(site.PathOf("output/.site-output")).ShouldBeTrue();
        run.Error.ShouldContain("Built");
    }

    [Fact]
    public void Should_rewrite_wiki_links_to_relative_pretty_urls()
    {
        // Given a mechanism page that links to a heading on a substance page
        using var site = new SiteFolder();

        // When the site is built
        CliRun.InProcess(site.Root, "build").ExitCode.ShouldBe(0);

        // Then the link is relative and lands on the heading's id
        var html = File.ReadAllText(site.PathOf("output/mechanisms/nmda-receptor-antagonism/index.html"));
        var link = new HtmlParser().ParseDocument(html).QuerySelector("main a.wiki-link")!;
        link.GetAttribute("href").ShouldBe("../../substances/ketamine/#dosing");
        var target = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("output/substances/ketamine/index.html")));
        target.GetElementById("dosing").ShouldNotBeNull();
    }

    [Fact]
    public void Should_leave_previous_output_untouched_when_the_build_fails()
    {
        // Given a site built once
        using var site = new SiteFolder();
        CliRun.InProcess(site.Root, "build").ExitCode.ShouldBe(0);
        var before = site.Snapshot("output");

        // When a content error (a broken link, in editorial prose) is introduced and the site is built again
        site.Write("input/substances/ketamine.md", BrokenKetamine);
        var run = CliRun.InProcess(site.Root, "build");

        // Then the build fails and the previous output is byte for byte the same
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Nothing was written");
        site.Snapshot("output").ShouldBe(before);
    }

    [Fact]
    public void Should_replace_its_own_previous_output()
    {
        // Given a site built once, then changed
        using var site = new SiteFolder();
        CliRun.InProcess(site.Root, "build").ExitCode.ShouldBe(0);
        site.Write("input/about.md", "---\ntitle: About\n---\n\nAbout us.\n");

        // When it is built again into the same folder
        var run = CliRun.InProcess(site.Root, "build");

        // Then the new page is there and no temporary folders are left beside the output
        run.ExitCode.ShouldBe(0, run.All);
        File.Exists(site.PathOf("output/about/index.html")).ShouldBeTrue();
        site.Folders().ShouldBe(["input", "output"]);
    }

    [Fact]
    public void Should_write_byte_identical_output_on_every_build()
    {
        // Given one site
        using var site = new SiteFolder();

        // When it is built twice into two folders
        CliRun.InProcess(site.Root, "build", "--output", "first").ExitCode.ShouldBe(0);
        CliRun.InProcess(site.Root, "build", "--output", "second").ExitCode.ShouldBe(0);

        // Then both have the same files with the same bytes
        var first = site.Snapshot("first");
        first.Count.ShouldBeGreaterThan(5);
        site.Snapshot("second").ShouldBe(first);
    }

    [Fact]
    public void Should_write_the_same_bytes_on_one_processor_as_on_all_or_on_more()
    {
        // Given a site with enough pages, references, citations and claims for the parallel phases to interleave
        using var site = new SiteFolder(SiteWithEvidence(substances: 40, mechanisms: 6, references: 12));

        // When it is built by the real process on one processor, on all of them, and on more than the machine has
        var one = CliRun.AsProcess(site.Root, new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "1" }, "build", "--output", "one");
        var all = CliRun.AsProcess(site.Root, "build", "--output", "all");
        var more = CliRun.AsProcess(site.Root, new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "7" }, "build", "--output", "more");

        // Then every build succeeds, and every output file has the same bytes
        one.ExitCode.ShouldBe(0, one.All);
        all.ExitCode.ShouldBe(0, all.All);
        more.ExitCode.ShouldBe(0, more.All);
        var expected = site.Snapshot("one");
        expected.Count.ShouldBeGreaterThan(60);
        site.Snapshot("all").ShouldBe(expected);
        site.Snapshot("more").ShouldBe(expected);
    }

    [Theory]
    [InlineData("input", "it is or contains", "input")]
    [InlineData("input/", "it is or contains", "input")]
    [InlineData("./input/../input", "it is or contains", "input")]
    [InlineData(".", "it is or contains", "input")]
    [InlineData("input/output", "it is inside the input folder", "input")]
    [InlineData("input/substances", "it is inside the input folder", "input")]
    [InlineData("theme", "it is or contains", "theme")]
    public void Should_refuse_an_output_folder_that_is_contains_or_is_inside_input_or_theme(string output, string reason, string protectedFolder)
    {
        // Given a site with a theme folder beside it
        using var site = new SiteFolder();
        site.Write("theme/keep.txt", "theme source");
        var inputBefore = site.Snapshot("input");

        // When the output is pointed at a protected place
        var run = CliRun.InProcess(site.Root, "build", "--output", output);

        // Then it refuses with exit 2 and says why, naming the folder it protects, and nothing is lost
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain($"refusing to write to '{Path.GetFullPath(output, site.Root)}': {reason}");
        run.Error.ShouldContain(Path.Combine(site.Root, protectedFolder) + "'");
        run.All.ShouldNotContain("   at ");
        site.Snapshot("input").ShouldBe(inputBefore);
        File.ReadAllText(site.PathOf("theme/keep.txt")).ShouldBe("theme source");
        Directory.GetFileSystemEntries(site.PathOf("input")).Select(Path.GetFileName).ShouldNotContain(OutputMarker);
    }

    [Fact]
    public void Should_refuse_an_output_folder_that_contains_the_theme_but_not_the_input()
    {
        // Given a project folder holding the theme, run with an input folder outside it
        using var site = new SiteFolder();
        site.Write("project/theme/keep.txt", "theme source");

        // When the output is the project folder itself
        var run = CliRun.InProcess(site.PathOf("project"), "build", "--input", "../input", "--output", ".");

        // Then it refuses with exit 2, naming the theme, and the theme is untouched
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain($"it is or contains '{site.PathOf("project/theme")}'");
        File.ReadAllText(site.PathOf("project/theme/keep.txt")).ShouldBe("theme source");
        Directory.GetFileSystemEntries(site.PathOf("project")).Select(Path.GetFileName).ShouldBe(["theme"]);
    }

    [Theory]
    [InlineData("public", "public", "the output path '{0}' is a file; choose a folder with --output")]
    [InlineData("docs/.git/HEAD", "docs", "refusing to write to '{0}': the folder is not empty and was not created by 'site build'")]
    public void Should_refuse_a_file_or_a_folder_of_hidden_files_as_the_output(string existing, string output, string message)
    {
        // Given a file where the output folder would go, or a folder whose only content is hidden (a repository's metadata)
        using var site = new SiteFolder();
        site.Write(existing, "precious");

        // When it is used as the output
        var run = CliRun.InProcess(site.Root, "build", "--output", output);

        // Then the build refuses with exit 2, saying why, and the file is untouched
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, site.PathOf(output)));
        File.ReadAllText(site.PathOf(existing)).ShouldBe("precious");
    }

    [Fact]
    public void Should_refuse_an_output_that_is_a_link_to_the_input()
    {
        // Given a symbolic link to the input folder
        using var site = new SiteFolder();
        Directory.CreateSymbolicLink(site.PathOf("public"), site.PathOf("input"));
        var inputBefore = site.Snapshot("input");

        // When the link is used as the output
        var run = CliRun.InProcess(site.Root, "build", "--output", "public");

        // Then the build refuses with exit 2 and the input is as it was
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("refusing to write to");
        site.Snapshot("input").ShouldBe(inputBefore);
    }

    [Fact]
    public void Should_refuse_a_non_empty_folder_it_did_not_create()
    {
        // Given a folder of someone else's files
        using var site = new SiteFolder();
        site.Write("docs/notes.txt", "precious");

        // When it is used as the output
        var run = CliRun.InProcess(site.Root, "build", "--output", "docs");

        // Then the build refuses with exit 2, says why and what to do, and the files are untouched
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"refusing to write to '{site.PathOf("docs")}': the folder is not empty and was not created by 'site build'; empty it or choose another --output");
        run.All.ShouldNotContain("   at ");
        File.ReadAllText(site.PathOf("docs/notes.txt")).ShouldBe("precious");
    }

    [Fact]
    public void Should_accept_an_empty_existing_output_folder()
    {
        // Given an empty folder
        using var site = new SiteFolder();
        Directory.CreateDirectory(site.PathOf("public"));

        // When it is used as the output
        var run = CliRun.InProcess(site.Root, "build", "--output", "public");

        // Then the site is written there
        run.ExitCode.ShouldBe(0, run.All);
        File.Exists(site.PathOf("public/index.html")).ShouldBeTrue();
    }

    [Fact]
    public void Should_copy_assets()
    {
        // Given an image under input/assets referenced from a page
        using var site = new SiteFolder();
        site.Write("input/assets/img/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.Write("input/about.md", "---\ntitle: About\n---\n\n![Diagram](assets/img/diagram.svg)\n");

        // When the site is built
        CliRun.InProcess(site.Root, "build").ExitCode.ShouldBe(0);

        // Then the asset is copied and the image points at it relative to the page
        File.Exists(site.PathOf("output/assets/img/diagram.svg")).ShouldBeTrue();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("output/about/index.html")));
        page.QuerySelector("main img")!.GetAttribute("src").ShouldBe("../assets/img/diagram.svg");
    }

    // Substances that list mechanisms and cite references in paragraphs, list items and table rows, link to each other
    // and to headings; mechanisms checked sentence by sentence; references of every evidence level.
    private static Dictionary<string, string> SiteWithEvidence(int substances, int mechanisms, int references)
    {
        string[] levels = ["systematic-review", "meta-analysis", "rct", "cohort", "case-control", "case-series", "case-report", "animal", "in-vitro", "narrative-review", "expert-opinion", "guideline"];
        var files = new Dictionary<string, string>
        {
            ["input/site.yml"] = "title: Evidence\nbaseUrl: https://example.org/\nclaims:\n  mechanisms: sentence\n",
            ["input/index.md"] = "---\ntitle: Home\n---\n\n" + string.Join(" · ", Enumerable.Range(0, substances).Select(i => $"[[s{i}]]")) + "\n",
            ["input/assets/diagram.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        };
        string Key(int i) => $"r{i % references:00}";
        for (var i = 0; i < references; i++)
        {
            files[$"input/references/{Key(i)}.md"] =
                $"---\ntype: article-journal\ntitle: Study {i}\nauthor: [Author{i} A, Second{i} B]\ncontainer-title: Journal {i % 3}\n" +
                $"issued: {2000 + i}\nvolume: {i + 1}\npage: {i}-{i + 9}\nDOI: 10.1000/study.{i}\nPMID: {30000000 + i}\nevidence: {levels[i % levels.Length]}\n---\n\nStudy {i}, annotated.\n";
        }

        for (var i = 0; i < mechanisms; i++)
        {
            files[$"input/mechanisms/m{i}.md"] =
                $"---\ntitle: Mechanism {i}\nsummary: How mechanism {i} works.\n---\n\nIt acts on receptor {i} [@{Key(i)}]. It lasts for hours [@{Key(i + 1)}; @{Key(i + 2)}].\n";
        }

        for (var i = 0; i < substances; i++)
        {
            files[$"input/substances/s{i}.md"] =
                $"---\ntitle: Substance {i}\naliases: [S{i}]\nclass: Class {i % 4}\nmechanisms: [m{i % mechanisms}, m{(i + 1) % mechanisms}]\nsummary: Substance {i}, in short.\n---\n\n" +
                $"Substance {i} acts on [[m{i % mechanisms}]] [@{Key(i)}; @{Key(i + 3)}, p. {i}].\n\n" +
                $"## Effects\n\n- Fast [@{Key(i + 1)}]\n- Short [see @{Key(i + 4)}]\n\n" +
                $"| Outcome | Finding |\n| --- | --- |\n| Use | Lower [@{Key(i + 5)}] |\n\n" +
                $"It compares with [[s{(i + 1) % substances}#effects|substance {(i + 1) % substances}]] [@{Key(i)}].\n\n" +
                $"::: editorial\nSee [mechanism](../mechanisms/m{(i + 2) % mechanisms}.md) and ![diagram](../assets/diagram.svg).\n:::\n";
        }

        return files;
    }
}
