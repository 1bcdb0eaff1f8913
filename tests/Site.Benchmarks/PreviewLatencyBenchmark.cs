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
    /// <summary>
    /// Measures <paramref name="runs"/> edits (after three unmeasured ones) on a copy of <paramref name="input"/>,
    /// or on a synthetic site of <paramref name="pages"/> documents when given.
    /// </summary>
    public static async Task<PreviewLatency> RunAsync(string input, int? pages, int runs, bool dense = false)
    {
        var root = Path.Combine(Path.GetTempPath(), "site-preview-latency", Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(root, "input");
        if (pages is { } count)
        {
            SyntheticSite.Write(copy, count, dense: dense);
        }
        else
        {
            CopyFolder(Path.GetFullPath(input), copy);
        }

        var target = Directory.EnumerateFiles(Path.Combine(copy, "substances"), "*.md").Order(StringComparer.Ordinal).First();
        var original = await File.ReadAllTextAsync(target);
        var url = "substances/" + Path.GetFileNameWithoutExtension(target) + "/";
        // The edit is a claim citing a work the page already cites, so that every measured rebuild is a clean one.
        var citation = CitationIn(original);
        try
        {
            var start = Stopwatch.StartNew();
            await using var server = await PreviewServer.StartAsync(new PreviewOptions(copy, root, Port: 0), new LiquidTheme(), TextWriter.Null);
            var firstBuild = start.Elapsed;
            using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
            using var events = await client.GetAsync("_site/events", HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            await ReadEventAsync(reader, "hello");

            var samples = new List<double>();
            for (var run = 0; run < runs + 3; run++)
            {
                var marker = $"Edit {run.ToString(CultureInfo.InvariantCulture)}";
                var stopwatch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(target, original + "\n" + marker + " " + citation + ".\n");
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
            return new PreviewLatency(documents, samples, firstBuild);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The first citation of <paramref name="markdown"/>, as a bracket of its first key: what an edit adds to a page that already cites it.</summary>
    internal static string CitationIn(string markdown)
    {
        var start = markdown.IndexOf("[@", StringComparison.Ordinal);
        var end = start < 0 ? -1 : markdown.IndexOfAny([']', ';', ','], start);
        return end < 0 ? throw new InvalidOperationException("the edited page cites nothing") : markdown[start..end] + "]";
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

    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
