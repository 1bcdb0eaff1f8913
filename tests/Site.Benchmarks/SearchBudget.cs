using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Site.Benchmarks;

/// <summary>
/// What a query costs a reader: the bytes of index it loads and the time to answer it once they are loaded. The site's
/// own query engine, the published <c>search.*.js</c> of the built site, runs under Node over the built site's index
/// (search-budget.mjs), reading the files as the browser fetches them: the same shard selection, not a model of it.
/// </summary>
internal static class SearchBudget
{
    /// <summary>The queries measured when none are given: a word of every page, a pair, a phrase, a word in most claims, a miss.</summary>
    public static readonly string[] DefaultQueries = ["ketamine craving", "ketamine", "nmda receptor antagonism", "patients", "randomised trial", "xyzzy"];

    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "search-budget.mjs");

    /// <summary>Prints the table for the site in <paramref name="folder"/>: a built site (with search/), or an input folder, built first.</summary>
    public static int Run(string folder, IReadOnlyList<string> queries)
    {
        var output = Path.GetFullPath(folder);
        string? built = null;
        if (!File.Exists(Path.Combine(output, "search", "manifest.json")))
        {
            built = Path.Combine(Path.GetTempPath(), "site-search-budget-" + Environment.ProcessId);
            Console.Error.WriteLine($"building {folder} into {built}");
            var build = RunProcess("dotnet", [BenchmarkMachine.SiteDll, "build", "--input", output, "--output", built]);
            if (build.ExitCode != 0)
            {
                Console.Error.WriteLine(build.Error + build.Output);
                return 1;
            }

            output = built;
        }

        try
        {
            var engine = Directory.GetFiles(Path.Combine(output, "theme"), "search.*.js").Single();
            var run = RunProcess("node", [Script, engine, Path.Combine(output, "search"), .. queries]);
            if (run.ExitCode != 0)
            {
                Console.Error.WriteLine(run.Error);
                return 1;
            }

            Console.WriteLine(Table(output, run.Output));
            return 0;
        }
        finally
        {
            if (built is not null)
            {
                Directory.Delete(built, recursive: true);
            }
        }
    }

    /// <summary>The bytes of the site in <paramref name="output"/> and of its search index, as the benchmark table reports them.</summary>
    public static (long Site, long Index) Sizes(string output)
    {
        static long Bytes(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
        return (Bytes(output), Bytes(Path.Combine(output, "search")));
    }

    private static string Table(string output, string lines)
    {
        var (site, index) = Sizes(output);
        var manifest = new FileInfo(Path.Combine(output, "search", "manifest.json")).Length;
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Index {index / 1048576.0:0.0} MiB of a {site / 1048576.0:0.0} MiB site ({100.0 * index / site:0.0}%), in {Directory.EnumerateFiles(Path.Combine(output, "search"), "*", SearchOption.AllDirectories).Count():N0} files; manifest {manifest / 1024.0:0.0} KiB."));
        text.AppendLine();
        text.AppendLine("| query | results | loaded cold: files, KiB raw (gzip) | loaded as typed: files, KiB raw (gzip) | answer once loaded, median (max) | top result |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string Cost(string name)
            {
                var cost = root.GetProperty(name);
                return string.Create(CultureInfo.InvariantCulture,
                    $"{cost.GetProperty("files").GetInt32()}, {cost.GetProperty("raw").GetInt64() / 1024.0:0.0} ({cost.GetProperty("gzip").GetInt64() / 1024.0:0.0})");
            }

            var top = root.GetProperty("top").EnumerateArray().Select(t => t.GetString()).FirstOrDefault() ?? "–";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{root.GetProperty("query").GetString()}` | {root.GetProperty("results").GetInt32():N0} | {Cost("cold")} | {Cost("typed")} " +
                $"| {root.GetProperty("warmMs").GetDouble():0.00} ms ({root.GetProperty("warmMaxMs").GetDouble():0.00}) | {top} |"));
        }

        text.AppendLine();
        text.AppendLine("- cold: the whole query at once, nothing loaded before; as typed: every keystroke from the second letter a query of its own, each file loaded once. " +
            "KiB raw is what a server sends without compression; gzip at level 6, file by file. Answer: the engine's `search()` over shards already loaded, 21 runs.");
        return text.ToString();
    }

    // A child process run to its end, its output read whole.
    private static (int ExitCode, string Output, string Error) RunProcess(string command, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
