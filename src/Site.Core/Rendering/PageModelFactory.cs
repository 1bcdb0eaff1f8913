using Site.Core.Content;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Rendering.Models;

namespace Site.Core.Rendering;

/// <summary>Decides which pages the site has and builds the typed model of each from the graph.</summary>
public sealed class PageModelFactory(SiteGraph graph)
{
    private readonly SiteModel _site = new(graph.Config.Title, graph.Config.Description, graph.Config.Language);

    /// <summary>Every page of the site, in a fixed order: the home page, documents in path order, then generated pages.</summary>
    public IReadOnlyList<PagePlan> Plan()
    {
        var plans = new List<PagePlan>();
        var home = graph.Pages.FirstOrDefault(p => SiteGraph.UrlOf(p) == SitePaths.Home);
        plans.Add(new PagePlan(SitePaths.Home, home));
        plans.AddRange(graph.Pages.Where(p => p != home).Select(p => new PagePlan(SiteGraph.UrlOf(p), p)));
        plans.AddRange(SitePaths.GeneratedPages.Where(url => url != SitePaths.Home).Select(url => new PagePlan(url, null)));
        return plans;
    }

    /// <summary>The model of one planned page; renders its markdown body.</summary>
    public PageModel Create(PagePlan plan)
    {
        if (plan.Url == SitePaths.Home)
        {
            return new HomePageModel
            {
                Site = _site,
                Url = plan.Url,
                Title = plan.Document?.Source.Title ?? _site.Title,
                Description = Description(plan.Document) ?? _site.Description,
                BodyHtml = plan.Document is { } index ? MarkdownBodyRenderer.Render(index, graph, plan.Url) : string.Empty,
                Substances = Links(graph.Substances),
                Mechanisms = Links(graph.Mechanisms),
            };
        }

        if (plan.Document is not { } document)
        {
            return plan.Url switch
            {
                SitePaths.Substances => new ListPageModel
                {
                    Site = _site, Url = plan.Url, Title = "Substances",
                    Description = "Every substance on this site, with a one-line definition.",
                    Items = Links(graph.Substances), EmptyText = "No substances yet.",
                },
                SitePaths.Mechanisms => new ListPageModel
                {
                    Site = _site, Url = plan.Url, Title = "Mechanisms",
                    Description = "Every mechanism on this site, with a one-line definition.",
                    Items = Links(graph.Mechanisms), EmptyText = "No mechanisms yet.",
                },
                _ => new NotFoundPageModel { Site = _site, Url = plan.Url, Title = "Page not found" },
            };
        }

        var body = MarkdownBodyRenderer.Render(document, graph, plan.Url);
        var path = document.Source.RelativePath;
        return document.Source.FrontMatter switch
        {
            SubstanceFrontMatter substance => new SubstancePageModel
            {
                Site = _site, Url = plan.Url, Title = substance.Title, Description = substance.Summary,
                BodyHtml = body, SourcePath = path,
                Class = substance.Class, Aliases = substance.Aliases, Reviewed = substance.Reviewed,
                Mechanisms = Links(graph.MechanismsOf(document)),
            },
            MechanismFrontMatter mechanism => new MechanismPageModel
            {
                Site = _site, Url = plan.Url, Title = mechanism.Title, Description = mechanism.Summary,
                BodyHtml = body, SourcePath = path,
                Aliases = mechanism.Aliases, Reviewed = mechanism.Reviewed,
                Substances = Links(graph.SubstancesOf(document)),
            },
            ReferenceFrontMatter reference => new ReferencePageModel
            {
                Site = _site, Url = plan.Url, Title = reference.Title,
                BodyHtml = body, SourcePath = path, Reference = reference,
                LinkedFrom = Links(graph.LinksTo(document).Select(l => l.From).Distinct()),
            },
            _ => new ContentPageModel
            {
                Site = _site, Url = plan.Url, Title = document.Source.Title, Description = Description(document),
                BodyHtml = body, SourcePath = path,
            },
        };
    }

    private static string? Description(ParsedDocument? document) => document?.Source.FrontMatter switch
    {
        PageFrontMatter page => page.Description,
        SubstanceFrontMatter substance => substance.Summary,
        MechanismFrontMatter mechanism => mechanism.Summary,
        _ => null,
    };

    private static IReadOnlyList<PageLink> Links(IEnumerable<ParsedDocument> documents) =>
        [.. documents.Select(d => new PageLink(SiteGraph.UrlOf(d), d.Source.Title, Description(d)))];
}
