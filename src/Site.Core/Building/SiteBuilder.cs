using System.Diagnostics;
using Site.Core.Diagnostics;
using Site.Core.Editions;
using Site.Core.Linking;
using Site.Core.PostProcessing;
using Site.Core.Rendering;
using Site.Core.Writing;

namespace Site.Core.Building;

/// <summary>
/// <c>site build</c> and <c>site check</c>: refuse an unsafe output folder first, hold the output's
/// <see cref="OutputLock"/> for the rest of the build (a check takes none), compile the site
/// (<see cref="SiteCompiler"/>: load, parse, link, validate, render and post-process, validate output),
/// apply the severity policy, and publish only when there is no error. Each page is written into the build's temporary
/// folder (<see cref="PendingOutput"/>) as soon as it is finished, so that memory does not grow with the site's size;
/// the folder is swapped in only when the whole build has no error, and deleted otherwise. A check writes nothing and
/// keeps no page's bytes. All diagnostics are collected; the build fails once, at the end.
/// </summary>
public sealed class SiteBuilder(ISiteTheme theme)
{
    /// <summary>Builds the site; writes it only when there are no errors and an output folder is given.</summary>
    /// <exception cref="SiteSetupException">The input is missing or the output folder is unsafe or unwritable.</exception>
    public BuildResult Build(BuildOptions options)
    {
        var input = InputFolder.RequireExisting(options.InputDirectory, options.WorkingDirectory);

        var previous = ReadPrevious(options);
        var given = options.OutputDirectory is null ? null : Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory);

        // From here on the output is where it really is: an output that is a link is written where it leads. Its place
        // is judged before anything, even its lock file, is written beside it.
        var output = given is null
            ? null
            : OutputFolder.EnsureSafe(given, input, (options.ProtectedDirectories ?? []).Append(options.Theme).OfType<string>().Select(p => Path.GetFullPath(p, options.WorkingDirectory)));

        // Held for the whole run, so that no other build writes beside the output meanwhile: what is there is either a
        // dead build's or this one's, and the output this build reports is the one it wrote. A check takes none.
        Stopwatch? waiting = null;
        using var held = output is null ? null : Hold(output, given!, options, () => waiting = Stopwatch.StartNew());
        var waited = waiting?.Elapsed;
        if (held is not null)
        {
            OutputFolder.EnsureReplaceable(held, given!);

            // Before compiling, even for a build that will fail: a build killed while swapping may have
            // left the output aside, and killed builds leave their temporary folders.
            OutputSiblings.Recover(held);
        }

        // Made before the first page is finished, since pages are written as they are; deleted unless published.
        using var pending = held is null ? null : PendingOutput.Begin(held);
        SiteCompilation compilation;
        try
        {
            compilation = new SiteCompiler(
                theme, input, options.WorkingDirectory, options.Today,
                options.Retractions is null ? null : Path.GetFullPath(options.Retractions, options.WorkingDirectory), previous,
                options.Theme is null ? null : Path.GetFullPath(options.Theme, options.WorkingDirectory))
            {
                Output = (IPageOutput?)pending ?? DroppedPages.Instance,
            }.Compile(onStep: options.OnStep);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteSetupException($"cannot read the input folder: {e.Message}", e);
        }

        var site = compilation.Site;
        var timings = compilation.Timings.ToList();
        if (waited is { } wait)
        {
            timings.Insert(0, new StepTiming("wait", wait));
        }

        var policy = new SeverityPolicy(compilation.Config.Severity, options.WarningsAsErrors);
        var final = policy.Apply(compilation.Diagnostics);
        var failed = final.Any(d => d.Severity == DiagnosticSeverity.Error);

        var written = false;
        if (pending is not null && !failed)
        {
            // The pages are written and the site's graph is all that is left in use; the index and the exports are made on
            // top of it, and without a full compaction first the garbage of the render is still there beside them: dense
            // 10,000 pages peak 1,008-1,062 MiB to 945-974 MiB, for 0.3 s. A small site's heap is not worth the collection.
            if (GC.GetGCMemoryInfo().HeapSizeBytes > CompactionWorthBytes)
            {
                var compacting = Stopwatch.StartNew();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                timings.Add(new StepTiming("compact", compacting.Elapsed));
            }

            // Made only for a build that writes: a check, or a build that failed, has no reader for it.
            options.OnStep?.Invoke("search index");
            var indexing = Stopwatch.StartNew();
            foreach (var set in compilation.FileSets)
            {
                _ = set.Files;
            }

            timings.Add(new StepTiming("search index", indexing.Elapsed));
            options.OnStep?.Invoke("write");
            var stopwatch = Stopwatch.StartNew();
            // A page that could not be written is told of here, once the content is known to have no error that explains it.
            pending.Write(OutputFiles(compilation));
            pending.Publish();
            timings.Add(new StepTiming("write", stopwatch.Elapsed));
            written = true;
        }

        return new BuildResult(final, site.Pages.Count, written, timings);
    }

    private const long CompactionWorthBytes = 256L * 1024 * 1024;

    // Read before anything else is done: a previous edition that cannot be read is a mistake in the command, not the content.
    private static Edition? ReadPrevious(BuildOptions options)
    {
        if (options.PreviousEdition is not { } path)
        {
            return null;
        }

        try
        {
            return EditionReader.Read(path, options.WorkingDirectory);
        }
        catch (EditionReadException e)
        {
            throw new SiteSetupException($"--previous: {e.Message}", e);
        }
    }

    private static OutputLock Hold(string output, string given, BuildOptions options, Action onWaiting)
    {
        if (options.WaitForOutput)
        {
            return OutputLock.Take(output, () =>
            {
                onWaiting();
                options.OnWaitingForOutput?.Invoke();
            });
        }

        return OutputLock.TryTake(output)
            ?? throw new SiteSetupException($"another build is writing to '{given}' (it holds '{OutputSiblings.LockFileOf(output)}'); wait for it to finish, or leave out --no-wait to wait for it");
    }

    // What is written once the pages are: the exports (each straight into its file), the theme's files and the input's assets.
    private static IReadOnlyList<OutputFile> OutputFiles(SiteCompilation compilation)
    {
        var files = new List<OutputFile>();
        files.AddRange(compilation.Exports.Select(e => new OutputFile(SitePaths.OutputPathOf(e.Url), e.WriteTo)));
        files.AddRange(compilation.FileSets.SelectMany(s => s.Files).Select(e => new OutputFile(SitePaths.OutputPathOf(e.Url), e.WriteTo)));
        files.AddRange(compilation.Assets.Files.Select(a => new OutputFile(SitePaths.OutputPathOf(a.Url), stream => stream.Write(a.Content))));
        files.AddRange(compilation.Graph.Assets.Select(a => new OutputFile(a.RelativePath, null, a.FullPath)));
        return files;
    }
}
