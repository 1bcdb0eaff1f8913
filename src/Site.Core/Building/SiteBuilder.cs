using System.Diagnostics;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.PostProcessing;
using Site.Core.Rendering;
using Site.Core.Writing;

namespace Site.Core.Building;

/// <summary>
/// <c>site build</c> and <c>site check</c>: refuse an unsafe output folder first, compile the site
/// (<see cref="SiteCompiler"/>: load, parse, link, validate, render and post-process, validate output),
/// apply the severity policy, and write only when there is no error. All diagnostics are collected;
/// the build fails once, at the end.
/// </summary>
public sealed class SiteBuilder(ISiteTheme theme)
{
    /// <summary>Builds the site; writes it only when there are no errors and an output folder is given.</summary>
    /// <exception cref="SiteSetupException">The input is missing or the output folder is unsafe or unwritable.</exception>
    public BuildResult Build(BuildOptions options)
    {
        var input = Path.GetFullPath(options.InputDirectory, options.WorkingDirectory);
        if (!Directory.Exists(input))
        {
            throw new SiteSetupException($"the input folder '{options.InputDirectory}' does not exist; run from the repository root or pass --input");
        }

        string? output = null;
        if (options.OutputDirectory is not null)
        {
            // From here on the output is where it really is: an output that is a link is written where it leads.
            var given = Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory);
            var protectedFolders = (options.ProtectedDirectories ?? []).Select(p => Path.GetFullPath(p, options.WorkingDirectory));
            output = OutputFolder.EnsureSafe(given, input, protectedFolders);
            OutputFolder.EnsureReplaceable(output, given);

            // Before anything else, even a build that will fail: a build killed while swapping may have
            // left the output aside, and killed builds leave their temporary folders.
            OutputSiblings.Recover(output);
        }

        SiteCompilation compilation;
        try
        {
            compilation = new SiteCompiler(theme, input, options.WorkingDirectory, options.Today).Compile(onStep: options.OnStep);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteSetupException($"cannot read the input folder: {e.Message}", e);
        }

        var (graph, site) = (compilation.Graph, compilation.Site);
        var timings = compilation.Timings.ToList();
        var policy = new SeverityPolicy(compilation.Config.Severity, options.WarningsAsErrors);
        var final = policy.Apply(compilation.Diagnostics);
        var failed = final.Any(d => d.Severity == DiagnosticSeverity.Error);

        var written = false;
        if (output is not null && !failed)
        {
            options.OnStep?.Invoke("write");
            var stopwatch = Stopwatch.StartNew();
            new WritePhase().Run(output, OutputFiles(compilation));
            timings.Add(new StepTiming("write", stopwatch.Elapsed));
            written = true;
        }

        return new BuildResult(final, site.Pages.Count, written, timings);
    }

    private static IReadOnlyList<OutputFile> OutputFiles(SiteCompilation compilation)
    {
        var (site, graph) = (compilation.Site, compilation.Graph);
        var files = new List<OutputFile>();
        files.AddRange(compilation.Exports.Select(e => new OutputFile(SitePaths.OutputPathOf(e.Url), e.Content)));
        files.AddRange(site.Pages.Select(p => new OutputFile(SitePaths.OutputPathOf(p.Url), p.Content)));
        files.AddRange(compilation.Assets.Files.Select(a => new OutputFile(SitePaths.OutputPathOf(a.Url), a.Content)));
        files.AddRange(graph.Assets.Select(a => new OutputFile(a.RelativePath, null, a.FullPath)));
        return files;
    }
}
