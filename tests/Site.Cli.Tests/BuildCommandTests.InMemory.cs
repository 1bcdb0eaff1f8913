using Site.Core.Building;
using Site.Core.Linking;
using Site.Theme;

namespace Site.Cli.Tests;

/// <summary>
/// A build writes each page into its temporary folder as soon as it is finished, where preview keeps the same pages in
/// memory; both compile through one compiler, and what they make is the same, byte for byte.
/// </summary>
public sealed partial class BuildCommandTests
{
    [Fact]
    public void Should_write_the_real_site_byte_for_byte_as_preview_compiles_it_in_memory()
    {
        // Given the repository's own input/
        using var site = new SiteFolder(new Dictionary<string, string>());
        var input = Path.Combine(RepositoryRoot.Path, "input");

        // When it is built by 'site build', and compiled in memory as preview compiles it
        var run = CliRun.InProcess(site.Root, "build", "--input", input, "--output", "built");
        var compilation = new SiteCompiler(new LiquidTheme(), input, site.Root).Compile();

        // Then the build wrote every page, export and search index file the in-memory compilation holds, with the same bytes, and
        // nothing more than those, the theme's files, the input's assets and its marker
        run.ExitCode.ShouldBe(0, run.All);
        var built = site.PathOf("built");
        var expected = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var page in compilation.Site.Pages)
        {
            expected[SitePaths.OutputPathOf(page.Url)] = page.Content!;
        }

        foreach (var export in compilation.Exports.Concat(compilation.FileSets.SelectMany(s => s.Files)))
        {
            expected[SitePaths.OutputPathOf(export.Url)] = export.Content;
        }

        foreach (var (url, content) in compilation.Assets.Files)
        {
            expected[SitePaths.OutputPathOf(url)] = content;
        }

        foreach (var asset in compilation.Graph.Assets)
        {
            expected[asset.RelativePath] = File.ReadAllBytes(asset.FullPath);
        }

        expected.Count.ShouldBeGreaterThan(compilation.Site.Pages.Count);
        compilation.Site.Pages.Count.ShouldBeGreaterThanOrEqualTo(40);
        var files = Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(built, f).Replace('\\', '/'))
            .Where(f => f != ".site-output")
            .Order(StringComparer.Ordinal)
            .ToList();
        File.Exists(Path.Combine(built, ".site-output")).ShouldBeTrue();
        files.ShouldBe(expected.Keys.Order(StringComparer.Ordinal).ToList());
        foreach (var file in files)
        {
            File.ReadAllBytes(Path.Combine(built, file)).SequenceEqual(expected[file]).ShouldBeTrue($"{file} differs from the page in memory");
        }
    }
}
