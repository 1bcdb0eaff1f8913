using System.Diagnostics;

namespace Site.Cli.Tests;

/// <summary>
/// Two builds into one output: a build holds an operating-system lock on '.output.lock' beside the output for its
/// whole run, so a second build waits for it (saying so) or, with --no-wait, exits 2; the folders a build finds
/// beside the output while it holds the lock are a dead build's, never a running one's.
/// </summary>
public sealed partial class BuildCommandTests
{
    private const int ConcurrentPages = 5000;
    private const string Waiting = "site: waiting for another build of 'output' to finish...";

    [Fact]
    public void Should_exit_2_with_no_wait_while_another_process_holds_the_outputs_lock()
    {
        // Given a site, and this test process holding the lock beside its output as a running build would
        using var site = new SiteFolder();
        using var held = HoldLock(site.PathOf(".output.lock"));

        // When 'site build --no-wait' is run as its own process
        var run = CliRun.AsProcess(site.Root, "build", "--no-wait");

        // Then it exits 2 at once, saying what holds the output and what to do, and writes nothing
        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain($"site: another build is writing to '{site.PathOf("output")}' (it holds '{site.PathOf(".output.lock")}'); wait for it to finish, or leave out --no-wait to wait for it");
        run.All.ShouldNotContain("   at ");
        Directory.Exists(site.PathOf("output")).ShouldBeFalse();

        // And once the lock is let go, the same command builds, leaving the lock file beside the output, not in it
        held.Dispose();
        var next = CliRun.AsProcess(site.Root, "build", "--no-wait");
        next.ExitCode.ShouldBe(0, next.All);
        File.Exists(site.PathOf("output/index.html")).ShouldBeTrue();
        File.Exists(site.PathOf(".output.lock")).ShouldBeTrue();
        site.Snapshot("output").ShouldAllBe(entry => !entry.Contains(".lock", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_wait_while_another_process_holds_the_outputs_lock_and_leave_its_temporary_folder_alone()
    {
        // Given a site, this test process holding the output's lock, and the temporary folder of the build that holds it
        using var site = new SiteFolder();
        using var held = HoldLock(site.PathOf(".output.lock"));
        site.Write(".output.tmp-0123abcd/.site-output", "marker");
        site.Write(".output.tmp-0123abcd/index.html", "<p>being written</p>");

        // When 'site build' is started as its own process, with standard error not a terminal
        using var build = RunningSite.Start(site.Root, "build");

        // Then it says it is waiting, and, while it waits, it neither writes nor removes the folder being written
        build.WaitForError(Waiting, TimeSpan.FromMinutes(1)).ShouldBeTrue(build.ErrorSoFar);
        Thread.Sleep(500);
        build.HasExited.ShouldBeFalse(build.ErrorSoFar);
        File.ReadAllText(site.PathOf(".output.tmp-0123abcd/index.html")).ShouldBe("<p>being written</p>");
        Directory.Exists(site.PathOf("output")).ShouldBeFalse();

        // And once the lock is let go, it builds: the folder whose owner is gone is removed, the output is the site
        held.Dispose();
        var run = build.Finish();
        run.ExitCode.ShouldBe(0, run.All);
        run.Error.ShouldContain("Built");
        File.Exists(site.PathOf("output/index.html")).ShouldBeTrue();
        site.Folders().ShouldBe(["input", "output"]);
    }

    [Fact]
    public void Should_check_without_waiting_for_a_build_that_holds_the_lock()
    {
        // Given a site whose output's lock is held
        using var site = new SiteFolder();
        using var held = HoldLock(site.PathOf(".output.lock"));

        // When it is checked, which writes no output
        var run = CliRun.AsProcess(site.Root, "check");

        // Then the check runs at once and succeeds
        run.ExitCode.ShouldBe(0, run.All);
        run.Error.ShouldNotContain("waiting");
        run.Error.ShouldContain("Checked");
    }

    [Fact]
    public void Should_make_a_second_build_wait_for_the_first_and_a_third_with_no_wait_exit_2_and_report_only_whole_outputs()
    {
        // Given a site large enough that writing it takes a good part of a second
        using var site = LargeSite(ConcurrentPages);

        // When a build is started, and a second build of the same output once the first is writing its temporary folder
        var clock = Stopwatch.StartNew();
        using var first = RunningSite.Start(site.Root, "build");
        WaitForTemporaryFolder(site, first);
        var writing = clock.Elapsed;
        using var second = RunningSite.Start(site.Root, "build");

        // Then the second says it is waiting for the first
        second.WaitForError(Waiting, TimeSpan.FromMinutes(1)).ShouldBeTrue($"first exited: {first.HasExited}\n{second.ErrorSoFar}");
        var waiting = clock.Elapsed;

        // And a third, with --no-wait, exits 2 meanwhile, saying another build is writing to the output
        var third = CliRun.AsProcess(site.Root, "build", "--no-wait");
        third.ExitCode.ShouldBe(2, third.All);
        third.Error.ShouldContain($"site: another build is writing to '{site.PathOf("output")}'");

        // And the first succeeds, and the output it reports is whole when it exits
        var one = first.Finish();
        var firstDone = clock.Elapsed;
        one.ExitCode.ShouldBe(0, one.All);
        one.Error.ShouldContain("pages into 'output'");
        MissingPages(site).ShouldBeEmpty();

        // And the second then succeeds too, over a whole output, leaving nothing beside it
        var two = second.Finish();
        two.ExitCode.ShouldBe(0, two.All);
        two.Error.ShouldContain("pages into 'output'");
        MissingPages(site).ShouldBeEmpty();
        site.Folders().ShouldBe(["input", "output"]);
        log.WriteLine($"first writing at {writing.TotalMilliseconds:0} ms, second waiting at {waiting.TotalMilliseconds:0} ms, first done at {firstDone.TotalMilliseconds:0} ms, second done at {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    // The lock as any other process would hold it: .NET's FileShare.None is an exclusive flock on Unix.
    private static FileStream HoldLock(string path) => new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

    private static void WaitForTemporaryFolder(SiteFolder site, RunningSite build)
    {
        var clock = Stopwatch.StartNew();
        while (Directory.GetDirectories(site.Root, ".output.tmp-*").Length == 0)
        {
            if (build.HasExited || clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new ShouldAssertException($"the first build never wrote a temporary folder (exited: {build.HasExited})\n{build.ErrorSoFar}");
            }

            Thread.Sleep(1);
        }
    }

    // The home page and every substance's page that the output lacks.
    private static IReadOnlyList<string> MissingPages(SiteFolder site) =>
        [.. Enumerable.Range(0, ConcurrentPages).Select(i => $"output/substances/s{i}/index.html").Prepend("output/index.html").Where(page => !File.Exists(site.PathOf(page)))];
}
