using System.Diagnostics;
using System.Globalization;
using Site.Preview;
using Site.Theme;

namespace Site.Benchmarks;

/// <summary>
/// Edit-to-reload latency of <c>site preview</c>: the time from a file being saved to the reload
/// event reaching a listening page, with the rebuilt page served. Measured on a copy of a site.
/// </summary>
internal static class PreviewLatencyBenchmark
{
    public static async Task<string> RunAsync(string input, int? pages, int runs)
    {
        var root = Path.Combine(Path.GetTempPath(), "site-preview-latency", Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(root, "input");
        if (pages is { } count)
        {
            SyntheticSite.Write(copy, count);
        }
        else
        {
            CopyFolder(Path.GetFullPath(input), copy);
        }

        var target = Directory.EnumerateFiles(Path.Combine(copy, "substances"), "*.md").Order(StringComparer.Ordinal).First();
        var original = await File.ReadAllTextAsync(target);
        var url = "substances/" + Path.GetFileNameWithoutExtension(target) + "/";
        try
        {
            var start = Stopwatch.StartNew();
            await using var server = await PreviewServer.StartAsync(new PreviewOptions(copy, root, Port: 0), new RazorTheme(), TextWriter.Null);
            var firstBuild = start.Elapsed;
            using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
            using var events = await client.GetAsync("_site/events", HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            await ReadEventAsync(reader, "hello");

            var samples = new List<double>();
            for (var run = 0; run < runs + 3; run++)
            {
                var marker = $"Edit {run.ToString(CultureInfo.InvariantCulture)}.";
                var stopwatch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(target, original + "\n" + marker + "\n");
                await ReadEventAsync(reader, "reload");
                var html = await client.GetStringAsync(url);
                stopwatch.Stop();
                if (!html.Contains(marker, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("the reloaded page does not show the edit");
                }

                // The first edits also pay for just-in-time compilation of the incremental path.
                if (run >= 3)
                {
                    samples.Add(stopwatch.Elapsed.TotalMilliseconds);
                }

                await Task.Delay(50);
            }

            samples.Sort();
            var documents = Directory.EnumerateFiles(copy, "*.md", SearchOption.AllDirectories).Count();
            return string.Create(CultureInfo.InvariantCulture,
                $"preview edit-to-reload, {documents} documents, {runs} edits: median {Percentile(samples, 0.5):0.0} ms, " +
                $"p90 {Percentile(samples, 0.9):0.0} ms, min {samples[0]:0.0} ms, max {samples[^1]:0.0} ms " +
                $"(write to page served, including the watcher's quiet period; first build {firstBuild.TotalMilliseconds:0} ms)");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task ReadEventAsync(StreamReader reader, string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "event: " + name)
            {
                return;
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
