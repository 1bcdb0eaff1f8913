using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// The README's speed table: for each size (the real <c>input/</c> folder or a synthetic site of N
/// pages), the whole-process <c>site build</c> against the Markdig floor and Hugo on the same pages, and
/// the preview's edit-to-reload latency. Each corpus is generated once into a temporary folder
/// (<c>site-bench/</c> in memory, under /dev/shm, where there is one, else under the system's temp folder;
/// deleted afterwards): a virtual machine's disk, flushing hundreds of megabytes of earlier runs, made
/// the same build vary by 2-4x from run to run, which measures the disk, not the programs. Each program then runs as a
/// child process once untimed and <c>runs</c> times timed, in turn (site, floor, Hugo, site, ...) so that
/// a noisy moment on the machine falls on all three alike, each into an output folder deleted
/// beforehand, untimed.
/// Progress goes to standard error; the table, ready to paste, to standard output.
/// </summary>
/// <param name="baseline">Another build's <c>site.dll</c> (an earlier commit's, say), measured in turn with the one under test, or null.</param>
internal sealed class BenchmarkTable(string input, int runs, int edits, IReadOnlySet<string> previewSizes, string? baseline = null)
{
    private static readonly string SiteDll = BenchmarkMachine.SiteDll;

    private static readonly string Scratch = BenchmarkMachine.Scratch;

    /// <summary>Measures every size in order and prints the table.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> sizes)
    {
        if (!BenchmarkMachine.Ready())
        {
            return 2;
        }

        if (sizes.Contains("input") && !Directory.Exists(input))
        {
            Console.Error.WriteLine($"'{input}' is not a folder: run from the repository root or pass --input");
            return 2;
        }

        if (baseline is not null && !File.Exists(baseline))
        {
            Console.Error.WriteLine($"the baseline '{baseline}' does not exist: pass the site.dll of another build");
            return 2;
        }

        var hugo = HugoVersion();
        Console.Error.WriteLine(hugo is null ? "hugo is not installed: its columns will say so" : $"using {hugo}");
        var rows = new List<TableRow>();
        try
        {
            foreach (var size in sizes)
            {
                rows.Add(await MeasureAsync(size, hugo is not null));
            }
        }
        catch (InvalidOperationException e)
        {
            // A program that fails on a corpus, or a preview that never reloads: no number would mean anything.
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        Console.WriteLine(Format(rows, hugo));
        return 0;
    }

    private async Task<TableRow> MeasureAsync(string size, bool withHugo)
    {
        var pages = size == "input" ? null : SyntheticSize.Parse(size) ?? throw new FormatException($"--sizes: '{size}' is not input, N or denseN");
        var root = Path.Combine(Scratch, "site-bench", size);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        try
        {
            var corpus = Path.GetFullPath(input);
            if (pages is { } count)
            {
                Progress(size, $"generating {count.Label}");
                corpus = Path.Combine(root, "input");
                SyntheticSite.Write(corpus, count.Pages, dense: count.Dense);
            }

            var counts = CorpusCounts.Of(corpus);
            Progress(size, counts.ToString());
            var hugoSource = Path.Combine(root, "hugo");
            if (withHugo)
            {
                Progress(size, "writing the Hugo site");
                HugoSite.Write(corpus, hugoSource);
            }

            List<RunSample> site = [], old = [], floor = [], hugo = [];

            // Round 0 is not counted: it shows that all of them build these pages, leaves every measured
            // run the same warm file cache (the programs' own files included), and writes the multicore JIT
            // profile of a site build that keeps one (an IL build), which the measured runs then start from.
            for (var run = 0; run <= runs; run++)
            {
                var siteRun = Measure(root, "site", "dotnet", [SiteDll, "build", "--input", corpus, "--output", "{output}"]);
                var oldRun = baseline is null ? null : Measure(root, "baseline", "dotnet", [baseline, "build", "--input", corpus, "--output", "{output}"]);
                var floorRun = Measure(root, "floor", "dotnet", [BenchmarkMachine.BenchmarksDll, "floor", "--input", corpus, "--output", "{output}"]);
                var hugoRun = withHugo ? Measure(root, "hugo", "hugo", ["--source", hugoSource, "--destination", "{output}", "--quiet"]) : null;
                Progress(size, (run == 0 ? "warm-up" : $"run {run}/{runs}") + $": site {siteRun}" + (oldRun is null ? "" : $", baseline {oldRun}") +
                    $", floor {floorRun}" + (hugoRun is null ? "" : $", hugo {hugoRun}"));
                if (run > 0)
                {
                    site.Add(siteRun);
                    floor.Add(floorRun);
                    if (oldRun is not null)
                    {
                        old.Add(oldRun);
                    }

                    if (hugoRun is not null)
                    {
                        hugo.Add(hugoRun);
                    }
                }
            }

            PreviewLatency? preview = null;
            if (previewSizes.Contains(size))
            {
                Progress(size, $"preview latency, {edits} edits");
                preview = await PreviewLatencyBenchmark.RunAsync(corpus, null, edits);
                Progress(size, preview.ToString());
            }

            return new TableRow(pages, counts, site, floor, withHugo ? hugo : null, preview)
            {
                Baseline = baseline is null ? null : old, Sizes = SearchBudget.Sizes(Path.Combine(root, "site-out")),
            };
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// One timed run into <c>root/name-out</c>, deleted first; "{output}" in the arguments stands for that folder. Each
    /// program has its own temporary folder, <c>root/name-tmp</c>: an IL build of the site keeps its multicore JIT profile
    /// there, and two builds of it taking turns would otherwise each start from the other's.
    /// </summary>
    private static RunSample Measure(string root, string name, string command, string[] arguments)
    {
        var output = Path.Combine(root, name + "-out");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var temporary = Directory.CreateDirectory(Path.Combine(root, name + "-tmp")).FullName;
        var run = MeasuredProcess.Run(
            command, arguments.Select(a => a == "{output}" ? output : a).ToList(), root, new Dictionary<string, string> { ["TMPDIR"] = temporary });
        var stdout = run.Output;
        if (name is "site" or "baseline" && stdout.Length > 0)
        {
            // The site prints diagnostics on standard output: a corpus that is not clean is not the benchmark we mean.
            Console.Error.WriteLine($"warning: site build reported diagnostics:\n{string.Join('\n', stdout.Split('\n').Take(10))}");
        }

        return new RunSample(run.Wall.TotalMilliseconds, run.PeakBytes, run.Processor?.TotalMilliseconds ?? double.NaN);
    }

    private string Format(List<TableRow> rows, string? hugo)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Measured {BenchmarkMachine.Describe()}, {hugo ?? "hugo not installed"}; {runs} timed {(runs == 1 ? "run" : "runs")} of each build after one untimed, median (min–max)."));
        text.AppendLine();
        var old = baseline is null ? "" : " baseline build | baseline peak MiB | site/baseline |";
        text.AppendLine($"| size | pages | references | citations | site build | peak MiB |{old} floor | floor peak MiB | site/floor | Hugo | Hugo peak MiB | site/Hugo | preview median (p90) | search index MiB (share of site) | scaling |");
        text.AppendLine($"| --- | ---: | ---: | ---: | ---: | ---: |{(baseline is null ? "" : " ---: | ---: | ---: |")} ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        TableRow? previous = null;
        foreach (var row in rows)
        {
            var site = RunSummary.Of(row.Site);
            var floor = RunSummary.Of(row.Floor);
            var hugoRun = row.Hugo is null ? null : RunSummary.Of(row.Hugo);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(row.Size is { } n ? n.Label : "`input/`")} " +
                $"| {row.Counts.Pages:N0} | {row.Counts.References:N0} | {row.Counts.Citations:N0} " +
                $"| {site} | {site.PeakMiB:0} |{BaselineCells(row, site)} {floor} | {floor.PeakMiB:0} | {site.Median / floor.Median:0.00}× " +
                $"| {hugoRun?.ToString() ?? "not installed"} | {(hugoRun is null ? "–" : hugoRun.PeakMiB.ToString("0", CultureInfo.InvariantCulture))} " +
                $"| {(hugoRun is null ? "–" : (site.Median / hugoRun.Median).ToString("0.00", CultureInfo.InvariantCulture) + "×")} " +
                $"| {(row.Preview is { } p ? $"{p.Median:0.0} ms ({p.P90:0.0})" : "–")} " +
                $"| {row.Sizes.Index / 1048576.0:0.0} ({100.0 * row.Sizes.Index / Math.Max(1, row.Sizes.Site):0.0}%) " +
                $"| {Scaling(previous, row, site)} |"));
            previous = row.Size is null ? previous : row;
        }

        text.AppendLine();
        text.AppendLine($"- site build: `dotnet site.dll build --input X --output Y`, Release, the whole process, into an output folder deleted before each run (input and output in {Scratch}); " +
            $"{(SiteDll == BenchmarkMachine.BuiltSiteDll ? "the IL build, compiled by the JIT as it runs" : "published ReadyToRun for this machine, as the shipped tool is (`--baseline` with the Release build's IL site.dll measures that beside it)")}; " +
            $"peak MiB is the highest over the runs of the {MeasuredProcess.PeakMethod}, for each of the three programs.");
        if (baseline is not null)
        {
            text.AppendLine($"- baseline: `dotnet {baseline} build`, the same way, in turn with the site build (site, baseline, floor, Hugo, site, ...); " +
                "site/baseline: the ratio of the medians of the wall times, and in brackets the range of the ratios of each run's pair; then the same for the processor time (user and system, from `/usr/bin/time`), which a busy machine disturbs less. Each of the two keeps its own temporary folder (an IL build its multicore JIT profile there).");
        }

        text.AppendLine("- floor: `dotnet Site.Benchmarks.dll floor`, the whole process too: every markdown file read, its front matter dropped, its body parsed and " +
            "rendered by Markdig with pipe tables only (`new MarkdownPipelineBuilder().UsePipeTables()`) and written as one HTML file per page, in parallel per file " +
            "as the site does; no templates, links, claims or checks.");
        text.AppendLine("- Hugo: `hugo --source S --destination D --quiet` on the same pages (same front matter and bodies; citations stay text, as Hugo has none; " +
            "wiki links become plain markdown links; `:::` fences stay text) with minimal layouts (title and content, section lists, 404, sitemap, robots.txt; " +
            "no taxonomies or RSS).");
        text.AppendLine($"- preview: edit-to-reload latency in process over {edits} edits (file written to reload event received and page fetched), " +
            "after three unmeasured edits. Scaling: the site build's median against the previous synthetic row's; the design's target for 50,000 pages is at most 5.5× the 10,000-page time.");
        text.AppendLine("- search index: the bytes under search/ of the last site build's output, and their share of the whole output's bytes; " +
            "what a query loads of it is `search-budget`'s table.");
        text.AppendLine($"- pages: markdown documents (the site also writes its list pages); citations: cited keys (`[@a; @b]` is two); " +
            $"synthetic sites: `SyntheticSite`, seed {SyntheticSite.DefaultSeed}.");
        return text.ToString();
    }

    private static string BaselineCells(TableRow row, RunSummary site)
    {
        if (row.Baseline is not { } runs)
        {
            return "";
        }

        var old = RunSummary.Of(runs);
        var paired = row.Site.Zip(runs, (s, b) => s.Milliseconds / b.Milliseconds).ToList();
        var processor = row.Site.Zip(runs, (s, b) => s.ProcessorMilliseconds / b.ProcessorMilliseconds).Where(double.IsFinite).ToList();
        var cpu = processor.Count == 0
            ? ""
            : $"; processor time {Median(row.Site.Select(s => s.ProcessorMilliseconds)) / Median(runs.Select(b => b.ProcessorMilliseconds)):0.000}× ({processor.Min():0.000}–{processor.Max():0.000})";
        return string.Create(CultureInfo.InvariantCulture,
            $" {old} | {old.PeakMiB:0} | {site.Median / old.Median:0.000}× ({paired.Min():0.000}–{paired.Max():0.000}){cpu} |");
    }

    /// <summary>The median of <paramref name="values"/>: the middle one, or the mean of the two middle ones.</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Scaling(TableRow? previous, TableRow row, RunSummary site)
    {
        // Sizes scale against the previous size of the same shape only.
        if (previous is not { Size: { } was } || row.Size is not { } now || was.Dense != now.Dense)
        {
            return "–";
        }

        var ratio = site.Median / RunSummary.Of(previous.Site).Median;
        return string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}× the {was.Pages:N0}-page time for {(double)now.Pages / was.Pages:0.#}× the pages");
    }

    private static void Progress(string size, string message) => Console.Error.WriteLine($"[{size}] {message}");

    /// <summary>"hugo v0.111.3+extended", or null when there is no hugo on the PATH.</summary>
    private static string? HugoVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("hugo", "version") { RedirectStandardOutput = true, RedirectStandardError = true });
            var line = process!.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? string.Join(' ', line.Split(' ').Take(2)) : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
