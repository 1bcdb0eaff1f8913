using System.Diagnostics;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.PostProcessing;
using Site.Core.Rendering;
using Site.Core.Validation;
using Site.Core.Writing;

namespace Site.Core.Building;

/// <summary>
/// The build as a flat list of named steps: load, parse, link, validate, render, post-process,
/// validate output, write. All diagnostics are collected; the build fails once, at the end, and
/// writes nothing when it fails.
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

        var output = options.OutputDirectory is null ? null : Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory);
        if (output is not null)
        {
            var protectedFolders = (options.ProtectedDirectories ?? []).Select(p => Path.GetFullPath(p, options.WorkingDirectory));
            OutputFolder.EnsureSafe(output, input, protectedFolders);
        }

        var timings = new List<StepTiming>();
        var diagnostics = new DiagnosticBag();
        T Step<T>(string name, Func<T> run)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = run();
            timings.Add(new StepTiming(name, stopwatch.Elapsed));
            return result;
        }

        LoadResult loaded;
        try
        {
            loaded = Step("load", () => new LoadPhase().Run(input, options.WorkingDirectory, diagnostics));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteSetupException($"cannot read the input folder: {e.Message}", e);
        }

        var parsed = Step("parse", () => new ParsePhase().Run(loaded.Documents));
        var graph = Step("link", () => new LinkPhase().Run(loaded.Config, parsed, loaded.Assets));
        Step("validate", () => { new ValidatePhase().Run(graph, diagnostics); return 0; });
        var rendered = Step("render", () => new RenderPhase(theme).Run(graph));
        var site = Step("post-process", () => new PostProcessPhase().Run(rendered));
        Step("validate output", () => { new ValidatePhase().RunOnOutput(graph, site, diagnostics); return 0; });

        var policy = new SeverityPolicy(loaded.Config.Severity, options.WarningsAsErrors);
        var final = policy.Apply(diagnostics.ToSortedList());
        var failed = final.Any(d => d.Severity == DiagnosticSeverity.Error);

        var written = false;
        if (output is not null && !failed)
        {
            Step("write", () => { new WritePhase().Run(output, OutputFiles(site, graph)); return 0; });
            written = true;
        }

        return new BuildResult(final, site.Pages.Count, written, timings);
    }

    private IReadOnlyList<OutputFile> OutputFiles(RenderedSite site, SiteGraph graph)
    {
        var files = new List<OutputFile>();
        files.AddRange(site.Pages.Select(p => new OutputFile(SitePaths.OutputPathOf(p.Url), Encoding.UTF8.GetBytes(p.Html))));
        files.AddRange(theme.Assets.Select(a => new OutputFile(SitePaths.OutputPathOf(SitePaths.ThemeAssets + a.Path), a.Content)));
        files.AddRange(graph.Assets.Select(a => new OutputFile(a.RelativePath, null, a.FullPath)));
        return files;
    }
}
