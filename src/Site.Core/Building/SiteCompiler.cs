using System.Diagnostics;
using Site.Core.Diagnostics;
using Site.Core.Editions;
using Site.Core.Exporting;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.PostProcessing;
using Site.Core.Rendering;
using Site.Core.Styles;
using Site.Core.Text;
using Site.Core.Validation;

namespace Site.Core.Building;

/// <summary>
/// Runs the phases up to the finished pages as a flat list of named steps: load, parse, link,
/// validate, render and post-process (page by page), validate output, export. It keeps what it made, so the next call reads
/// and parses only changed files, re-links (cheap), and renders only the pages that depend on a change.
/// A first call and any later call give the same pages as a fresh compiler would. Not thread-safe:
/// one compilation at a time.
/// </summary>
/// <param name="theme">Renders the pages.</param>
/// <param name="inputDirectory">The content folder.</param>
/// <param name="workingDirectory">Paths in diagnostics are relative to this folder.</param>
/// <param name="today">The build date for date-dependent rules; by default <see cref="BuildDate.Today"/> at each compilation.</param>
/// <param name="retractions">The maintainer's retraction data (<c>--retractions</c>), which wins over site.yml's; or null.</param>
/// <param name="previous">The previous edition, when the site is to say what changed since (/changes/ and its feed).</param>
public sealed class SiteCompiler(ISiteTheme theme, string inputDirectory, string workingDirectory, DateOnly? today = null, string? retractions = null, Edition? previous = null)
{
    /// <summary>The rules the compiler raises itself, between the phases.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.FeedWithoutBaseUrl];

    private LoadResult? _loaded;
    private IReadOnlyList<ParsedDocument>? _parsed;
    private SiteGraph? _graph;
    private RenderedSite? _site;
    private IReadOnlyList<ExportedFile>? _exports;
    private PublishedAssets? _assets;
    private DateOnly? _buildDate;
    private PreparedStyle? _style;

    /// <summary>Compiles the site, reusing the previous compilation where nothing it depends on changed.</summary>
    /// <param name="forced">Paths under input/ to read again even if their stamp is unchanged.</param>
    /// <param name="everything">Render every page again (after a theme change).</param>
    /// <param name="onStep">Called with each step's name as it starts, for progress displays.</param>
    public SiteCompilation Compile(IReadOnlySet<string>? forced = null, bool everything = false, Action<string>? onStep = null)
    {
        var timings = new List<StepTiming>();
        T Step<T>(string name, Func<T> run)
        {
            onStep?.Invoke(name);
            var stopwatch = Stopwatch.StartNew();
            var result = run();
            timings.Add(new StepTiming(name, stopwatch.Elapsed));
            return result;
        }

        var loaded = Step("load", () => new LoadPhase().Run(inputDirectory, workingDirectory, _loaded, forced, retractions));
        var parsed = Step("parse", () => new ParsePhase().Run(loaded.Documents, loaded.Config.Claims, _parsed));
        var date = today ?? BuildDate.Today();
        var graph = Step("link", () => new LinkPhase().Run(loaded.Config, parsed, loaded.Assets, loaded.ChangesEverything ? null : _graph, loaded.Retractions, date));

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        // This edition is what its claims.json says, read as the previous one was: site diff of the two files agrees.
        var changes = previous is null
            ? null
            : Step("compare editions", () => EditionComparer.Compare(previous, EditionReader.Parse(ClaimsJsonExport.Write(graph), "claims.json")));
        if (changes is not null && graph.Address is null)
        {
            diagnostics.Add(Diagnostic.ForFile(
                DiagnosticDescriptors.FeedWithoutBaseUrl,
                RelativePath.Of(workingDirectory, Path.Combine(inputDirectory, LoadPhase.ConfigFileName)),
                "the Atom feed of changes is not written: its ids and links must be absolute, and site.yml has no baseUrl",
                "add 'baseUrl: https://...' to site.yml, the address the site is published at"));
        }

        diagnostics.AddRange(parsed.SelectMany(p => p.Diagnostics));
        var validation = new ValidatePhase(date);
        Step("validate", () => { validation.Run(graph, diagnostics); return 0; });

        // Read once: the pages name these files, and these same bytes are written or served.
        var assets = PublishedAssets.Of(theme.Assets);
        // An edited stylesheet or script gets a new name, which every page links to.
        var renamed = _assets is not null && !_assets.Files.Select(f => f.Url).SequenceEqual(assets.Files.Select(f => f.Url), StringComparer.Ordinal);
        // The style's labels and entries belong to this compilation; an entry whose reference and label are unchanged is reused.
        var style = PreparedStyle.For(graph, loaded.ChangesEverything ? null : _style);
        var plans = new PageModelFactory(graph, assets, date, changes, style).Plan();
        // Pages tell readers of overdue reviews against the date: a new day may make any of them overdue.
        var stale = SelectStale(plans, loaded, graph, style, everything || renamed || (_buildDate is { } last && last != date));
        // Each page is post-processed as soon as it is rendered, by the worker that rendered it.
        var postProcess = new PostProcessPhase();
        var processed = Step("render", () => new RenderPhase(theme, date, changes, style).Run(graph, assets, stale, postProcess.Process));
        var site = Merge(plans, new RenderedSite(processed));
        Step("validate output", () => { validation.RunOnOutput(graph, site, diagnostics); return 0; });
        var exports = Step("export", () => new ExportPhase().Run(graph, site, _graph is not null && _exports is not null ? (_graph, _exports) : null, changes is null ? null : (changes, BuildDate.Moment(today))));

        (_loaded, _parsed, _graph, _site, _exports, _assets, _buildDate, _style) = (loaded, parsed, graph, site, exports, assets, date, style);
        return new SiteCompilation(loaded.Config, graph, site, exports, assets, diagnostics.ToSortedList(), [.. stale.Select(p => p.Url)], timings);
    }

    private IReadOnlyList<PagePlan> SelectStale(IReadOnlyList<PagePlan> plans, LoadResult loaded, SiteGraph graph, PreparedStyle style, bool everything)
    {
        if (everything || _graph is null || _site is null || loaded.ChangesEverything || loaded.Changed!.Contains(LoadPhase.AssetsFolder + "/"))
        {
            return plans;
        }

        var affected = new HashSet<string>(PageInvalidation.Affected(_graph, graph, loaded.Changed!), StringComparer.Ordinal);
        // A new work can change another's label (Jones 2018 becomes 2018a): every page that shows that label changes with it.
        foreach (var key in style.SuffixesChangedSince(_style))
        {
            affected.UnionWith(_graph.CitationsOfKey(key).Concat(graph.CitationsOfKey(key)).Select(c => SiteGraph.UrlOf(c.From)));
            affected.UnionWith(new[] { _graph.ById.GetValueOrDefault(key), graph.ById.GetValueOrDefault(key) }.OfType<ParsedDocument>().Select(SiteGraph.UrlOf));
            affected.Add(SitePaths.References);
        }
        // What changed since the previous edition depends on every claim.
        return [.. plans.Where(p => affected.Contains(p.Url) || _site.PageAt(p.Url) is null || p.Url == SitePaths.Changes)];
    }

    private RenderedSite Merge(IReadOnlyList<PagePlan> plans, RenderedSite fresh)
    {
        var pages = new List<ProcessedPage>(plans.Count);
        foreach (var plan in plans)
        {
            var page = fresh.PageAt(plan.Url) ?? _site!.PageAt(plan.Url)!;
            // A reused page keeps its HTML but now stands for the document version in the new graph.
            pages.Add(page.Document == plan.Document ? page : page with { Document = plan.Document });
        }

        return new RenderedSite(pages);
    }
}
