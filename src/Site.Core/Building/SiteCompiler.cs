using System.Diagnostics;
using Site.Core.Diagnostics;
using Site.Core.Editions;
using Site.Core.Exporting;
using Site.Core.Linking;
using Site.Core.Loading;
using Site.Core.Parsing;
using Site.Core.PostProcessing;
using Site.Core.Rendering;
using Site.Core.Rendering.Dependencies;
using Site.Core.Styles;
using Site.Core.Text;
using Site.Core.Validation;

namespace Site.Core.Building;

/// <summary>
/// Runs the phases up to the finished pages as a flat list of named steps: load, parse, link,
/// validate, render and post-process (page by page), validate output, export. It keeps what it made, so the next call reads
/// and parses only changed files, re-links (cheap), and renders only the pages that read something that changed: each
/// page is rendered from a recording view of the graph, and kept with what it read and the fingerprint of each value
/// (<see cref="DependencyKinds"/>); a page is rendered again when one of those values has another fingerprint now.
/// A first call and any later call give the same pages as a fresh compiler would. Not thread-safe:
/// one compilation at a time. A compiler given an <see cref="Output"/> (a build, a check) makes one compilation: its
/// pages go there as they are finished and are not kept, and it records nothing for a next call.
/// </summary>
/// <param name="theme">Renders the pages.</param>
/// <param name="inputDirectory">The content folder.</param>
/// <param name="workingDirectory">Paths in diagnostics are relative to this folder.</param>
/// <param name="today">The build date for date-dependent rules; by default <see cref="BuildDate.Today"/> at each compilation.</param>
/// <param name="retractions">The maintainer's retraction data (<c>--retractions</c>), which wins over site.yml's; or null.</param>
/// <param name="previous">The previous edition, when the site is to say what changed since (/changes/ and its feed).</param>
/// <param name="themeFolder">The maintainer's theme folder (<c>--theme</c>), which wins over site.yml's <c>theme</c>; or null.</param>
public sealed class SiteCompiler(
    ISiteTheme theme, string inputDirectory, string workingDirectory, DateOnly? today = null, string? retractions = null, Edition? previous = null, string? themeFolder = null)
{
    /// <summary>The rules the compiler raises itself, between the phases.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.FeedWithoutBaseUrl, DiagnosticDescriptors.InvalidTemplate];

    private LoadResult? _loaded;
    private IReadOnlyList<ParsedDocument>? _parsed;
    private SiteGraph? _graph;
    private RenderedSite? _site;
    private IReadOnlyList<ExportedFile>? _exports;
    private PublishedAssets? _assets;
    private IReadOnlyDictionary<string, PageRecord>? _records;
    private DependencyFingerprints? _fingerprints;
    private ClaimsJsonFragments? _claimsJson;
    private ThemeFolderFiles? _themeFiles;
    private IReadOnlyDictionary<string, IReadOnlySet<string>>? _templates;
    private ValidationMemo? _validated;

    /// <summary>
    /// Where each page goes as soon as it is finished, on the worker that rendered it, instead of being kept in memory with
    /// its bytes; null (preview, which serves from memory and compiles again after every edit) to keep them. With an
    /// output, nothing is recorded or kept for a next compilation: every call renders every page, as a fresh compiler does.
    /// </summary>
    public IPageOutput? Output { get; init; }

    /// <summary>A kind of read the compiler's pages do not record: the hook of the test that proves every kind is needed.</summary>
    internal DependencyKind? Dropping { get; init; }

    /// <summary>The build date, when a test moves it from one compilation to the next; null for the date given or today's.</summary>
    internal DateOnly? Date { get; set; }
    private PreparedStyle? _style;

    /// <summary>Compiles the site, reusing the previous compilation where nothing it depends on changed.</summary>
    /// <param name="forced">Paths under input/ to read again even if their stamp is unchanged.</param>
    /// <param name="everything">Render every page again (after a theme change).</param>
    /// <param name="onStep">Called with each step's name as it starts, for progress displays.</param>
    /// <param name="namedOnly">
    /// <paramref name="forced"/> names every file changed since the last compilation (preview's watcher saw them): when
    /// they are documents read before, only they are read again, and input/ is not listed (see <see cref="LoadPhase.Run"/>).
    /// </param>
    public SiteCompilation Compile(IReadOnlySet<string>? forced = null, bool everything = false, Action<string>? onStep = null, bool namedOnly = false)
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

        var loaded = Step("load", () => new LoadPhase().Run(inputDirectory, workingDirectory, _loaded, forced, retractions, themeFolder, namedOnly));
        var parsed = Step("parse", () => new ParsePhase().Run(loaded.Documents, loaded.Config.Claims, _parsed));
        var date = Date ?? today ?? BuildDate.Today();
        var graph = Step("link", () => new LinkPhase().Run(loaded.Config, parsed, loaded.Assets, loaded.ChangesEverything ? null : _graph, loaded.Retractions, date));
        var scope = new DependencyScope(graph, date);
        var fingerprints = new DependencyFingerprints(scope, _fingerprints);
        // What pages read is worth recording only for a next compilation to select from.
        var recording = Output is null ? new DependencyRecording(fingerprints, Dropping) : null;
        var claimsJson = new ClaimsJsonFragments(recording, _claimsJson);

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        // This edition is what its claims.json says, read as the previous one was: site diff of the two files agrees.
        var changes = previous is null
            ? null
            : Step("compare editions", () => EditionComparer.Compare(previous, EditionReader.Parse(ClaimsJsonExport.Write(graph, claimsJson), "claims.json")));
        scope.Changes = changes;
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
        var validated = Step("validate", () => validation.Run(graph, diagnostics, _validated));

        // The site's own theme folder, read at every compilation (it is small): its files win over the theme's.
        var used = theme;
        var themeFiles = loaded.ThemeFolder is { } folder ? ThemeFolder.Read(folder, RelativePath.Of(workingDirectory, folder)) : null;
        if (themeFiles is not null)
        {
            var overlay = theme.Overlay(themeFiles);
            diagnostics.AddRange(overlay.Diagnostics);
            used = overlay.Theme;
        }

        // A template of the site's theme is in the pages that render with it: an edited one renders them again.
        var retemplated = _site is null ? [] : ChangedFiles(_themeFiles, themeFiles);

        // Read once: the pages name these files, and these same bytes are written or served.
        var assets = PublishedAssets.Of(used.Assets);
        // An edited stylesheet or script gets a new name, which every page links to.
        var renamed = _assets is not null && !_assets.Files.Select(f => f.Url).SequenceEqual(assets.Files.Select(f => f.Url), StringComparer.Ordinal);
        // The style's labels and entries belong to this compilation; an entry whose reference and label are unchanged is reused.
        var style = PreparedStyle.For(graph, loaded.ChangesEverything ? null : _style);
        scope.Style = style;
        var plans = new PageModelFactory(graph, assets, date, changes, style).Plan();
        // The theme is no part of the graph: a new template or stylesheet name is in every page.
        var stale = Step("select", () => SelectStale(plans, fingerprints, everything || renamed, retemplated));
        // Each page is post-processed as soon as it is rendered, by the worker that rendered it.
        var postProcess = new PostProcessPhase(Output);
        var templates = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var processed = Step("render", () => new RenderPhase(used, date, changes, style, diagnostics).Run(
            graph, assets, stale, postProcess.Process, recording, (url, set) => templates[url] = set));
        var site = Merge(plans, new RenderedSite(processed));
        Step("validate output", () => { validation.RunOnOutput(graph, site, diagnostics); return 0; });
        if (Output is not null)
        {
            // A build's pages are written and their anchors checked: nothing reads the ids again, and they are a tenth of
            // the heap at 10,000 pages, which the exports and the search index would otherwise be made on top of.
            site = new RenderedSite([.. site.Pages.Select(p => p with { Ids = PageIds.None })]);
        }

        var exports = Step("export", () => new ExportPhase().Run(
            graph, site, _graph is not null && _exports is not null ? (_graph, _exports) : null, changes is null ? null : (changes, BuildDate.Moment(today)), claimsJson));

        if (recording is not null)
        {
            var records = new Dictionary<string, PageRecord>(plans.Count, StringComparer.Ordinal);
            var pageTemplates = new Dictionary<string, IReadOnlySet<string>>(plans.Count, StringComparer.Ordinal);
            foreach (var plan in plans)
            {
                records[plan.Url] = recording.Records.GetValueOrDefault(plan.Url) ?? _records![plan.Url];
                pageTemplates[plan.Url] = templates.GetValueOrDefault(plan.Url) ?? _templates!.GetValueOrDefault(plan.Url) ?? new HashSet<string>();
            }

            _templates = pageTemplates;

            (_loaded, _parsed, _graph, _site, _exports, _assets, _style) = (loaded, parsed, graph, site, exports, assets, style);
            (_records, _fingerprints, _claimsJson, _themeFiles, _validated) = (records, fingerprints, claimsJson, themeFiles, validated);
        }

        // Made when first read: preview makes the index only when the search box asks for it, once per compilation.
        var fileSets = new ExportPhase().RunFileSets(graph, site, changes is null ? null : (changes, BuildDate.Moment(today)));
        return new SiteCompilation(loaded.Config, graph, site, exports, assets, diagnostics.ToSortedList(), [.. stale.Select(p => p.Url)], timings)
        {
            FileSets = fileSets,
        };
    }

    /// <summary>
    /// Whether input/ holds a change the last compilation did not read: a file added, deleted or written since (by its
    /// stamp) that a compilation told only of the files named (<c>namedOnly</c>) was not told of. Lists input/ and takes
    /// every file's stamp, as a compilation that is not told does; true before the first compilation.
    /// </summary>
    public bool HasUnreadChanges() =>
        _loaded is null || new LoadPhase().Run(inputDirectory, workingDirectory, _loaded, null, retractions, themeFolder).Changed is not { Count: 0 };

    // A page is rendered again when it is new, when a value it read has another fingerprint now, or when a template it was
    // rendered with changed (every page, when the renderer could not say which it used); nothing else decides.
    private IReadOnlyList<PagePlan> SelectStale(IReadOnlyList<PagePlan> plans, DependencyFingerprints now, bool everything, IReadOnlySet<string> retemplated)
    {
        if (everything || _site is null || _records is null || _templates is null)
        {
            return plans;
        }

        bool Retemplated(string url) =>
            retemplated.Count > 0 && (!_templates.TryGetValue(url, out var used) || used.Count == 0 || used.Overlaps(retemplated));

        // After a patched link, only the values the patch can have changed are fingerprinted, and a page is stale when it
        // read one whose fingerprint is another now.
        var changed = now.Prepare(_records.Values);
        var stale = new bool[plans.Count];
        Parallel.For(0, plans.Count, i =>
        {
            var url = plans[i].Url;
            stale[i] = _site.PageAt(url) is null || !_records.TryGetValue(url, out var record) || Retemplated(url)
                || (changed is null ? !record.Holds(now) : record.ReadsAny(changed));
        });
        return [.. plans.Where((_, i) => stale[i])];
    }

    // The paths of the site's theme files added, removed or edited since the last compilation.
    private static HashSet<string> ChangedFiles(ThemeFolderFiles? before, ThemeFolderFiles? now)
    {
        var old = (before?.Files ?? []).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in now?.Files ?? [])
        {
            if (!old.Remove(file.Path, out var content) || !content.AsSpan().SequenceEqual(file.Content))
            {
                changed.Add(file.Path);
            }
        }

        changed.UnionWith(old.Keys);
        return changed;
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
