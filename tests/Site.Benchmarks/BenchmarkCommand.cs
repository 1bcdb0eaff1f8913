using System.Globalization;
using Site.Core.Diagnostics;

namespace Site.Benchmarks;

/// <summary>
/// Benchmarks that are programs, not tests: run them in Release on a quiet machine and compare the
/// numbers they print side by side. From the repository root:
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- table [--sizes input,1000,10000,50000,dense10000] [--runs 3] [--preview input,10000,dense10000] [--edits 15] [--input input] [--baseline other/site.dll]</code>
/// prints the README's markdown table: for each size (<c>input</c> is the real content folder, a number
/// a synthetic site of that many pages, <c>dense</c> and a number the citation-dense shape), whole-process <c>site build</c> time and peak memory against the
/// Markdig floor and Hugo on the same pages, and preview latency for the sizes in <c>--preview</c> (each one of the sizes, <c>dense10000</c> included). The
/// <c>site</c> command measured is the Release <c>site.dll</c> built with this project (it references
/// Site.Cli) and copied next to it. A 50,000-page row takes minutes; <c>--sizes</c> and <c>--runs</c>
/// choose a subset. <c>--baseline</c> measures another build's <c>site.dll</c> (an earlier commit's) in turn with this one and
/// adds its time and the ratio to the table.
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- hostile [--sizes 1,5,10] [--runs 3] [--shapes a,b] [--timeout 60] [--memory-limit 4096] [--site other/site.dll]</code>
/// checks sites whose one page is a hostile shape of each size in MiB (<see cref="HostileShapes"/>) and prints their table
/// against the target of 2 s per MiB; <c>--site</c> measures another build's <c>site.dll</c> instead (an earlier commit's, for before and after).
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- hostile-site --shape name --size 5 --output folder</code>
/// writes one of those sites, to look into a row of the table with <c>site check --timings</c> or a profiler.
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- generate --pages N --output folder [--hugo folder] [--seed 42] [--shape default|dense]</code>
/// writes a synthetic site (and the same pages as a Hugo site) and prints what it holds.
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- floor --input folder --output folder</code>
/// renders every page with Markdig alone: the floor the table measures as a child process.
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- preview-latency [--input input] [--pages N] [--runs 30] [--shape default|dense]</code>
/// measures the preview's edit-to-reload latency alone.
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- edit-steps [--input input] [--pages N] [--runs 10] [--shape default|dense]</code>
/// is where an edit's rebuild spends its time: preview's compiler, step by step, without the server (<see cref="EditStepsBenchmark"/>).
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- retractions [--rows 60000] [--runs 15] [--input input] [--builds 5]</code>
/// loads a synthetic Retraction Watch CSV of that many rows (<see cref="RetractionBenchmark"/>), then builds the content
/// folder with and without it.
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- tool [--input input] [--runs 15] [--site path/to/installed/site]</code>
/// measures <c>site check</c> four ways side by side (<see cref="ToolBenchmark"/>): the installed tool (packed and installed into a
/// temporary tool path, or the one <c>--site</c> names), <c>dotnet site.dll</c> published ReadyToRun and as built (IL), and <c>dotnet run --project src/Site.Cli --</c>.
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- render [--input input] [--runs 5] [--templates SubstancePage,ReferencePage]</code>
/// renders the same page models with each renderer of <see cref="RenderBenchmark.Candidates"/> beside the default theme, on one thread.
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- search-budget [--input built-site-or-input] [--queries "ketamine craving|patients"]</code>
/// runs the site's own query engine under Node over a built site's search index (<see cref="SearchBudget"/>): the bytes each query loads, and its time once loaded.
/// <code>dotnet run --project tests/Site.Benchmarks -- diagnostics</code>
/// prints the README's diagnostics table, written from the rules the analyzers and phases declare.
/// <code>dotnet run --project tests/Site.Benchmarks -- template-models</code>
/// prints docs/templates.md, what each template receives, written from the models a template can read.
/// </summary>
public static class BenchmarkCommand
{
    private const string Usage =
        "usage: table [--sizes input,1000,10000,50000,dense10000] [--runs 3] [--preview input,10000,dense10000] [--edits 15] [--input input] [--baseline other/site.dll]\n" +
        "     | hostile [--sizes 1,5,10] [--runs 3] [--shapes name,name] [--timeout 60] [--memory-limit 4096] [--site other/site.dll]\n" +
        "     | hostile-site --shape name --size 5 --output folder\n" +
        "     | generate --pages N --output folder [--hugo folder] [--seed 42] [--shape default|dense]\n" +
        "     | floor --input folder --output folder\n" +
        "     | preview-latency [--input input] [--pages N] [--runs 30] [--shape default|dense]\n" +
        "     | edit-steps [--input input] [--pages N] [--runs 10] [--shape default|dense]\n" +
        "     | retractions [--rows 60000] [--runs 15] [--input input] [--builds 5]\n" +
        "     | tool [--input input] [--runs 15] [--site path/to/installed/site]\n" +
        "     | render [--input input] [--runs 5] [--templates SubstancePage,ReferencePage]\n" +
        "     | search-budget [--input built-site-or-input] [--queries \"ketamine craving|patients\"]\n" +
        "     | diagnostics\n" +
        "     | template-models";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || Options(args[0]) is not { } names || Parse(args.AsSpan(1), names) is not { } options)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        try
        {
            return await RunAsync(args[0], options);
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
        {
            Console.Error.WriteLine($"{e.Message}\n{Usage}");
            return 2;
        }
    }

    private static async Task<int> RunAsync(string command, Dictionary<string, string> options)
    {
        string? Option(string name) => options.GetValueOrDefault(name);
        int Number(string name, int fallback) => Option(name) is { } text ? ParseCount(name, text) : fallback;
        string Required(string name) => Option(name) ?? throw new FormatException($"{command} needs {name}");
        bool Dense() => Option("--shape") switch
        {
            null or "default" => false,
            "dense" => true,
            var other => throw new FormatException($"--shape: '{other}' is not default or dense"),
        };

        switch (command)
        {
            case "generate":
                var output = Required("--output");
                SyntheticSite.Write(output, ParseCount("--pages", Required("--pages")), Number("--seed", SyntheticSite.DefaultSeed), Dense());
                if (Option("--hugo") is { } hugo)
                {
                    HugoSite.Write(output, hugo);
                }

                Console.WriteLine(CorpusCounts.Of(output));
                return 0;

            case "floor":
                MarkdigFloor.Run(Required("--input"), Required("--output"));
                return 0;

            case "table":
                var sizes = List(Option("--sizes") ?? "input,1000,10000,50000");
                foreach (var size in sizes.Where(size => size != "input" && SyntheticSize.Parse(size) is null))
                {
                    throw new FormatException($"--sizes: '{size}' is not input, N or denseN (at least 4 pages)");
                }

                // A preview size is measured on its row's corpus: one that is not among the sizes would silently measure nothing.
                var previews = List(Option("--preview") ?? "input,10000,dense10000");
                foreach (var size in previews.Where(size => size != "input" && SyntheticSize.Parse(size) is null))
                {
                    throw new FormatException($"--preview: '{size}' is not input, N or denseN (at least 4 pages)");
                }

                if (Option("--preview") is not null && previews.FirstOrDefault(size => !sizes.Contains(size)) is { } missing)
                {
                    throw new FormatException($"--preview: '{missing}' is not among --sizes ({string.Join(',', sizes)}), where its corpus is made");
                }

                var table = new BenchmarkTable(
                    Option("--input") ?? "input", Number("--runs", 3), Number("--edits", 15), previews.ToHashSet(),
                    Option("--baseline") is { } baseline ? Path.GetFullPath(baseline) : null);
                return await table.RunAsync(sizes);

            case "hostile-site":
                var shape = Shapes([Required("--shape")])[0];
                var bytes = HostileSite.Write(Required("--output"), shape, ParseCount("--size", Required("--size")) << 20);
                Console.WriteLine($"{shape.Name}: {bytes:N0} bytes in {Path.Combine(Required("--output"), "substances", HostileShapes.PageId + ".md")}");
                return 0;

            case "hostile":
                var names = Shapes(Option("--shapes") is { } chosen ? List(chosen) : HostileShapes.All.Select(s => s.Name).ToList()).Select(s => s.Name).ToList();
                var hostile = new HostileBenchmark(
                    List(Option("--sizes") ?? "1,5,10").Select(size => ParseCount("--sizes", size)).ToList(),
                    Number("--runs", 3),
                    TimeSpan.FromSeconds(Number("--timeout", 60)),
                    Number("--memory-limit", 4096),
                    HostileShapes.All.Where(s => names.Contains(s.Name)).ToList(),
                    Option("--site") is { } other ? Path.GetFullPath(other) : BenchmarkMachine.SiteDll);
                return hostile.Run();

            case "retractions":
                return await RetractionBenchmark.RunAsync(Option("--input") ?? "input", Number("--rows", 60_000), Number("--runs", 15), Option("--builds") is "0" ? 0 : Number("--builds", 5));
            case "tool":
                return new ToolBenchmark(Option("--input") ?? "input", Number("--runs", 15), Option("--site")).Run();
            case "render":
                return RenderBenchmark.Run(Option("--input") ?? "input", Number("--runs", 5), Option("--templates") is { } only ? List(only) : []);
            case "search-budget":
                return SearchBudget.Run(Option("--input") ?? "input", Option("--queries") is { } asked ? asked.Split('|', StringSplitOptions.RemoveEmptyEntries) : SearchBudget.DefaultQueries);
            case "edit-steps":
                Console.WriteLine(EditStepsBenchmark.Run(
                    Option("--input") ?? "input", Option("--pages") is { } edited ? ParseCount("--pages", edited) : null, Number("--runs", 10), Dense()));
                return 0;
            case "template-models":
                Console.Write(Site.Theme.TemplateModelDocs.Markdown());
                return 0;
            case "diagnostics":
                Console.Write(DiagnosticTable.Markdown(DiagnosticRegistry.All));
                return 0;

            default:
                var result = await PreviewLatencyBenchmark.RunAsync(
                    Option("--input") ?? "input", Option("--pages") is { } pages ? ParseCount("--pages", pages) : null, Number("--runs", 30), Dense());
                Console.WriteLine(result);
                return 0;
        }
    }

    /// <summary>The shapes of these names, in the order given.</summary>
    private static List<HostileShape> Shapes(IReadOnlyList<string> names)
    {
        var unknown = names.Where(n => HostileShapes.All.All(s => s.Name != n)).ToList();
        return unknown.Count > 0
            ? throw new FormatException($"unknown shape {string.Join(", ", unknown)}; the shapes are {string.Join(", ", HostileShapes.All.Select(s => s.Name))}")
            : names.Select(n => HostileShapes.All.First(s => s.Name == n)).ToList();
    }

    /// <summary>The options a command takes, or null for an unknown command.</summary>
    private static string[]? Options(string command) => command switch
    {
        "table" => ["--sizes", "--runs", "--preview", "--edits", "--input", "--baseline"],
        "hostile" => ["--sizes", "--runs", "--shapes", "--timeout", "--memory-limit", "--site"],
        "hostile-site" => ["--shape", "--size", "--output"],
        "generate" => ["--pages", "--output", "--hugo", "--seed", "--shape"],
        "floor" => ["--input", "--output"],
        "preview-latency" => ["--input", "--pages", "--runs", "--shape"],
        "retractions" => ["--rows", "--runs", "--input", "--builds"],
        "tool" => ["--input", "--runs", "--site"],
        "render" => ["--input", "--runs", "--templates"],
        "search-budget" => ["--input", "--queries"],
        "edit-steps" => ["--input", "--pages", "--runs", "--shape"],
        "diagnostics" => [],
        "template-models" => [],
        _ => null,
    };

    /// <summary>"--name value" pairs, each name one of <paramref name="names"/>; null when anything else is given.</summary>
    private static Dictionary<string, string>? Parse(ReadOnlySpan<string> args, string[] names)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !names.Contains(args[i]) || !options.TryAdd(args[i], args[i + 1]))
            {
                Console.Error.WriteLine($"unexpected {args[i]}");
                return null;
            }
        }

        return options;
    }

    private static List<string> List(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static int ParseCount(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"{name} takes a positive whole number, not '{text}'");
}
