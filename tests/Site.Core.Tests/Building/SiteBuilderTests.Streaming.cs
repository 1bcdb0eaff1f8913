using Site.Core.Building;
using Site.Theme;

namespace Site.Core.Tests.Building;

/// <summary>
/// Bounded memory: a build writes each page into its temporary folder as soon as it is finished, and still swaps the
/// folder in only when the whole build, the check of the finished pages' links and anchors included, has no error.
/// </summary>
public sealed partial class SiteBuilderTests
{
    [Fact]
    public void Should_have_written_every_page_into_the_temporary_folder_before_the_output_is_checked()
    {
        // Given the valid fixture site
        using var site = TestSite.FromFixture("valid/basic");

        // When it is built, and the folders beside the output are looked at as the output check starts
        string[]? pages = null;
        var result = new SiteBuilder(new RazorTheme()).Build(new BuildOptions(
            "input", "output", site.Root, Today: TestSite.Today,
            OnStep: step =>
            {
                if (step == "validate output")
                {
                    var temporary = Directory.GetDirectories(site.Root, ".output.tmp-*").ShouldHaveSingleItem();
                    pages = [.. Directory.EnumerateFiles(temporary, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temporary, f).Replace('\\', '/'))];
                }
            }));

        // Then every page was already in the temporary folder, though nothing had been swapped in, and the build then published them
        result.Written.ShouldBeTrue();
        pages.ShouldNotBeNull();
        pages.ShouldContain("substances/ketamine/index.html");
        pages.Length.ShouldBe(result.PageCount);
        Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["input", "output"]);
    }

    [Fact]
    public void Should_leave_the_previous_output_byte_for_byte_and_no_temporary_folder_when_only_the_output_check_finds_an_error()
    {
        // Given a site built once, then a link to an anchor that no page has: an error known only once every page is written
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true).Written.ShouldBeTrue();
        var before = site.Snapshot();
        var about = File.ReadAllText(Path.Combine(site.InputDirectory, "about.md"));
        site.WriteText("about.md", about.Replace("[[ketamine#dosing|dosing section]]", "[[ketamine#dosage|dosing section]]", StringComparison.Ordinal));

        // When it is built again
        var result = site.Build(output: true);

        // Then only the output check failed it, the output holds exactly what it held before, and the temporary folder the pages went to is gone
        result.Diagnostics.Select(d => d.Code).ShouldBe(["broken-anchor"]);
        result.Written.ShouldBeFalse();
        var after = site.Snapshot();
        after.Keys.ShouldBe(before.Keys);
        foreach (var (path, bytes) in before)
        {
            after[path].ShouldBe(bytes, path);
        }

        Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["input", "output"]);
    }

    [Fact]
    public void Should_stop_and_keep_the_previous_output_when_a_page_cannot_be_written_into_the_temporary_folder()
    {
        // Given a site built once, and a build whose temporary folder turns into a file as rendering starts
        using var site = TestSite.FromFixture("valid/basic");
        site.Build(output: true).Written.ShouldBeTrue();
        var before = site.Snapshot();
        var build = () => new SiteBuilder(new RazorTheme()).Build(new BuildOptions(
            "input", "output", site.Root, Today: TestSite.Today,
            OnStep: step =>
            {
                if (step == "render")
                {
                    var temporary = Directory.GetDirectories(site.Root, ".output.tmp-*").ShouldHaveSingleItem();
                    Directory.Delete(temporary, recursive: true);
                    File.WriteAllText(temporary, "in the way");
                }
            }));

        // When it is built again
        // Then the build stops with a setup problem saying the previous output was kept, and it was, byte for byte
        build.ShouldThrow<SiteSetupException>().Message.ShouldContain("cannot write the site");
        var after = site.Snapshot();
        after.Keys.ShouldBe(before.Keys);
        foreach (var (path, bytes) in before)
        {
            after[path].ShouldBe(bytes, path);
        }

        Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["input", "output"]);
    }

    [Fact]
    public void Should_check_a_site_without_writing_or_keeping_its_pages()
    {
        // Given the valid fixture site with a broken anchor
        using var site = TestSite.FromFixture("valid/basic");
        var about = File.ReadAllText(Path.Combine(site.InputDirectory, "about.md"));
        site.WriteText("about.md", about.Replace("[[ketamine#dosing|dosing section]]", "[[ketamine#dosage|dosing section]]", StringComparison.Ordinal));

        // When it is checked
        var result = site.Build(output: false);

        // Then the anchor is checked against the finished page, with the page's anchors as the hint, and nothing is written anywhere
        var anchor = result.Diagnostics.ShouldHaveSingleItem();
        anchor.Code.ShouldBe("broken-anchor");
        anchor.Hint.ShouldNotBeNull().ShouldContain("dosing");
        result.Written.ShouldBeFalse();
        Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).ShouldBe(["input"]);
    }
}
