using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// <c>site check</c> of a content folder, whole process, four ways side by side: the installed .NET tool (the
/// everyday command), <c>dotnet site.dll</c> published ReadyToRun (what the other benchmarks measure), <c>dotnet site.dll</c>
/// of the Release build (IL, compiled by the JIT as it runs), and
/// <c>dotnet run --project src/Site.Cli --</c> (the README's command for working on the tool). Without
/// <c>--site</c>, the tool is packed from the repository (<c>dotnet pack -c Release</c>) and installed into a
/// temporary tool path, reading only the packed folder; with it, that executable is measured. Each way keeps its
/// own temporary folder, so that an IL way's multicore JIT profile is its own, as for a user who runs only that one. One
/// untimed warm-up each, then rounds of one run of each way, so that a noisy moment on the machine falls on all
/// alike. Run it from the repository root. Progress goes to standard error; the table, ready to paste, to standard output.
/// </summary>
/// <param name="input">The content folder checked.</param>
/// <param name="runs">Timed runs of each way.</param>
/// <param name="installed">An installed <c>site</c> to measure, or null to pack and install one.</param>
internal sealed class ToolBenchmark(string input, int runs, string? installed)
{
    /// <summary>The issue's target for the everyday command on the repository's input/.</summary>
    public const double TargetMilliseconds = 500;

    private static readonly string Root = Path.Combine(BenchmarkMachine.Scratch, "site-bench", "tool");

    /// <summary>Packs and installs the tool when asked, measures the four ways and prints the table.</summary>
    public int Run()
    {
        if (!BenchmarkMachine.Ready())
        {
            return 2;
        }

        var project = Path.GetFullPath(Path.Combine("src", "Site.Cli"));
        if (!Directory.Exists(project) || !Directory.Exists(input))
        {
            Console.Error.WriteLine($"run this from the repository root: {project} or '{input}' is missing");
            return 2;
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        Directory.CreateDirectory(Root);
        try
        {
            var tool = installed is null ? PackAndInstall(project) : Path.GetFullPath(installed);
            if (!File.Exists(tool))
            {
                Console.Error.WriteLine($"'{tool}' does not exist: pass the site an installed tool runs (its shim)");
                return 2;
            }

            var arguments = (string[])["check", "--input", Path.GetFullPath(input)];
            List<ToolBenchmarkWay> ways =
            [
                new("installed tool (`site check`)", tool, arguments, Root),
                new("`dotnet site.dll check` (Release, published ReadyToRun)", "dotnet", [BenchmarkMachine.SiteDll, .. arguments], Root),
                new("`dotnet site.dll check` (Release build, IL)", "dotnet", [BenchmarkMachine.BuiltSiteDll, .. arguments], Root),
                new("`dotnet run --project src/Site.Cli -- check`", "dotnet", ["run", "--project", project, "--", .. arguments], Root),
            ];
            foreach (var way in ways)
            {
                // Untimed: it builds what dotnet run builds, writes each way's JIT profile, and shows the input checks at all.
                var warmUp = way.Measure();
                Console.Error.WriteLine($"warm-up, {way.Name}: {warmUp.Wall.TotalMilliseconds:0} ms, exit {warmUp.ExitCode}");
                if (warmUp.ExitCode is not 0 and not 1)
                {
                    Console.Error.WriteLine($"{way.Name} failed:\n{warmUp.Output}\n{warmUp.Error}");
                    return 1;
                }
            }

            for (var round = 1; round <= runs; round++)
            {
                foreach (var way in ways)
                {
                    var run = way.Measure();
                    way.Samples.Add(new RunSample(run.Wall.TotalMilliseconds, run.PeakBytes, run.Processor?.TotalMilliseconds ?? double.NaN));
                }

                Console.Error.WriteLine($"round {round}/{runs}: {string.Join(", ", ways.Select(w => $"{w.Samples[^1].Milliseconds:0} ms"))}");
            }

            Console.WriteLine(Format(ways, tool));
            return RunSummary.Of(ways[0].Samples).Median <= TargetMilliseconds ? 0 : 1;
        }
        finally
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string PackAndInstall(string project)
    {
        var packages = Path.Combine(Root, "packages");
        var config = Path.Combine(Root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var pack = MeasuredProcess.Run("dotnet", ["pack", project, "-c", "Release", "-o", packages, "-v:q", "--nologo"], Root);
        Console.Error.WriteLine($"packed in {pack.Wall.TotalSeconds:0.0} s");
        var toolPath = Path.Combine(Root, "tool");
        var install = MeasuredProcess.Run("dotnet", ["tool", "install", "Site.Cli", "--tool-path", toolPath, "--configfile", config], Root);
        Console.Error.WriteLine($"installed in {install.Wall.TotalSeconds:0.0} s into {toolPath}");
        return Path.Combine(toolPath, "site");
    }

    private string Format(IReadOnlyList<ToolBenchmarkWay> ways, string tool)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"`site check` of {input}, whole process, {runs} runs each after one warm-up; {BenchmarkMachine.Describe()}");
        text.AppendLine();
        text.AppendLine("| way | wall, median (range) | processor, median | peak MiB |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var way in ways)
        {
            var summary = RunSummary.Of(way.Samples);
            var processor = way.Samples.Select(s => s.ProcessorMilliseconds).Where(ms => !double.IsNaN(ms)).Order().ToList();
            var processorCell = processor.Count == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{processor[processor.Count / 2]:0} ms");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {way.Name} | {summary} | {processorCell} | {summary.PeakMiB:0} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"The installed tool measured: {tool}. Target for it: median at most {TargetMilliseconds:0} ms wall.");
        text.Append(CultureInfo.InvariantCulture, $"Processor time is user and system time from `/usr/bin/time`; peak MiB is the highest over the runs of the {MeasuredProcess.PeakMethod}.");
        return text.ToString();
    }
}
