using System.Diagnostics;
using Xunit.Abstractions;

namespace Site.Cli.Tests;

/// <summary>
/// Nothing lost when a build dies: the site is written to '.output.tmp-XXXXXXXX' beside the output
/// and swapped in with two renames (the previous output goes aside to '.output.old-XXXXXXXX', then
/// is deleted). Whatever moment the process is killed at, the previous output survives, and the next
/// build finds its way back and tidies up.
/// </summary>
public sealed partial class BuildCommandTests(ITestOutputHelper log)
{
    private const int Pages = 2000;

    private const string BrokenKetamine = "---\ntitle: Ketamine\n---\n\n::: editorial\nSee [[nowhere]].\n:::\n";

    [Fact]
    public void Should_put_back_the_previous_output_that_a_build_killed_between_its_two_renames_left_aside()
    {
        // Given a site built once, then the state a build killed between its two renames leaves: no
        // output, the previous output moved aside, the new site in its temporary folder
        using var site = new SiteFolder();
        CliRun.InProcess(site.Root, "build").ExitCode.ShouldBe(0);
        var before = site.Snapshot("output");
        Directory.Move(site.PathOf("output"), site.PathOf(".output.old-0123abcd"));
        site.Write(".output.tmp-4567cdef/.site-output", "marker");
        site.Write(".output.tmp-4567cdef/index.html", "<p>the new site</p>");

        // When the next build fails on a content error
        site.Write("input/substances/ketamine.md", BrokenKetamine);
        var run = CliRun.InProcess(site.Root, "build");

        // Then it writes nothing, yet the previous output is back in place byte for byte, with nothing left beside it
        run.ExitCode.ShouldBe(1, run.All);
        site.Snapshot("output").ShouldBe(before);
        site.Folders().ShouldBe(["input", "output"]);
    }

    [Fact]
    public void Should_replace_the_previous_output_that_a_build_killed_between_its_two_renames_left_aside_when_the_next_build_succeeds()
    {
        // Given the state a build killed between its two renames leaves
        using var site = new SiteFolder();
        CliRun.InProcess(site.Root, "build").ExitCode.ShouldBe(0);
        Directory.Move(site.PathOf("output"), site.PathOf(".output.old-89abcdef"));
        site.Write(".output.tmp-01234567/.site-output", "marker");
        site.Write("input/about.md", "---\ntitle: About\n---\n\nAbout us.\n");

        // When the next build succeeds
        var run = CliRun.InProcess(site.Root, "build");

        // Then the output is the new site, and neither leftover is there any more
        run.ExitCode.ShouldBe(0, run.All);
        File.Exists(site.PathOf("output/about/index.html")).ShouldBeTrue();
        File.Exists(site.PathOf("output/.site-output")).ShouldBeTrue();
        site.Folders().ShouldBe(["input", "output"]);
    }

    [Fact]
    public void Should_remove_the_leftovers_of_killed_builds_and_nothing_else()
    {
        // Given a built site, and beside it what killed builds leave: an empty and a half-written
        // temporary folder, and a previous output killed half-way through its deletion (marker gone
        // first); and a folder of someone else's whose name only looks like them
        using var site = new SiteFolder();
        CliRun.InProcess(site.Root, "build").ExitCode.ShouldBe(0);
        var before = site.Snapshot("output");
        Directory.CreateDirectory(site.PathOf(".output.tmp-aaaaaaaa"));
        site.Write(".output.tmp-bbbbbbbb/.site-output", "marker");
        site.Write(".output.tmp-bbbbbbbb/substances/ketamine/index.html", "<p>half");
        site.Write(".output.old-cccccccc/substances/index.html", "<p>old");
        site.Write(".output.old-notes/keep.txt", "precious");

        // When the next build fails on a content error
        site.Write("input/substances/ketamine.md", BrokenKetamine);
        var run = CliRun.InProcess(site.Root, "build");

        // Then the output is untouched, the leftovers are gone, and the other folder is as it was
        run.ExitCode.ShouldBe(1, run.All);
        site.Snapshot("output").ShouldBe(before);
        site.Folders().ShouldBe([".output.old-notes", "input", "output"]);
        File.ReadAllText(site.PathOf(".output.old-notes/keep.txt")).ShouldBe("precious");
    }

    [Fact]
    public void Should_keep_the_previous_output_whenever_the_build_process_is_killed_while_writing()
    {
        // Given a site of 2,000 pages built once (the previous output), then changed
        using var site = LargeSite(Pages);
        CliRun.AsProcess(site.Root, "build").ExitCode.ShouldBe(0);
        var previous = site.Snapshot("output");
        site.Write("input/substances/s0.md", "---\ntitle: Substance 0, revised\n---\n\n## Part\n\n::: editorial\nRevised.\n:::\n");

        // How far the write has got: the share of every 50th page already in the temporary folder
        // (cheap enough to look at every millisecond, unlike counting thousands of files).
        string[] sample = [.. Enumerable.Range(0, Pages / 50).Select(i => $"substances/s{i * 50}/index.html")];
        double Written(string? temporary) => temporary is null ? 0 : sample.Count(page => File.Exists(Path.Combine(temporary, page))) / (double)sample.Length;
        (string Name, Func<string?, string?, bool> Reached, bool MayHaveSwapped)[] moments =
        [
            ("its temporary folder appears", (temporary, _) => temporary is not null, false),
            // A tenth, not half: pages are written in parallel as they are rendered, and the rest of them and the swap
            // can be done in the few milliseconds between seeing half of them and the kill landing.
            ("a tenth of its pages are written", (temporary, _) => Written(temporary) >= 0.1, false),
            ("all its pages are written", (temporary, _) => Written(temporary) >= 1, true),
            ("the previous output is moved aside", (_, aside) => aside is not null, true),
        ];

        // When the build of the changed site is killed (SIGKILL) at each moment in turn
        var kills = new List<(string Seen, bool MayHaveSwapped, IReadOnlyList<string> Before, IReadOnlyList<string>? Output, IReadOnlyList<string>? Aside)>();
        foreach (var (name, reached, mayHaveSwapped) in moments)
        {
            var before = site.Snapshot("output");
            var (temporary, aside) = KillBuildWhen(site, name, reached);
            var output = Directory.Exists(site.PathOf("output")) ? site.Snapshot("output") : null;
            var besides = string.Join(", ", site.Folders().Where(n => n.StartsWith(".output.", StringComparison.Ordinal)));
            var seen = $"killed when {name} (temporary folder seen: {temporary is not null}, output aside seen: {aside is not null}); beside the output: [{besides}]";
            kills.Add((seen, mayHaveSwapped, before, output, output is null && aside is not null ? site.Snapshot(Path.GetFileName(aside)) : null));
        }

        // And the changed site is then built to the end
        var run = CliRun.AsProcess(site.Root, "build");

        // Then that build succeeds, and leaves no leftover beside the output
        run.ExitCode.ShouldBe(0, run.All);
        site.Folders().ShouldBe(["input", "output"]);
        var next = site.Snapshot("output");
        next.SequenceEqual(previous).ShouldBeFalse("the change did not change the site");

        // And after each kill the output was, byte for byte, what it was before that build; only once every
        // page was written could it be the whole new site instead, or be missing with the old one whole aside
        foreach (var (seen, mayHaveSwapped, before, output, aside) in kills)
        {
            var found = output is null ? (aside is not null && aside.SequenceEqual(before) ? "missing, as it was aside" : "missing")
                : output.SequenceEqual(before) ? "as it was" : output.SequenceEqual(next) ? "the new site" : "neither";
            log.WriteLine($"{seen}: output {found}{(before.SequenceEqual(previous) ? string.Empty : " (it was the new site already)")}");
            found.ShouldBeOneOf(mayHaveSwapped ? ["as it was", "the new site", "missing, as it was aside"] : ["as it was"], seen);
        }

        kills[0].Before.SequenceEqual(previous).ShouldBeTrue("the first kill did not start from the previous site");
    }

    // Starts 'site build' and kills the whole process tree once the moment is reached; returns the build's
    // own temporary and aside folders as last seen (leftovers of earlier kills are not counted as its own).
    private static (string? Temporary, string? Aside) KillBuildWhen(SiteFolder site, string moment, Func<string?, string?, bool> reached)
    {
        var earlier = Directory.GetDirectories(site.Root).ToHashSet(StringComparer.Ordinal);
        string? Sibling(string kind) => Directory.GetDirectories(site.Root, $".output.{kind}-*").FirstOrDefault(d => !earlier.Contains(d));

        using var process = CliRun.Start(site.Root, "build");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                var (temporary, aside) = (Sibling("tmp"), Sibling("old"));
                if (reached(temporary, aside))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    return (temporary, aside);
                }

                if (process.HasExited || deadline.Elapsed > TimeSpan.FromMinutes(1))
                {
                    var outcome = process.HasExited ? $"exited with {process.ExitCode}" : "took too long";
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    throw new ShouldAssertException($"the build was not killed when {moment}: it {outcome}\n{stdout.Result}{stderr.Result}");
                }

                Thread.Sleep(1);
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
    }

    // Substances that link in a ring; editorial prose, so no claim needs a reference.
    private static SiteFolder LargeSite(int pages)
    {
        var site = new SiteFolder();
        for (var i = 0; i < pages; i++)
        {
            site.Write(
                $"input/substances/s{i}.md",
                $"---\ntitle: Substance {i}\nsummary: Summary of substance {i}.\n---\n\n## Part\n\n::: editorial\nText about substance {i}, long enough to be a paragraph of a page. See [[s{(i + 1) % pages}#part]].\n:::\n");
        }

        return site;
    }
}
