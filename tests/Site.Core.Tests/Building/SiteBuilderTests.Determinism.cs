namespace Site.Core.Tests.Building;

/// <summary>Reproducible output: the same input gives the same bytes.</summary>
public sealed partial class SiteBuilderTests
{
    [Fact]
    public void Should_write_byte_identical_output_when_the_same_site_is_built_twice()
    {
        // Given the valid fixture site
        using var site = TestSite.FromFixture("valid/basic");

        // When it is built twice, into two folders
        site.BuildInto("first").Written.ShouldBeTrue();
        site.BuildInto("second").Written.ShouldBeTrue();

        // Then both hold the same files with the same bytes
        var first = site.Snapshot("first");
        var second = site.Snapshot("second");
        second.Keys.ShouldBe(first.Keys);
        first.Count.ShouldBeGreaterThan(10);
        foreach (var (path, bytes) in first)
        {
            second[path].ShouldBe(bytes, path);
        }
    }

    [Fact]
    public async Task Should_write_byte_identical_output_whatever_order_the_file_system_lists_the_files_in()
    {
        // Given the citations fixture written twice on a tmpfs, which lists a folder's entries newest first: once file by
        // file in ordinal order, once in the reverse order, folders included
        Directory.Exists(Tmpfs).ShouldBeTrue($"a tmpfs at {Tmpfs}, where the order files are created in is the order they are listed in");
        var source = Path.Combine(FixtureSites.PathOf("valid/citations"), "input");
        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(f => KeyValuePair.Create(Path.GetRelativePath(source, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToArray();
        using var forward = TestSite.WriteIn(Tmpfs, files);
        using var backward = TestSite.WriteIn(Tmpfs, files.Reverse());
        var listedForward = Listing(forward.InputDirectory);
        var listedBackward = Listing(backward.InputDirectory);
        listedBackward.Order(StringComparer.Ordinal).ShouldBe(listedForward.Order(StringComparer.Ordinal));
        listedBackward.ShouldNotBe(listedForward, "the file system lists the two copies in different orders");

        // When both are built
        var forwardResult = await forward.BuildWithin(SmallInputLimit, output: true);
        var backwardResult = await backward.BuildWithin(SmallInputLimit, output: true);

        // Then both write the same files with the same bytes, and report the same diagnostics
        forwardResult.Written.ShouldBeTrue();
        backwardResult.Diagnostics.Select(DiagnosticLine.Of).ShouldBe(forwardResult.Diagnostics.Select(DiagnosticLine.Of));
        var expected = forward.Snapshot();
        var actual = backward.Snapshot();
        expected.Count.ShouldBeGreaterThan(15);
        actual.Keys.ShouldBe(expected.Keys);
        foreach (var (path, bytes) in expected)
        {
            actual[path].ShouldBe(bytes, path);
        }
    }

    private const string Tmpfs = "/dev/shm";

    // Every file and folder under a folder, in the order the file system lists them.
    private static string[] Listing(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(folder, e))];
}
