using System.Diagnostics;
using System.Globalization;
using System.Text;
using Site.Core.Building;
using Site.Theme;

namespace Site.Benchmarks;

/// <summary>
/// Where an edit's rebuild spends its time: the compiler preview keeps, given one edited page again and again, step by
/// step (load, parse, link, validate, select, render, validate output, export), without the server, the watcher or the
/// reload. Medians of <c>runs</c> edits after three unmeasured ones. Read beside <c>preview-latency</c>, which measures
/// the whole of edit-to-reload.
/// </summary>
internal static class EditStepsBenchmark
{
    /// <summary>Compiles a copy of <paramref name="input"/> (or a synthetic site of <paramref name="pages"/> documents), then measures <paramref name="runs"/> edits.</summary>
    public static string Run(string input, int? pages, int runs, bool dense)
    {
        var root = Path.Combine(BenchmarkMachine.Scratch, "site-edit-steps", Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(root, "input");
        try
        {
            if (pages is { } count)
            {
                SyntheticSite.Write(copy, count, dense: dense);
            }
            else
            {
                PreviewLatencyBenchmark.CopyFolder(Path.GetFullPath(input), copy);
            }

            var target = Directory.EnumerateFiles(Path.Combine(copy, "substances"), "*.md").Order(StringComparer.Ordinal).First();
            var original = File.ReadAllText(target);
            var compiler = new SiteCompiler(new LiquidTheme(), copy, root);
            var first = Stopwatch.StartNew();
            compiler.Compile();
            var firstBuild = first.Elapsed;

            var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var totals = new List<double>();
            var rendered = 0;
            for (var run = 0; run < runs + 3; run++)
            {
                // The same edit preview-latency makes: a new claim citing a work the page already cites.
                File.WriteAllText(target, original + "\nEdit " + run.ToString(CultureInfo.InvariantCulture) + " " + PreviewLatencyBenchmark.CitationIn(original) + ".\n");
                var stopwatch = Stopwatch.StartNew();
                var compilation = compiler.Compile(new HashSet<string>(StringComparer.Ordinal) { Path.GetRelativePath(copy, target).Replace('\\', '/') }, namedOnly: true);
                stopwatch.Stop();
                if (run < 3)
                {
                    continue;
                }

                totals.Add(stopwatch.Elapsed.TotalMilliseconds);
                rendered = compilation.RenderedUrls.Count;
                foreach (var step in compilation.Timings)
                {
                    (steps.TryGetValue(step.Step, out var list) ? list : steps[step.Step] = []).Add(step.Elapsed.TotalMilliseconds);
                }
            }

            var documents = Directory.EnumerateFiles(copy, "*.md", SearchOption.AllDirectories).Count();
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"edit steps, {documents} documents, {runs} edits (first compile {firstBuild.TotalMilliseconds:F0} ms; {rendered} pages rendered an edit), medians:");
            foreach (var (step, values) in steps)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {step,-16} {BenchmarkTable.Median(values),9:F1} ms");
            }

            text.Append(CultureInfo.InvariantCulture, $"  {"whole compile",-16} {BenchmarkTable.Median(totals),9:F1} ms (steps outside the named ones: {BenchmarkTable.Median(totals) - steps.Values.Sum(v => BenchmarkTable.Median(v)):F1} ms)");
            return text.ToString();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
