using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace Site.Cli.Tests;

/// <summary>
/// The <c>site</c> command packed and installed as a user installs it (<see cref="PackedSiteTool"/>), run in a folder
/// outside the repository that holds nothing but an <c>input/</c> written by hand: no <c>theme/</c>, no project.
/// </summary>
[Collection(PackedSiteTool.Collection)]
public sealed class SiteToolTests
{
    /// <summary>The smallest site an editor writes by hand: a config, a home page, a substance citing a reference.</summary>
    private static readonly Dictionary<string, string> HandWritten = new()
    {
        ["input/site.yml"] = "title: A hand-written site\n",
        ["input/index.md"] = "---\ntitle: Home\n---\n\nWhat is known about [[ketamine]].\n",
        ["input/substances/ketamine.md"] =
            "---\ntitle: Ketamine\nsummary: An anaesthetic studied in addiction treatment.\n---\n\n## Addiction\n\n" +
            "A systematic review found that ketamine reduced craving and substance use [@jones-2018].\n",
        ["input/references/jones-2018.md"] =
            "---\ntype: article-journal\ntitle: \"Efficacy of Ketamine in the Treatment of Substance Use Disorders: A Systematic Review\"\n" +
            "author:\n  - Jones JL\n  - Mateus CF\ncontainer-title: Front Psychiatry\nissued: 2018-07-24\nvolume: \"9\"\npage: \"277\"\n" +
            "DOI: 10.3389/fpsyt.2018.00277\nevidence: systematic-review\n---\n\n" +
            "A systematic review of clinical studies of ketamine in substance use disorders; it found that ketamine reduced craving and substance use.\n",
    };

    private readonly PackedSiteTool _site;

    public SiteToolTests(PackedSiteTool site, ITestOutputHelper output)
    {
        _site = site;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"packed in {site.PackTime.TotalSeconds:0.0} s, installed in {site.InstallTime.TotalSeconds:0.0} s"));
    }

    [Fact]
    public void Should_print_the_version_of_the_sources_it_was_packed_from()
    {
        // Given an empty folder
        using var folder = new SiteFolder(new Dictionary<string, string>());

        // When the installed site is asked its version
        var run = _site.Run(folder.Root, "--version");

        // Then it prints the version of the sources the tests were built from
        run.ExitCode.ShouldBe(0, run.All);
        var version = typeof(SiteCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        run.Out.Trim().ShouldBe(version);
    }

    [Fact]
    public void Should_list_its_commands_in_its_help()
    {
        // Given an empty folder
        using var folder = new SiteFolder(new Dictionary<string, string>());

        // When the installed site is asked for help
        var run = _site.Run(folder.Root, "--help");

        // Then it names itself and lists the commands
        run.ExitCode.ShouldBe(0, run.All);
        run.Out.ShouldContain("site [command] [options]");
        var commands = run.Out[run.Out.IndexOf("Commands:", StringComparison.Ordinal)..]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(' ')[0])
            .ToList();
        commands.ShouldContain("build");
        commands.ShouldContain("check");
        commands.ShouldContain("preview");
        commands.ShouldContain("new");
        commands.ShouldContain("import");
        commands.ShouldContain("add");
    }

    [Fact]
    public void Should_check_a_hand_written_site_clean_in_a_folder_outside_the_repository()
    {
        // Given a folder outside the repository with only a hand-written input/
        using var folder = new SiteFolder(HandWritten);

        // When the installed site checks it, warnings as errors
        var run = _site.Run(folder.Root, "check", "--warnings-as-errors");

        // Then it is clean and nothing is written
        run.ExitCode.ShouldBe(0, run.All);
        run.Error.ShouldContain("Checked 9 pages");
        folder.Folders().ShouldBe(["input"]);
    }

    [Fact]
    public void Should_build_the_pages_and_the_theme_assets_without_a_theme_folder()
    {
        // Given a folder with only a hand-written input/, no theme/
        using var folder = new SiteFolder(HandWritten);

        // When the installed site builds it
        var run = _site.Run(folder.Root, "build");

        // Then the pages are written, and the stylesheet and script each page links to are in the output
        run.ExitCode.ShouldBe(0, run.All);
        var parser = new HtmlParser();
        using var home = parser.ParseDocument(File.ReadAllText(folder.PathOf("output/index.html")));
        using var substance = parser.ParseDocument(File.ReadAllText(folder.PathOf("output/substances/ketamine/index.html")));
        substance.QuerySelector("h1")!.TextContent.ShouldBe("Ketamine");
        substance.QuerySelector("a[href*='references/jones-2018']").ShouldNotBeNull();
        var stylesheets = home.QuerySelectorAll("link[rel=stylesheet]").Select(link => link.GetAttribute("href")!).ToList();
        var scripts = home.QuerySelectorAll("script[src]").Select(script => script.GetAttribute("src")!).ToList();
        stylesheets.ShouldNotBeEmpty();
        scripts.ShouldNotBeEmpty();
        foreach (var asset in stylesheets.Concat(scripts))
        {
            var file = folder.PathOf(Path.Combine("output", asset.TrimStart('/')));
            File.Exists(file).ShouldBeTrue($"{asset} is linked from the home page but {file} was not written");
            new FileInfo(file).Length.ShouldBeGreaterThan(100);
        }
    }

    [Fact]
    public void Should_exit_1_and_report_a_citation_of_a_missing_reference()
    {
        // Given a hand-written site whose substance cites a key no reference has
        using var folder = new SiteFolder(HandWritten);
        folder.Write("input/substances/ketamine.md", HandWritten["input/substances/ketamine.md"].Replace("jones-2018", "jones-2019", StringComparison.Ordinal));

        // When the installed site checks it, as JSON
        var run = _site.Run(folder.Root, "check", "--format", "json");

        // Then it exits 1 with the diagnostic at the citation's line
        run.ExitCode.ShouldBe(1, run.All);
        using var json = JsonDocument.Parse(run.Out);
        var error = json.RootElement.EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        error.GetProperty("code").GetString().ShouldBe("unknown-citation");
        error.GetProperty("file").GetString().ShouldBe("input/substances/ketamine.md");
        error.GetProperty("line").GetInt32().ShouldBe(8);
        run.All.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Should_preview_a_hand_written_site_with_the_theme_assets()
    {
        // Given a folder with only a hand-written input/, and the installed site previewing it
        using var folder = new SiteFolder(HandWritten);
        using var process = _site.Start(folder.Root, "preview", "--port", "0");
        try
        {
            // When it says where it serves
            var address = await PreviewCommandTests.ReadAddressAsync(process);

            // Then it serves the home page and the stylesheet the page links to
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            var page = await client.GetStringAsync(address);
            using var home = new HtmlParser().ParseDocument(page);
            var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
            using var css = await client.GetAsync(new Uri(address, stylesheet));
            css.StatusCode.ShouldBe(HttpStatusCode.OK);
            css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    [Fact]
    public void Should_run_as_a_local_tool_from_a_tool_manifest()
    {
        // Given a hand-written site with a tool manifest, and site installed into it from the packed folder
        using var folder = new SiteFolder(HandWritten);
        Succeeds(_site.Dotnet(folder.Root, "new", "tool-manifest"));
        Succeeds(_site.Dotnet(folder.Root, "tool", "install", PackedSiteTool.PackageId, "--configfile", _site.NuGetConfig));

        // When it is run through dotnet, both ways
        var run = _site.Dotnet(folder.Root, "tool", "run", "site", "check", "--warnings-as-errors");
        var shortForm = _site.Dotnet(folder.Root, "site", "build");

        // Then it checks and builds the site, and the manifest names it
        run.ExitCode.ShouldBe(0, run.All);
        run.Error.ShouldContain("Checked 9 pages");
        shortForm.ExitCode.ShouldBe(0, shortForm.All);
        File.Exists(folder.PathOf("output/index.html")).ShouldBeTrue();
        // dotnet new writes the manifest at the folder's root since .NET 10 (.config/ before); dotnet reads either.
        var manifestFile = new[] { "dotnet-tools.json", ".config/dotnet-tools.json" }.Select(folder.PathOf).FirstOrDefault(File.Exists);
        manifestFile.ShouldNotBeNull("dotnet new tool-manifest wrote no manifest");
        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestFile));
        var tool = manifest.RootElement.GetProperty("tools").GetProperty("site.cli");
        tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()).ShouldBe(["site"]);

        // And its package went to the fixture's packages folder, not the user's
        Directory.Exists(Path.Combine(_site.Environment["NUGET_PACKAGES"], "site.cli")).ShouldBeTrue();
    }

    private static void Succeeds(CliRun run) => run.ExitCode.ShouldBe(0, run.All);
}
