using Site.Core.Linking;

namespace Site.Core.Rendering;

/// <summary>
/// Phase 5: page models to HTML through the theme, in parallel. Each worker has its own renderer;
/// results land in plan order, so the output does not depend on scheduling.
/// </summary>
public sealed class RenderPhase(ISiteTheme theme)
{
    /// <summary>Renders the planned pages.</summary>
    public IReadOnlyList<RenderedPage> Run(SiteGraph graph, IReadOnlyList<PagePlan> plans)
    {
        var factory = new PageModelFactory(graph);
        var pages = new RenderedPage[plans.Count];
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
                pages[i] = new RenderedPage(plan.Url, renderer.Render(factory.Create(plan)), plan.Document);
            }
        });
        return pages;
    }
}
