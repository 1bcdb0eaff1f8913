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
        var build = () => new SiteBuilder(new LiquidTheme()).Build(options);

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

    // Output names at or near the file system's limit of 255 bytes a name, in one- to four-byte characters.
    public static TheoryData<string> LongOutputNames() =>
    [
        new string('a', 250),
        new string('b', 255),
        string.Concat(Enumerable.Repeat("\u20ac", 85)),
        string.Concat(Enumerable.Repeat("\U0001F9EA", 63)),
    ];

    [Theory]
    [MemberData(nameof(LongOutputNames))]
    public void Should_build_and_rebuild_into_an_output_whose_name_is_near_the_file_systems_limit(string name)
    {
        // Given the valid fixture site and an output folder whose name is as long as a name can be, or nearly
        using var site = TestSite.FromFixture("valid/basic");

        // When it is built into it twice, the second build swapping the first aside
        var first = site.BuildInto(name);
        site.WriteText("extra.md", "---\ntitle: Extra\n---\n\nA new page.\n");
        var second = site.BuildInto(name);

        // Then both builds write the whole site, and nothing is left beside the output
        first.Written.ShouldBeTrue();
        second.Written.ShouldBeTrue();
        File.Exists(site.FileOf("/", name)).ShouldBeTrue();
        File.Exists(site.FileOf("/extra/", name)).ShouldBeTrue();
        File.Exists(Path.Combine(site.Root, name, OutputFolder.MarkerFileName)).ShouldBeTrue();
        Directory.GetDirectories(site.Root).Select(Path.GetFileName).ShouldBe(["input", name], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(LongOutputNames))]
    public void Should_recover_what_a_killed_build_left_beside_an_output_with_a_long_name(string name)
    {
        // Given a site built into a long-named folder, then what a build killed between its two renames leaves:
        // the output moved aside, a new site in its temporary folder
        using var site = TestSite.FromFixture("valid/basic");
        site.BuildInto(name).Written.ShouldBeTrue();
        var output = Path.Combine(site.Root, name);
        var before = site.Snapshot(name);
        var (temporary, previous) = OutputSiblings.Create(output);
        Directory.Move(output, previous);
        Directory.CreateDirectory(temporary);
        File.WriteAllText(Path.Combine(temporary, OutputFolder.MarkerFileName), OutputFolder.MarkerText);

        // When the next build fails on a content error
        site.WriteText("extra.md", "---\ntitle: Extra\n---\n\nSee [[nowhere]].\n");
        var result = site.BuildInto(name);

        // Then the previous output is back in place byte for byte, and neither leftover is there any more
        result.Written.ShouldBeFalse();
        site.Snapshot(name).Keys.ShouldBe(before.Keys);
        Directory.GetDirectories(site.Root).Select(Path.GetFileName).ShouldBe(["input", name], ignoreOrder: true);
    }

    [Fact]
    public void Should_leave_the_leftovers_of_another_long_named_output_that_starts_the_same()
    {
        // Given two outputs whose 250-character names differ only in their last character, and a temporary folder
        // left by a killed build of the second
        using var site = TestSite.FromFixture("valid/basic");
        var (one, other) = (new string('n', 249) + "1", new string('n', 249) + "2");
        var (leftover, _) = OutputSiblings.Create(Path.Combine(site.Root, other));
        Directory.CreateDirectory(leftover);

        // When the first is built, and then the second
        site.BuildInto(one).Written.ShouldBeTrue();
        var afterFirst = Directory.Exists(leftover);
        site.BuildInto(other).Written.ShouldBeTrue();

        // Then the first build leaves the second's leftover alone, and the second's own build removes it
        afterFirst.ShouldBeTrue();
        Directory.GetDirectories(site.Root).Select(Path.GetFileName).ShouldBe(["input", one, other], ignoreOrder: true);
    }

    [Fact]
    public void Should_refuse_to_build_without_waiting_while_another_build_holds_the_output()
    {
        // Given a site whose output's lock is held, as by another build
        using var site = TestSite.FromFixture("valid/basic");
        using var held = OutputLock.TryTake(site.OutputDirectory).ShouldNotBeNull();

        // When it is built without waiting
        var build = () => new SiteBuilder(new LiquidTheme()).Build(new BuildOptions("input", "output", site.Root, Today: TestSite.Today, WaitForOutput: false));

        // Then the build refuses, naming the lock, and writes nothing
        build.ShouldThrow<SiteSetupException>().Message.ShouldBe(
            $"another build is writing to '{site.OutputDirectory}' (it holds '{Path.Combine(site.Root, ".output.lock")}'); wait for it to finish, or leave out --no-wait to wait for it");
        Directory.Exists(site.OutputDirectory).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_wait_for_another_build_of_the_same_output_and_then_write_it()
    {
        // Given a site whose output's lock is held, and beside it the temporary folder of the build holding it
        using var site = TestSite.FromFixture("valid/basic");
        var held = OutputLock.TryTake(site.OutputDirectory).ShouldNotBeNull();
        var (temporary, _) = OutputSiblings.Create(site.OutputDirectory);
        Directory.CreateDirectory(temporary);
        var said = 0;

        // When it is built
        var options = new BuildOptions("input", "output", site.Root, Today: TestSite.Today, OnWaitingForOutput: () => Interlocked.Increment(ref said));
        var build = Task.Run(() => new SiteBuilder(new LiquidTheme()).Build(options));
        SpinWait.SpinUntil(() => Volatile.Read(ref said) > 0, TimeSpan.FromSeconds(30)).ShouldBeTrue();
        await Task.Delay(300);
        var whileHeld = (build.IsCompleted, Directory.Exists(temporary), Directory.Exists(site.OutputDirectory));
        held.Dispose();
        var result = await build.WaitAsync(TimeSpan.FromMinutes(1));

        // Then, while the lock is held, it waits, having said so once, and touches nothing beside the output
        whileHeld.ShouldBe((false, true, false));
        said.ShouldBe(1);

        // And once the lock is let go it writes the site, removes the folder of the build that is gone, and times its wait
        result.Written.ShouldBeTrue();
        File.Exists(site.FileOf("/")).ShouldBeTrue();
        Directory.Exists(temporary).ShouldBeFalse();
        result.Timings[0].Step.ShouldBe("wait");
    }

    [Fact]
    public async Task Should_check_without_taking_the_output_lock()
    {
        // Given a site whose output's lock is held
        using var site = TestSite.FromFixture("valid/basic");
        using var held = OutputLock.TryTake(site.OutputDirectory).ShouldNotBeNull();

        // When it is checked, writing nothing
        var check = await site.BuildWithin(TimeSpan.FromMinutes(1));

        // Then the check does not wait for the lock
        check.Diagnostics.ShouldBeEmpty();
    }
}
