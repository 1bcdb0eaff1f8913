namespace Site.Cli.Tests;

/// <summary>
/// Output paths that are not what they look like: a folder reached through a symbolic link is judged, locked and
/// written where it really is.
/// </summary>
public sealed partial class BuildCommandTests
{
    [Theory]
    [InlineData("assets-link", "input/assets", "assets-link/out", "it is inside the input folder", "input")]
    [InlineData("input-link", "input", "input-link/public", "it is inside the input folder", "input")]
    [InlineData("here", ".", "here", "it is or contains", "input")]
    [InlineData("theme-link", "theme", "theme-link", "it is or contains", "theme")]
    public void Should_refuse_an_output_that_is_protected_once_its_links_are_followed(string link, string target, string output, string reason, string protectedFolder)
    {
        // Given a site with an asset and a theme folder, and a symbolic link to a protected folder (or the working directory)
        using var site = new SiteFolder();
        site.Write("input/assets/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.Write("theme/keep.txt", "theme source");
        Directory.CreateSymbolicLink(site.PathOf(link), Path.GetFullPath(target, site.Root));
        var inputBefore = site.Snapshot("input");

        // When the output is a folder reached through that link
        var run = CliRun.InProcess(site.Root, "build", "--output", output);

        // Then it refuses with exit 2, naming the path given, where it really leads and the folder it protects, and nothing is written
        run.ExitCode.ShouldBe(2, run.All);
        var real = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(target, Path.GetRelativePath(link, output)), site.Root));
        run.Error.ShouldContain($"refusing to write to '{site.PathOf(output)}' (really '{real}'): {reason} '{site.PathOf(protectedFolder)}'");
        run.All.ShouldNotContain("   at ");
        site.Snapshot("input").ShouldBe(inputBefore);
        File.ReadAllText(site.PathOf("theme/keep.txt")).ShouldBe("theme source");
    }

    [Fact]
    public void Should_refuse_an_output_inside_the_input_when_the_input_is_given_through_a_link()
    {
        // Given the input folder named through a symbolic link
        using var site = new SiteFolder();
        Directory.CreateSymbolicLink(site.PathOf("content"), site.PathOf("input"));
        var inputBefore = site.Snapshot("input");

        // When the output is a folder inside the real input
        var run = CliRun.InProcess(site.Root, "build", "--input", "content", "--output", "input/public");

        // Then it refuses with exit 2 and writes nothing into the input
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain($"refusing to write to '{site.PathOf("input/public")}': it is inside the input folder '{site.PathOf("content")}' (really '{site.PathOf("input")}')");
        site.Snapshot("input").ShouldBe(inputBefore);
    }

    [Fact]
    public void Should_build_through_an_output_that_is_a_link_and_keep_the_link()
    {
        // Given a site built into www/site, and 'output' a symbolic link to that folder
        using var site = new SiteFolder();
        CliRun.InProcess(site.Root, "build", "--output", "www/site").ExitCode.ShouldBe(0);
        Directory.CreateSymbolicLink(site.PathOf("output"), site.PathOf("www/site"));
        site.Write("input/about.md", "---\ntitle: About\n---\n\nAbout us.\n");

        // When the changed site is built into the link
        var run = CliRun.InProcess(site.Root, "build");

        // Then it succeeds, the link is still the same link, and the folder it leads to is the new site, marked as the build's own
        run.ExitCode.ShouldBe(0, run.All);
        new DirectoryInfo(site.PathOf("output")).LinkTarget.ShouldBe(site.PathOf("www/site"));
        File.Exists(site.PathOf("www/site/about/index.html")).ShouldBeTrue();
        File.Exists(site.PathOf("www/site/index.html")).ShouldBeTrue();
        File.Exists(site.PathOf("www/site/.site-output")).ShouldBeTrue();
        site.Snapshot("output").ShouldBe(site.Snapshot("www/site"));

        // And nothing is left beside the link or beside the folder it leads to
        Directory.GetDirectories(site.PathOf("www")).Select(Path.GetFileName).ShouldBe(["site"]);
        site.Folders().ShouldBe(["input", "output", "www"]);
    }

    [Fact]
    public void Should_build_through_a_link_to_an_empty_folder()
    {
        // Given 'output' a symbolic link to an empty folder
        using var site = new SiteFolder();
        Directory.CreateDirectory(site.PathOf("www/site"));
        Directory.CreateSymbolicLink(site.PathOf("output"), site.PathOf("www/site"));

        // When the site is built
        var run = CliRun.InProcess(site.Root, "build");

        // Then the site is written into the folder the link leads to, and the link stays
        run.ExitCode.ShouldBe(0, run.All);
        new DirectoryInfo(site.PathOf("output")).LinkTarget.ShouldBe(site.PathOf("www/site"));
        File.Exists(site.PathOf("www/site/index.html")).ShouldBeTrue();
        File.Exists(site.PathOf("www/site/.site-output")).ShouldBeTrue();
    }

    [Fact]
    public void Should_build_through_a_link_to_a_folder_that_does_not_exist_yet()
    {
        // Given 'output' a symbolic link, relative to its own folder, to a folder not made yet
        using var site = new SiteFolder();
        Directory.CreateSymbolicLink(site.PathOf("output"), "www/site");

        // When the site is built
        var run = CliRun.InProcess(site.Root, "build");

        // Then the folder is made where the link leads, holding the site, and the link is as it was
        run.ExitCode.ShouldBe(0, run.All);
        new DirectoryInfo(site.PathOf("output")).LinkTarget.ShouldBe("www/site");
        File.Exists(site.PathOf("www/site/index.html")).ShouldBeTrue();
        File.Exists(site.PathOf("www/site/.site-output")).ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_an_output_whose_links_loop()
    {
        // Given 'output' a symbolic link to itself
        using var site = new SiteFolder();
        Directory.CreateSymbolicLink(site.PathOf("output"), "output");

        // When the site is built
        var run = CliRun.InProcess(site.Root, "build");

        // Then it refuses with exit 2, saying what to do, and the link is as it was
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain($"site: the output path '{site.PathOf("output")}' cannot be followed to a folder: its symbolic links loop; point them at a folder, or pass the real folder with --output");
        run.All.ShouldNotContain("   at ");
        new FileInfo(site.PathOf("output")).LinkTarget.ShouldBe("output");
        Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["input", "output"]);
    }
}
