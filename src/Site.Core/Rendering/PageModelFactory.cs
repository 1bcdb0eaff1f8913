using Site.Core.Content;
using Site.Core.Editions;
using Site.Core.Generating;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Rendering.Models;
using Site.Core.Styles;

namespace Site.Core.Rendering;

/// <summary>Decides which pages the site has and builds the typed model of each from the graph.</summary>
/// <param name="graph">The site.</param>
/// <param name="assets">The theme's files under their published names, which every page links to.</param>
/// <param name="today">The build date, against which readers are told of overdue reviews.</param>
/// <param name="changes">What changed since the previous edition, when the build was given one: the site then has /changes/.</param>
/// <param name="style">The site's citation style prepared for this compilation; by default prepared here, with entries of its own.</param>
public sealed class PageModelFactory(SiteGraph graph, PublishedAssets assets, DateOnly today, EditionChanges? changes = null, PreparedStyle? style = null)
{
    private readonly PreparedStyle _style = style ?? PreparedStyle.For(graph);

    // The sections a page can sit in, by URL, as its breadcrumbs name them.
    private static readonly (string Url, string Title)[] Sections =
        [.. new[] { SitePaths.Substances, SitePaths.Mechanisms, SitePaths.References }.Select(url => (url, GeneratedOutputs.TitleOf(url)))];

    private readonly SiteModel _site = new(graph.Config.Title, graph.Config.Description, graph.Config.Language)
    {
        Address = graph.Address,
        Assets = assets,
        HasChanges = GeneratedOutputs.Find(SitePaths.Changes)!.Exists(graph.Address is not null, changes is not null),
        HasChangesFeed = GeneratedOutputs.Find(SitePaths.ChangesFeed)!.Exists(graph.Address is not null, changes is not null),
        Navigation = [.. GeneratedOutputs.Pages.Where(p => p.InNavigation).Select(p => new PageLink(p.Url, p.Title!))],
        NumberedReferences = (style?.Style ?? CitationStyles.Of(graph.Config)).Numbered,
    };

    /// <summary>Every page of the site, in a fixed order: the home page, documents in path order, then generated pages.</summary>
    public IReadOnlyList<PagePlan> Plan()
    {
        var plans = new List<PagePlan>();
        var home = graph.Pages.FirstOrDefault(p => SiteGraph.UrlOf(p) == SitePaths.Home);
        plans.Add(new PagePlan(SitePaths.Home, home));
        plans.AddRange(graph.Pages.Where(p => p != home).Select(p => new PagePlan(SiteGraph.UrlOf(p), p)));
        plans.AddRange(GeneratedOutputs.Pages
            .Where(p => !p.DocumentMayTakeIt && p.Exists(graph.Address is not null, changes is not null))
            .Select(p => new PagePlan(p.Url, null)));
        return plans;
    }

    /// <summary>The model of one planned page; renders its markdown body.</summary>
    public PageModel Create(PagePlan plan)
    {
        var page = CreatePage(plan);
        return page.Url == SitePaths.Home ? page : page with { Breadcrumbs = Breadcrumbs(page) };
    }

    private PageModel CreatePage(PagePlan plan)
    {
        if (GeneratedOutputs.Find(plan.Url) is { Page: { } generated } output && (plan.Document is null || output.DocumentMayTakeIt))
        {
            return generated(this, plan);
        }

        if (plan.Document is not { } document)
        {
            return NotFoundPage(plan);
        }

        var body = MarkdownBodyRenderer.Render(document, graph, plan.Url, _style);
        var path = document.Source.RelativePath;
        var references = References(document);
        return document.Source.FrontMatter switch
        {
            SubstanceFrontMatter substance => new SubstancePageModel
            {
                Site = _site, Url = plan.Url, Title = substance.Title, Description = substance.Summary,
                BodyHtml = body, SourcePath = path, References = references,
                Class = substance.Class, Aliases = substance.Aliases, Reviewed = substance.Reviewed, ReviewOverdueSince = OverdueSince(substance),
                Mechanisms = Links(graph.MechanismsOf(document)),
                Evidence = Evidence(document),
            },
            MechanismFrontMatter mechanism => new MechanismPageModel
            {
                Site = _site, Url = plan.Url, Title = mechanism.Title, Description = mechanism.Summary,
                BodyHtml = body, SourcePath = path, References = references,
                Aliases = mechanism.Aliases, Reviewed = mechanism.Reviewed, ReviewOverdueSince = OverdueSince(mechanism),
                Substances = Links(graph.SubstancesOf(document)),
                Evidence = Evidence(document),
            },
            ReferenceFrontMatter reference => ReferencePage(plan, document, reference, body, references),
            _ => new ContentPageModel
            {
                Site = _site, Url = plan.Url, Title = document.Source.Title, Description = Description(document),
                BodyHtml = body, SourcePath = path, References = references,
            },
        };
    }

    /// <summary>The home page: index.md's, or the site's title and cards when there is none.</summary>
    internal HomePageModel HomePage(PagePlan plan) => new()
    {
        Site = _site,
        Url = plan.Url,
        Title = plan.Document?.Source.Title ?? _site.Title,
        Description = Description(plan.Document) ?? _site.Description,
        BodyHtml = plan.Document is { } index ? MarkdownBodyRenderer.Render(index, graph, plan.Url, _style) : string.Empty,
        References = plan.Document is { } cited ? References(cited) : [],
        Substances = Cards(graph.Substances),
        Mechanisms = Cards(graph.Mechanisms),
    };

    /// <summary>The list of substances.</summary>
    internal ListPageModel SubstancesPage(PagePlan plan) => new()
    {
        Site = _site, Url = plan.Url, Title = GeneratedOutputs.TitleOf(plan.Url),
        Description = "Every substance on this site, with a one-line definition.",
        Items = Links(graph.Substances), EmptyText = "No substances yet.",
    };

    /// <summary>The list of mechanisms.</summary>
    internal ListPageModel MechanismsPage(PagePlan plan) => new()
    {
        Site = _site, Url = plan.Url, Title = GeneratedOutputs.TitleOf(plan.Url),
        Description = "Every mechanism on this site, with a one-line definition.",
        Items = Links(graph.Mechanisms), EmptyText = "No mechanisms yet.",
    };

    /// <summary>The bibliography.</summary>
    internal BibliographyPageModel BibliographyPage(PagePlan plan) => new()
    {
        Site = _site, Url = plan.Url, Title = GeneratedOutputs.TitleOf(plan.Url),
        Description = "Every work this site cites, grouped by the strength of its evidence.",
        Groups = Bibliography(),
        Retracted = [.. Bibliography(retracted: true).SelectMany(g => g.Entries)],
    };

    /// <summary>The evidence map.</summary>
    internal EvidenceMapPageModel EvidenceMapPage(PagePlan plan) => EvidenceMap(plan.Url);

    /// <summary>What changed in this edition; planned only when the build was given the previous one.</summary>
    internal ChangesPageModel ChangesPage(PagePlan plan) => new()
    {
        Site = _site, Url = plan.Url, Title = GeneratedOutputs.TitleOf(plan.Url),
        Description = "The claims added, changed and removed since the previous edition, page by page, with their citations.",
        Changes = changes ?? throw new InvalidOperationException("The changes page is planned only with the previous edition."),
        Pages = graph.Pages.DistinctBy(SiteGraph.UrlOf).ToDictionary(SiteGraph.UrlOf, Link, StringComparer.Ordinal),
    };

    /// <summary>The page served for missing URLs, with links to the generated pages that lead to everything.</summary>
    internal NotFoundPageModel NotFoundPage(PagePlan plan) => new()
    {
        Site = _site, Url = plan.Url, Title = GeneratedOutputs.TitleOf(SitePaths.NotFound),
        Links = [.. GeneratedOutputs.Pages.Where(p => p.OnNotFoundPage is not null).Select(p => new PageLink(p.Url, p.OnNotFoundPage!.Value.Text, p.OnNotFoundPage.Value.Summary))],
    };

    private DateOnly? OverdueSince(FrontMatter front) =>
        front.LastReviewed is { } reviewed ? ReviewSchedule.OverdueSince(reviewed, graph.Config.ReviewMaxAgeMonths, today) : null;

    // An abstract written as a YAML block keeps its blank lines between paragraphs (Background, Methods, Results...).
    private static string[] Paragraphs(string? text) =>
        text is null ? [] : [.. text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private ReferencePageModel ReferencePage(PagePlan plan, ParsedDocument document, ReferenceFrontMatter reference, string body, IReadOnlyList<CitedReference> references)
    {
        var citedBy = graph.CitedBy(document)
            .GroupBy(p => p.From)
            .OrderBy(g => g.Key.Source.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g.Key.Url, StringComparer.Ordinal)
            .Select(g => new CitingPage(Link(g.Key), [.. g.Select(p => new PassageLink(p.Anchor, p.Text, p.Claim?.Flag) { Retraction = p.Claim is { } claim ? graph.RetractionIn(claim) : null })]))
            .ToArray();
        var citing = citedBy.Select(c => c.Page.Url).ToHashSet(StringComparer.Ordinal);
        return new ReferencePageModel
        {
            Site = _site, Url = plan.Url, Title = reference.Title,
            Description = _style.Entry(document).Entry.Text,
            BodyHtml = body, SourcePath = document.Source.RelativePath, References = references,
            Reference = reference,
            Retraction = graph.RetractionOf(document),
            Entry = _style.Entry(document),
            Abstract = Paragraphs(reference.Text("abstract")),
            CitedBy = citedBy,
            LinkedFrom = Links(graph.LinksTo(document).Select(l => l.From).Distinct().Where(d => !citing.Contains(d.Url))),
        };
    }

    // Distinct references the page cites, by level, strongest first; "not assessed" last.
    private EvidenceSummary Evidence(ParsedDocument document)
    {
        var works = graph.CitationsOf(document).Works;
        var bars = works
            .Where(w => !graph.IsRetracted(w.Reference))
            .GroupBy(w => ((ReferenceFrontMatter)w.Reference.Source.FrontMatter).Evidence)
            .OrderBy(g => g.Key is { } level ? (int)level : int.MaxValue)
            .Select(g => new EvidenceBar(EvidenceLevels.Name(g.Key), EvidenceLevels.Label(g.Key), g.Count()))
            .ToArray();
        var claims = graph.ClaimsOf(document);
        return new EvidenceSummary(bars, claims.Count, claims.Count(c => c.Flag is not null))
        {
            Retracted = works.Count(w => graph.IsRetracted(w.Reference)),
        };
    }

    private EvidenceMapPageModel EvidenceMap(string url)
    {
        var rows = new List<(ParsedDocument Substance, IReadOnlyList<ParsedDocument> Listed, IReadOnlyList<ParsedDocument> Mechanisms)>();
        foreach (var substance in graph.Substances)
        {
            var mechanisms = graph.MappedMechanismsOf(substance);
            if (mechanisms.Count > 0)
            {
                rows.Add((substance, graph.MechanismsOf(substance), mechanisms));
            }
        }

        var columns = rows.SelectMany(r => r.Mechanisms).Distinct().Count();
        // A map too large for a grid lists its pairs without quoting every claim: the page stays small.
        var quote = EvidenceMapPageModel.Fits(rows.Count, columns);
        var pairs = new List<EvidencePair>();
        foreach (var (substance, listed, mechanisms) in rows)
        {
            foreach (var mechanism in mechanisms)
            {
                var claims = graph.ClaimsLinking(substance, mechanism);
                pairs.Add(new EvidencePair(
                    $"{substance.Id}--{mechanism.Id}",
                    Link(substance),
                    Link(mechanism),
                    listed.Contains(mechanism),
                    claims.Count,
                    claims.SelectMany(c => c.References).Distinct().Count(r => !graph.IsRetracted(r)),
                    claims.Count > 0 ? claims[0].Claim.Anchor : null,
                    quote ? [.. claims.Select(c => new PassageLink(c.Claim.Anchor, c.Text, c.Flag) { Retraction = graph.RetractionIn(c) })] : [])
                {
                    Retracted = claims.SelectMany(c => c.References).Distinct().Count(graph.IsRetracted),
                });
            }
        }

        return new EvidenceMapPageModel
        {
            Site = _site, Url = url, Title = GeneratedOutputs.TitleOf(SitePaths.Evidence),
            Description = "Which substances act through which mechanisms, and the claims and references that connect them.",
            Substances = [.. pairs.Select(p => p.Substance).Distinct()],
            Mechanisms = [.. pairs.Select(p => p.Mechanism).DistinctBy(m => m.Url).OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Url, StringComparer.Ordinal)],
            Pairs = pairs,
        };
    }

    // Home, then the section the page is in (unless it is the section's list), then the page.
    private static IReadOnlyList<PageLink> Breadcrumbs(PageModel page)
    {
        var trail = new List<PageLink> { new(SitePaths.Home, GeneratedOutputs.TitleOf(SitePaths.Home)) };
        foreach (var (url, title) in Sections)
        {
            if (page.Url != url && page.Url.StartsWith(url, StringComparison.Ordinal))
            {
                trail.Add(new PageLink(url, title));
            }
        }

        trail.Add(new PageLink(page.Url, page.Title));
        return trail;
    }

    // A substance or mechanism on the home page, with the distinct references and the claims on its page; a retracted work
    // is no evidence, so it is counted apart, as the page's own chart counts it.
    private IReadOnlyList<PageCard> Cards(IEnumerable<ParsedDocument> documents) =>
    [
        .. documents.Select(d =>
        {
            var works = graph.CitationsOf(d).Works;
            var retracted = works.Count(w => graph.IsRetracted(w.Reference));
            return new PageCard(Link(d), works.Count - retracted, graph.ClaimsOf(d).Count, retracted);
        }),
    ];

    private IReadOnlyList<CitedReference> References(ParsedDocument document) =>
    [
        .. _style.ListOrder(graph.CitationsOf(document)).Select(w =>
            new CitedReference(_style.Style.Numbered ? w.Order : null, _style.ListLabel(w), _style.Entry(w.Reference), w.Anchors, graph.RetractionOf(w.Reference)?.Nature)),
    ];

    // Strongest evidence first; within a level in the citation style's order (by author).
    // The retracted works are listed apart, outside the groups and their counts.
    private IReadOnlyList<BibliographyGroup> Bibliography(bool retracted = false)
    {
        var sorted = _style.Sort(graph.References
                .Where(r => !retracted || graph.IsRetracted(r))
                .Where(r => retracted || !graph.IsRetracted(r)))
            .Select(r => (Document: r, Front: (ReferenceFrontMatter)r.Source.FrontMatter))
            .ToArray();
        return
        [
            .. sorted
                .GroupBy(r => r.Front.Evidence)
                .OrderBy(g => g.Key is { } level ? (int)level : int.MaxValue)
                .Select(g => new BibliographyGroup(
                    EvidenceLevels.Name(g.Key),
                    EvidenceLevels.Label(g.Key),
                    [.. g.Select(r => new BibliographyEntry(_style.Entry(r.Document), graph.CitedBy(r.Document).Select(p => p.From).Distinct().Count()))])),
        ];
    }

    private static PageLink Link(ParsedDocument document) => new(SiteGraph.UrlOf(document), document.Source.Title, Description(document));

    private static string? Description(ParsedDocument? document) => document?.Source.FrontMatter switch
    {
        PageFrontMatter page => page.Description,
        SubstanceFrontMatter substance => substance.Summary,
        MechanismFrontMatter mechanism => mechanism.Summary,
        _ => null,
    };

    private static IReadOnlyList<PageLink> Links(IEnumerable<ParsedDocument> documents) =>
        [.. documents.Select(Link)];
}
