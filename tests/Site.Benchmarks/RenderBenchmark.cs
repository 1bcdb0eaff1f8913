using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Site.Core.Building;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.PostProcessing;
using Site.Core.Rendering;
using Site.Core.Rendering.Models;
using Site.Core.Styles;
using Site.Theme;

namespace Site.Benchmarks;

/// <summary>
/// The render path alone, in this process, on one thread: the page models of a site are made once, then each
/// renderer renders the same models in turn, round after round, so that a noisy machine slows all of them alike.
/// Prints, per renderer, the median time of a round, its allocations, and how many pages differ from the default
/// theme's (white space between tags aside): a faster renderer that writes other pages proves nothing.
/// </summary>
public static partial class RenderBenchmark
{
    /// <summary>The renderers to measure beside the default theme's, by name.</summary>
    public static List<(string Name, Func<IPageRenderer> Create)> Candidates { get; } = [];

    /// <summary>Measures; <paramref name="templates"/> limits the pages to those templates (all when empty).</summary>
    public static int Run(string input, int runs, IReadOnlyList<string> templates)
    {
        var folder = Path.GetFullPath(input);
        var loaded = new LoadPhase().Run(folder, folder);
        var parsed = new ParsePhase().Run(loaded.Documents, loaded.Config.Claims);
        var date = BuildDate.Today();
        var graph = new LinkPhase().Run(loaded.Config, parsed, loaded.Assets, null, loaded.Retractions, date);
        var assets = PublishedAssets.Of(new LiquidTheme().Assets);
        var factory = new PageModelFactory(graph, assets, date, null, PreparedStyle.For(graph));
        var plans = factory.Plan();

        var clock = Stopwatch.StartNew();
        var models = plans.Select(factory.Create).Where(m => templates.Count == 0 || templates.Contains(m.Template)).ToList();
        Console.WriteLine($"{models.Count:N0} pages ({string.Join(", ", models.GroupBy(m => m.Template).Select(g => $"{g.Count():N0} {g.Key}"))}); models made in {clock.ElapsedMilliseconds:N0} ms");

        // The default theme, with its hot templates written by C#, is what every other renderer must agree with.
        var renderers = new List<(string Name, Func<IPageRenderer> Create)> { ("liquid", () => new LiquidTheme().CreateRenderer()), ("liquid-interpreted", () => new LiquidTheme().Interpreted().CreateRenderer()) };
        renderers.AddRange(Candidates);
        var expected = Render(new LiquidTheme().CreateRenderer(), models).Pages;
        var postProcess = new PostProcessPhase();

        var times = renderers.ToDictionary(r => r.Name, _ => new List<double>());
        var allocated = new Dictionary<string, long>();
        var differing = new Dictionary<string, int>();
        var bytes = new Dictionary<string, long>();
        var postProcessTimes = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            // Each round starts with another renderer, so that none is always the one after a collection.
            foreach (var (name, create) in renderers.Skip(run % renderers.Count).Concat(renderers.Take(run % renderers.Count)))
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                using var renderer = create();
                var (pages, elapsed, allocations) = Render(renderer, models);
                times[name].Add(elapsed.TotalMilliseconds);
                allocated[name] = allocations;
                bytes[name] = pages.Sum(p => (long)p.Length);
                differing[name] = pages.Where((page, i) => Normalised(page) != Normalised(expected[i])).Count();
                if (run == 0 && differing[name] > 0)
                {
                    var i = pages.Select((page, i) => (page, i)).First(p => Normalised(p.page) != Normalised(expected[p.i])).i;
                    Console.WriteLine($"  {name}: {models[i].Url} differs first at {FirstDifference(Normalised(pages[i]), Normalised(expected[i]))}");
                }
            }

            GC.Collect();
            var postClock = Stopwatch.StartNew();
            foreach (var (page, i) in expected.Select((page, i) => (page, i)))
            {
                postProcess.Process(new RenderedPage(models[i].Url, page.AsMemory(), null));
            }

            postProcessTimes.Add(postClock.Elapsed.TotalMilliseconds);
        }

        var baseline = BenchmarkTable.Median(times["liquid"]);
        Console.WriteLine();
        Console.WriteLine("| renderer | median ms a round | µs a page | × liquid | allocated MB | output MB | pages differing |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, _) in renderers)
        {
            var median = BenchmarkTable.Median(times[name]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {median:N0} | {median * 1000 / models.Count:N1} | {median / baseline:N2} | {allocated[name] / 1e6:N0} | {bytes[name] / 1e6:N1} | {differing[name]} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\npost-process (heading anchors and ids) of the same pages: {BenchmarkTable.Median(postProcessTimes):N0} ms a round"));
        return differing.Values.Any(d => d > 0) ? 1 : 0;
    }

    private static (List<string> Pages, TimeSpan Elapsed, long Allocated) Render(IPageRenderer renderer, List<PageModel> models)
    {
        var pages = new List<string>(models.Count);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var model in models)
        {
            pages.Add(renderer.Render(model));
        }

        return (pages, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    // Templates differ in the white space they leave between tags, which a reader never sees.
    private static string Normalised(string html) => Spaces().Replace(BetweenTags().Replace(html, "><"), " ").Trim();

    private static string FirstDifference(string actual, string expected)
    {
        var at = 0;
        while (at < actual.Length && at < expected.Length && actual[at] == expected[at])
        {
            at++;
        }

        string Around(string text) => text[Math.Max(0, at - 80)..Math.Min(text.Length, at + 80)];
        return $"character {at}:\n    got      …{Around(actual)}…\n    expected …{Around(expected)}…";
    }

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
