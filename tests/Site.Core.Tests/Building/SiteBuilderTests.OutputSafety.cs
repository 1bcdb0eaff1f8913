using Site.Core.Building;
using Site.Core.Writing;
using Site.Theme;

namespace Site.Core.Tests.Building;

/// <summary>Nothing lost: a failed build writes nothing, and unsafe output folders are refused.</summary>
public sealed partial class SiteBuilderTests
{
    [Fact]
    public void Should_leave_the_previous_output_untouched_when_a_build_fails()
    {
        // Given a site built once, and then a content error
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true).Written.ShouldBeTrue();
        var before = site.Snapshot();
        site.WriteText("substances/ketamine.md", "---\ntitle: Ketamine\nsumary: typo\n---\n\n## Dosing\n\nSee [[nowhere]] [@jones-2018].\n");

        // When it is built again
        var result = site.Build(output: true);

        // Then the build fails, and the output folder holds exactly what it held before
        result.HasErrors.ShouldBeTrue();
        result.Written.ShouldBeFalse();
        result.Diagnostics.Select(d => d.Code).ShouldBe(["unknown-field", "broken-link"]);
        var after = site.Snapshot();
        after.Keys.ShouldBe(before.Keys);
        foreach (var (path, bytes) in before)
        {
            after[path].ShouldBe(bytes, path);
        }

        Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["input", "output"]);
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/")]
    [InlineData(".")]
    [InlineData("input/public")]
    [InlineData("input/substances")]
    public void Should_refuse_an_output_folder_that_is_contains_or_is_inside_the_input(string output)
    {
        // Given the valid fixture site
        using var site = TestSite.FromFixture("valid/basic");
        var before = site.Snapshot("input");

        // When it is built into the input, a folder holding the input, or a folder inside it
        var build = () => site.BuildInto(output);

        // Then the build refuses, and the input is as it was
        build.ShouldThrow<SiteSetupException>().Message.ShouldContain("refusing to write");
        site.Snapshot("input").Keys.ShouldBe(before.Keys);
        Directory.Exists(Path.Combine(site.InputDirectory, "public")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_a_non_empty_folder_it_did_not_create()
    {
        // Given an output folder that holds someone's file and no marker
        using var site = TestSite.FromFixture("valid/basic");
        Directory.CreateDirectory(site.OutputDirectory);
        var notes = Path.Combine(site.OutputDirectory, "notes.txt");
        File.WriteAllText(notes, "precious");

        // When the site is built into it
        var build = () => site.Build(output: true);

        // Then the build refuses and the file survives
        build.ShouldThrow<SiteSetupException>().Message.ShouldContain("not empty");
        File.ReadAllText(notes).ShouldBe("precious");
    }

    [Fact]
    public void Should_build_into_an_empty_folder_it_did_not_create()
    {
        // Given an empty output folder
        using var site = TestSite.FromFixture("valid/basic");
        Directory.CreateDirectory(site.OutputDirectory);

        // When the site is built into it
        var result = site.Build(output: true);

        // Then the site is written and the folder is marked as the build's own
        result.Written.ShouldBeTrue();
        File.Exists(Path.Combine(site.OutputDirectory, OutputFolder.MarkerFileName)).ShouldBeTrue();
        File.Exists(site.FileOf("/")).ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_an_output_folder_that_is_a_protected_folder()
    {
        // Given a theme folder the output may never replace
        using var site = TestSite.FromFixture("valid/basic");
        var theme = Path.Combine(site.Root, "theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "site.css"), "body {}");
        var options = new BuildOptions("input", "theme", site.Root, ProtectedDirectories: ["theme"]);

        // When the site is built into it
        var build = () => new SiteBuilder(new RazorTheme()).Build(options);

        // Then the build refuses and the theme survives
        build.ShouldThrow<SiteSetupException>();
        File.ReadAllText(Path.Combine(theme, "site.css")).ShouldBe("body {}");
    }

    [Fact]
    public void Should_replace_its_own_previous_output_on_the_next_build()
    {
        // Given a site built once with an extra page, and then that page removed from the input
        using var site = TestSite.FromFixture("valid/basic");
        site.WriteText("extra.md", "---\ntitle: Extra\n---\n\nSoon gone.\n");
        site.Build(output: true).Written.ShouldBeTrue();
        File.Exists(site.FileOf("/extra/")).ShouldBeTrue();
        File.Delete(Path.Combine(site.InputDirectory, "extra.md"));

        // When it is built into the same folder again
        var result = site.Build(output: true);

        // Then the build succeeds and the output is the new site only, with no temporary folders left
        result.Written.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
        File.Exists(site.FileOf("/extra/")).ShouldBeFalse();
        File.Exists(site.FileOf("/substances/ketamine/")).ShouldBeTrue();
        Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["input", "output"]);
    }
}
