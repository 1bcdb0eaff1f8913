using Site.Core.Diagnostics;
using Site.Core.Editions;
using Site.Core.Linking;
using Site.Core.Rendering.Dependencies;
using Site.Core.Styles;

namespace Site.Core.Rendering;

/// <summary>
/// Phase 5: page models to HTML through the theme, in parallel. Each worker has its own renderer;
/// results land in plan order, so the output does not depend on scheduling.
/// </summary>
/// <param name="theme">Renders the pages.</param>
/// <param name="today">The build date, which pages show overdue reviews against.</param>
/// <param name="changes">What changed since the previous edition, for /changes/; null when the build was given none.</param>
/// <param name="style">The site's citation style prepared for this compilation; by default prepared for each run.</param>
/// <param name="problems">Where a site's own template that fails on a page is reported; by default such a failure is thrown.</param>
public sealed class RenderPhase(ISiteTheme theme, DateOnly today, EditionChanges? changes = null, PreparedStyle? style = null, DiagnosticBag? problems = null)
{
    /// <summary>Renders the planned pages.</summary>
    /// <param name="graph">The site.</param>
    /// <param name="assets">The theme's files under their published names.</param>
    /// <param name="plans">The pages to render.</param>
    public IReadOnlyList<RenderedPage> Run(SiteGraph graph, PublishedAssets assets, IReadOnlyList<PagePlan> plans) =>
        Run(graph, assets, plans, page => page with { Html = page.Html.ToString().AsMemory() });

    /// <summary>
    /// Renders the planned pages and hands each to <paramref name="finish"/> on the worker that rendered
    /// it, so that the next phase runs while the page is fresh and only its result is kept: a large
    /// site's pages never all exist as rendered text at once.
    /// </summary>
    /// <param name="graph">The site.</param>
    /// <param name="assets">The theme's files under their published names.</param>
    /// <param name="plans">The pages to render.</param>
    /// <param name="finish">What to make of each rendered page.</param>
    /// <param name="recording">Where to record what each page read, or null to record nothing.</param>
    /// <param name="templates">Told, when recording, which of the theme's templates each page used (none when the renderer cannot tell).</param>
    public IReadOnlyList<T> Run<T>(
        SiteGraph graph, PublishedAssets assets, IReadOnlyList<PagePlan> plans, Func<RenderedPage, T> finish, DependencyRecording? recording = null,
        Action<string, IReadOnlySet<string>>? templates = null)
    {
        var prepared = style ?? PreparedStyle.For(graph);
        var factory = new PageModelFactory(graph, assets, today, changes, prepared);
        var pages = new T[plans.Count];
        if (plans.Count == 0)
        {
            return pages;
        }

        var workers = Math.Clamp(Environment.ProcessorCount, 1, plans.Count);
        Parallel.For(0, workers, worker =>
        {
            using var renderer = theme.CreateRenderer();
            for (var i = worker; i < plans.Count; i += workers)
            {
                var plan = plans[i];
                if (recording is null)
                {
                    pages[i] = finish(new RenderedPage(plan.Url, Render(renderer, factory, plan, reserved => new PageModelFactory(graph, assets, today, changes, prepared, reserved), null), plan.Document));
                    continue;
                }

                // The page is made from a view that records what it reads, its own document first.
                var (view, reads) = recording.Begin(graph);
                if (plan.Document is { } own)
                {
                    view.Reading(own);
                }

                PageReads.Current = reads;
                try
                {
                    var viewFactory = new PageModelFactory(view, assets, today, changes, prepared);
                    var used = new HashSet<string>(StringComparer.Ordinal);
                    var html = Render(renderer, viewFactory, plan, reserved => new PageModelFactory(view, assets, today, changes, prepared, reserved), used);
                    pages[i] = finish(new RenderedPage(plan.Url, html, plan.Document));
                    templates?.Invoke(plan.Url, used);
                }
                finally
                {
                    PageReads.Current = null;
                }

                recording.Keep(plan.Url, reads);
            }
        });
        return pages;
    }

    // A body's headings take their ids before the page is written, so that its contents can link to them; one that the
    // rest of the page gives too (a "## References" beside the reference list's own) is numbered past it, and the page
    // written again. Rare, and checked only for the ids of the body's headings.
    private ReadOnlyMemory<char> Render(IPageRenderer renderer, PageModelFactory factory, PagePlan plan, Func<IReadOnlySet<string>, PageModelFactory> reserving, ISet<string>? templates)
    {
        var model = factory.Create(plan);
        var html = Render(renderer, model, templates);
        HashSet<string>? reserved = null;
        for (var attempt = 0; attempt < MaxHeadingRetries && model is Models.ArticlePageModel { HeadingAnchors.Count: > 0 } article; attempt++)
        {
            var page = html;
            var repeated = article.HeadingAnchors.Where(id => Occurrences(page.Span, id) > 1).ToArray();
            if (repeated.Length == 0)
            {
                break;
            }

            (reserved ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(repeated);
            model = reserving(reserved).Create(plan);
            html = Render(renderer, model, templates);
        }

        return html;
    }

    private const int MaxHeadingRetries = 4;

    // How many elements of the page carry the id (a heading's id is a slug: nothing in it needs encoding).
    private static int Occurrences(ReadOnlySpan<char> html, string id)
    {
        var attribute = $"id=\"{id}\"";
        var count = 0;
        for (var at = html.IndexOf(attribute, StringComparison.Ordinal); at >= 0 && count < 2;)
        {
            // " id=" or "\tid=", not "data-id=" or "aria-describedby=".
            if (at > 0 && char.IsWhiteSpace(html[at - 1]))
            {
                count++;
            }

            var next = html[(at + attribute.Length)..].IndexOf(attribute, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + attribute.Length + next;
        }

        return count;
    }

    // A site's template that fails on a page fails the build with its diagnostic, and the page is left empty meanwhile.
    private ReadOnlyMemory<char> Render(IPageRenderer renderer, Models.PageModel model, ISet<string>? templates)
    {
        try
        {
            return renderer.RenderBuffered(model, templates);
        }
        catch (ThemeRenderException e) when (problems is not null)
        {
            problems.Add(e.Diagnostic);
            return ReadOnlyMemory<char>.Empty;
        }
    }
}
