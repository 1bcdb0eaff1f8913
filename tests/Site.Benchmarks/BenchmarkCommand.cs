using System.Globalization;

namespace Site.Benchmarks;

/// <summary>
/// Benchmarks that are programs, not tests: run them in Release on a quiet machine and compare the
/// numbers they print side by side.
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- preview-latency [--input input] [--pages N] [--runs 30]</code>
/// <code>dotnet run -c Release --project tests/Site.Benchmarks -- generate --pages N --output folder</code>
/// </summary>
public static class BenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 5 && args[0] == "generate" && args[1] == "--pages" && args[3] == "--output")
        {
            SyntheticSite.Write(args[4], int.Parse(args[2], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length == 0 || args[0] != "preview-latency")
        {
            Console.Error.WriteLine("usage: preview-latency [--input input] [--pages N] [--runs 30] | generate --pages N --output folder");
            return 2;
        }

        string? input = null;
        int? pages = null;
        var runs = 30;
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--input": input = args[i + 1]; break;
                case "--pages": pages = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        var result = await PreviewLatencyBenchmark.RunAsync(input ?? "input", pages, runs);
        Console.WriteLine(result);
        return 0;
    }
}
