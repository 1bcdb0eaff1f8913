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
}
