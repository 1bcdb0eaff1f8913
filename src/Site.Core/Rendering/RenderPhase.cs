using Site.Core.Linking;

namespace Site.Core.Rendering;

/// <summary>
/// Phase 5: page models to HTML through the theme, in parallel. Each worker has its own renderer;
/// results land in plan order, so the output does not depend on scheduling.
/// </summary>
public sealed class RenderPhase(ISiteTheme theme)
{
    /// <summary>Renders the planned pages.</summary>
    public IReadOnlyList<RenderedPage> Run(SiteGraph graph, IReadOnlyList<PagePlan> plans) => Run(graph, plans, page => page);

    /// <summary>
    /// Renders the planned pages and hands each to <paramref name="finish"/> on the worker that rendered
    /// it, so that the next phase runs while the page is fresh and only its result is kept: a large
    /// site's pages never all exist as rendered text at once.
    /// </summary>
    public IReadOnlyList<T> Run<T>(SiteGraph graph, IReadOnlyList<PagePlan> plans, Func<RenderedPage, T> finish)
    {
        var factory = new PageModelFactory(graph);
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
                pages[i] = finish(new RenderedPage(plan.Url, renderer.Render(factory.Create(plan)), plan.Document));
            }
        });
        return pages;
    }
}
