using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// <c>site check</c> on hostile pages: for each size and each <see cref="HostileShapes"/> shape, a site whose one
/// substance page is that shape (<see cref="HostileSite"/>, under /dev/shm), checked by the Release <c>site.dll</c>
/// as a whole process. The target: no input of 10 MB or less takes more than 2 s per MB to check, process start
/// included, nor more than 1 GiB of memory, and every check ends with exit code 0 or 1. The shapes take turns
/// within each round (one run of each, then the next round), so that a noisy moment on the machine falls on all
/// alike; the baseline, a page of one sentence, is one of them. A run past the time limit is killed, and the shape
/// is not run again at that size or a larger one. Each child's managed heap is capped
/// (<c>DOTNET_GCHeapHardLimit</c>) so that a runaway shape fails alone rather than starving the machine.
/// Progress goes to standard error; the table, ready to paste, to standard output.
/// </summary>
/// <param name="site">The <c>site.dll</c> to measure: the one built with the benchmarks, or another build's (an earlier commit's) to compare.</param>
internal sealed class HostileBenchmark(IReadOnlyList<int> sizesMiB, int runs, TimeSpan timeout, int memoryLimitMiB, IReadOnlyList<HostileShape> shapes, string site)
{
    /// <summary>The most time a check may take per MiB of its page, process start included.</summary>
    public const double TargetSecondsPerMiB = 2;

    /// <summary>The most memory a check may take.</summary>
    public const double TargetPeakMiB = 1024;

    private static readonly string Root = Path.Combine(BenchmarkMachine.Scratch, "site-bench", "hostile");

    /// <summary>Measures every shape at every size and prints the table.</summary>
    public int Run()
    {
        if (!BenchmarkMachine.Ready())
        {
            return 2;
        }

        if (!File.Exists(site))
        {
            Console.Error.WriteLine($"'{site}' does not exist: pass the site.dll of a build");
            return 2;
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        var rows = new List<HostileRow>();
        var tooSlow = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var empty = Path.Combine(Root, "empty");
            HostileSite.Write(empty, HostileShapes.Baseline, 0);
            // Untimed: it warms the file cache (and writes an IL build's multicore JIT profile), and shows the site checks at all.
            var warmUp = Check(empty);
            Console.Error.WriteLine($"warm-up: {Describe(warmUp)}");
            if (warmUp.ExitCode != 0)
            {
                Console.Error.WriteLine($"the empty site does not check clean:\n{warmUp.Output}\n{warmUp.Error}");
                return 1;
            }

            var baseline = new List<ProcessRun>();
            foreach (var size in sizesMiB)
            {
                var sites = new List<(HostileShape Shape, string Input, long Bytes, List<ProcessRun> Runs)>();
                foreach (var shape in shapes.Where(s => !tooSlow.ContainsKey(s.Name)))
                {
                    var input = Path.Combine(Root, $"{shape.Name}-{size}");
                    sites.Add((shape, input, HostileSite.Write(input, shape, size << 20), []));
                }

                Console.Error.WriteLine($"[{size} MiB] {sites.Count} sites written");
                for (var run = 1; run <= runs; run++)
                {
                    baseline.Add(Check(empty));
                    foreach (var (shape, input, bytes, measured) in sites)
                    {
                        if (measured.Any(m => m.TimedOut))
                        {
                            continue;
                        }

                        var result = Check(input);
                        measured.Add(result);
                        Console.Error.WriteLine($"[{size} MiB] run {run}/{runs} {shape.Name}: {Describe(result)}");
                        if (result.TimedOut)
                        {
                            tooSlow[shape.Name] = $"over {timeout.TotalSeconds:0} s at {size} MiB";
                        }
                    }
                }

                rows.AddRange(sites.Select(s => new HostileRow(s.Shape, size, s.Bytes, s.Runs)));
                foreach (var (_, input, _, _) in sites)
                {
                    Directory.Delete(input, recursive: true);
                }
            }

            Console.WriteLine(Format(rows, baseline, tooSlow));
            return 0;
        }
        finally
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }

    private ProcessRun Check(string input) =>
        MeasuredProcess.Start(
            "dotnet", [site, "check", "--input", input, "--timings"], Root,
            new Dictionary<string, string>
            {
                ["TMPDIR"] = Directory.CreateDirectory(Path.Combine(Root, "tmp")).FullName,
                ["DOTNET_GCHeapHardLimit"] = "0x" + ((long)memoryLimitMiB << 20).ToString("X", CultureInfo.InvariantCulture),
            },
            timeout);

    private static string Describe(ProcessRun run) => string.Create(CultureInfo.InvariantCulture,
        $"{run.Wall.TotalMilliseconds:0} ms {run.PeakBytes / (double)(1 << 20):0} MiB exit {run.ExitCode}{(run.TimedOut ? " (killed: too slow)" : "")}");

    private string Format(List<HostileRow> rows, List<ProcessRun> baseline, Dictionary<string, string> tooSlow)
    {
        var text = new StringBuilder();
        var empty = Summary(baseline);
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Measured {BenchmarkMachine.Describe()}{(site == BenchmarkMachine.SiteDll ? "" : $", {site}")}; {runs} timed {(runs == 1 ? "run" : "runs")} of `site check` per shape and size, median (min–max). " +
            $"Target: at most {TargetSecondsPerMiB:0} s per MiB, process start included, at most {TargetPeakMiB:0} MiB, exit 0 or 1. " +
            $"The baseline, a site whose page is one cited sentence: {empty} s, {baseline.Max(b => b.PeakBytes) / (double)(1 << 20):0} MiB."));
        text.AppendLine();
        text.AppendLine("| shape | MiB | check, s | s/MiB | peak MiB | exit | diagnostics | within target |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        foreach (var row in rows.OrderBy(r => shapes.ToList().IndexOf(r.Shape)).ThenBy(r => r.SizeMiB))
        {
            var mib = row.Bytes / (double)(1 << 20);
            if (row.Runs.Count == 0)
            {
                continue;
            }

            var finished = row.Runs.Where(r => !r.TimedOut).ToList();
            var wall = row.Runs.Any(r => r.TimedOut) ? $"> {timeout.TotalSeconds:0}" : Summary(finished);
            var median = finished.Count == 0 ? double.PositiveInfinity : Median(finished);
            var peak = row.Runs.Max(r => r.PeakBytes) / (double)(1 << 20);
            var exits = string.Join(", ", row.Runs.Select(r => r.TimedOut ? "killed" : r.ExitCode.ToString(CultureInfo.InvariantCulture)).Distinct());
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Shape.Name} | {mib:0.0} | {wall} | {(double.IsFinite(median) ? (median / mib).ToString("0.00", CultureInfo.InvariantCulture) : "–")} " +
                $"| {peak:0} | {exits} | {Diagnostics(row.Runs[^1].Output)} | {Verdict(row, median / mib, peak)} |"));
        }

        foreach (var (name, why) in tooSlow)
        {
            text.AppendLine($"| {name} | larger | not run: {why} | | | | | no |");
        }

        text.AppendLine();
        text.AppendLine("Shapes:");
        text.AppendLine();
        foreach (var shape in shapes)
        {
            text.AppendLine($"- {shape.Name}: {shape.Description}.");
        }

        var slow = rows.Where(r => r.Runs.Count > 0 && !r.Runs[^1].TimedOut && Verdict(r, Median(r.Runs) / (r.Bytes / (double)(1 << 20)), 0) != "yes").ToList();
        if (slow.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Where the time goes in the rows off target (`site check --timings`, the last run; the rest of the wall is the process's start, the diagnostics printed, and the exit):");
            text.AppendLine();
            foreach (var row in slow)
            {
                text.AppendLine($"- {row.Shape.Name}, {row.SizeMiB} MiB: {Timings(row.Runs[^1].Error)}");
            }
        }

        return text.ToString();
    }

    private string Verdict(HostileRow row, double secondsPerMiB, double peakMiB)
    {
        var why = new List<string>();
        if (row.Runs.Any(r => r.TimedOut))
        {
            why.Add($"killed after {timeout.TotalSeconds:0} s");
        }
        else if (secondsPerMiB > TargetSecondsPerMiB)
        {
            why.Add("too slow");
        }

        if (peakMiB > TargetPeakMiB)
        {
            why.Add("too much memory");
        }

        if (row.Runs.FirstOrDefault(r => !r.TimedOut && r.ExitCode is not (0 or 1)) is { } failed)
        {
            why.Add(failed.Error.Contains("OutOfMemory", StringComparison.Ordinal) ? $"out of memory (heap limit {memoryLimitMiB} MiB)" : $"exit {failed.ExitCode}");
        }

        return why.Count == 0 ? "yes" : "**no**: " + string.Join(", ", why);
    }

    private static double Median(IReadOnlyList<ProcessRun> runs)
    {
        var sorted = runs.Select(r => r.Wall.TotalSeconds).Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Summary(IReadOnlyList<ProcessRun> runs) => string.Create(CultureInfo.InvariantCulture,
        $"{Median(runs):0.00} ({runs.Min(r => r.Wall.TotalSeconds):0.00}–{runs.Max(r => r.Wall.TotalSeconds):0.00})");

    /// <summary>"uncited-claim ×3, raw-html ×1": the codes of the text diagnostics on standard output, most frequent first.</summary>
    private static string Diagnostics(string output)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in output.AsSpan().EnumerateLines())
        {
            // "path:line:column: severity code: message"; the quoted source and the hint are indented.
            if (line.IsEmpty || line[0] == ' ')
            {
                continue;
            }

            foreach (var severity in (string[])[": error ", ": warning ", ": info "])
            {
                var at = line.IndexOf(severity, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var code = line[(at + severity.Length)..];
                    var end = code.IndexOf(':');
                    var name = (end < 0 ? code : code[..end]).ToString();
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                    break;
                }
            }
        }

        return counts.Count == 0
            ? "none"
            : string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} ×{c.Value:N0}")));
    }

    /// <summary>"load 12 ms, parse 9,100 ms, ...": the steps <c>--timings</c> printed on standard error.</summary>
    private static string Timings(string error)
    {
        var steps = new List<string>();
        foreach (var line in error.Split('\n'))
        {
            // "parse             9100.0 ms   peak    812 MiB"
            var end = line.Length > 16 ? line.IndexOf(" ms", 16, StringComparison.Ordinal) : -1;
            if (end > 16 && double.TryParse(line[16..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                steps.Add(string.Create(CultureInfo.InvariantCulture, $"{line[..16].Trim()} {ms:N0} ms"));
            }
        }

        return steps.Count == 0 ? "no timings printed" : string.Join(", ", steps);
    }
}
