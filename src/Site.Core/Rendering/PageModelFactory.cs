using Site.Core.Content;
using Site.Core.Editions;
using Site.Core.Editions.Formatting;
using Site.Core.Generating;
using Site.Core.Kinds;
using Site.Core.Languages;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Rendering.Dependencies;
using Site.Core.Rendering.Models;
using Site.Core.Retractions;
using Site.Core.Styles;

namespace Site.Core.Rendering;

/// <summary>Decides which pages the site has and builds the typed model of each from the graph.</summary>
/// <param name="graph">The site.</param>
/// <param name="assets">The theme's files under their published names, which every page links to.</param>
/// <param name="today">The build date, against which readers are told of overdue reviews.</param>
/// <param name="changes">What changed since the previous edition, when the build was given one: the site then has /changes/.</param>
/// <param name="style">The site's citation style prepared for this compilation; by default prepared here, with entries of its own.</param>
/// <param name="reservedAnchors">Ids the rest of a page gives (its theme's sections), which its body's headings must not take.</param>
public sealed class PageModelFactory(
    SiteGraph graph, PublishedAssets assets, DateOnly today, EditionChanges? changes = null, PreparedStyle? style = null, IReadOnlySet<string>? reservedAnchors = null)
{
    private readonly PreparedStyle _style = style ?? PreparedStyle.For(graph);

    private readonly SiteStrings _strings = graph.Config.Strings;

    // The sections a page can sit in, by URL, as its breadcrumbs name them.
    private readonly (string Url, string Title)[] _sections =
        [.. DocumentKinds.All.Select(k => k.ListPage).OfType<GeneratedOutput>().Select(p => (p.Url, p.TitleIn(graph.Config.Strings)!))];

    private readonly SiteModel _site = new(graph.Config.Title, graph.Config.Description, graph.Config.Language)
    {
        Address = graph.Address,
        Assets = assets,
        HasChanges = GeneratedOutputs.Find(SitePaths.Changes)!.Exists(graph.Address is not null, changes is not null),
        HasChangesFeed = GeneratedOutputs.Find(SitePaths.ChangesFeed)!.Exists(graph.Address is not null, changes is not null),
        Navigation = [.. GeneratedOutputs.Pages.Where(p => p.InNavigation).Select(p => new PageLink(p.Url, p.TitleIn(graph.Config.Strings)!))],
        Wording = graph.Config.Strings,
        // Made once for every page's search box.
        SearchLevels = SearchFilter.LevelsIn(graph.Config.Strings),
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

        return document.Source.Content.Page(this, plan, document);
    }

    /// <summary>A substance's page.</summary>
    internal SubstancePageModel SubstancePage(PagePlan plan, DocumentNode<SubstanceFrontMatter> node)
    {
        var (document, substance) = node;
        var body = Body(document, plan.Url);
        return new SubstancePageModel
        {
            Site = _site, Url = plan.Url, Title = substance.Title, Description = substance.Summary, Template = document.Kind.Template,
            BodyHtml = body.Html, Contents = body.Contents, HeadingAnchors = body.Anchors, SourcePath = document.Source.RelativePath, References = References(document),
            Class = substance.Class, Aliases = substance.Aliases, Reviewed = substance.Reviewed, ReviewOverdueSince = OverdueSince(substance),
            Mechanisms = Links(graph.MechanismsOf(document)),
            Conditions = Links(graph.ConditionsOf(document)),
            Evidence = Evidence(document),
        };
    }

    /// <summary>A condition's page: the substances studied for it, and the claims of substance pages that link to it.</summary>
    internal ConditionPageModel ConditionPage(PagePlan plan, DocumentNode<ConditionFrontMatter> node)
    {
        var (document, condition) = node;
        var body = Body(document, plan.Url);
        var conditions = DocumentKinds.Substance.ConditionList;
        return new ConditionPageModel
        {
            Site = _site, Url = plan.Url, Title = condition.Title, Description = condition.Summary, Template = document.Kind.Template,
            BodyHtml = body.Html, Contents = body.Contents, HeadingAnchors = body.Anchors, SourcePath = document.Source.RelativePath, References = References(document),
            Aliases = condition.Aliases, Reviewed = condition.Reviewed, ReviewOverdueSince = OverdueSince(condition),
            Substances = Links(graph.SubstancesStudiedFor(document)),
            Connections =
            [
                .. graph.Substances.Documents
                    .Select(s => (Substance: s, Claims: graph.ClaimsLinking(s, document)))
                    .Where(s => s.Claims.Count > 0)
                    .Select(s => new ConnectingClaims(s.Substance.Id, Link(s.Substance), Passages(s.Claims))),
            ],
            Evidence = Evidence(document),
        };
    }

    /// <summary>A mechanism's page.</summary>
    internal MechanismPageModel MechanismPage(PagePlan plan, DocumentNode<MechanismFrontMatter> node)
    {
        var (document, mechanism) = node;
        var body = Body(document, plan.Url);
        return new MechanismPageModel
        {
            Site = _site, Url = plan.Url, Title = mechanism.Title, Description = mechanism.Summary, Template = document.Kind.Template,
            BodyHtml = body.Html, Contents = body.Contents, HeadingAnchors = body.Anchors, SourcePath = document.Source.RelativePath, References = References(document),
            Aliases = mechanism.Aliases, Reviewed = mechanism.Reviewed, ReviewOverdueSince = OverdueSince(mechanism),
            Substances = Links(graph.SubstancesOf(document)),
            Evidence = Evidence(document),
        };
    }

    /// <summary>A plain page.</summary>
    internal ContentPageModel ContentPage(PagePlan plan, DocumentNode<PageFrontMatter> node)
    {
        var body = Body(node.Document, plan.Url);
        return new()
        {
            Site = _site, Url = plan.Url, Title = node.Title, Description = node.FrontMatter.Description, Template = node.Document.Kind.Template,
            BodyHtml = body.Html, Contents = body.Contents, HeadingAnchors = body.Anchors, SourcePath = node.Document.Source.RelativePath, References = References(node.Document),
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
        Substances = Cards(graph.Substances.Documents),
        Mechanisms = Cards(graph.Mechanisms.Documents),
        Conditions = Cards(graph.Conditions.Documents),
    };

    /// <summary>The list page of a kind: every document of it, with its summary.</summary>
    internal ListPageModel ListPage(PagePlan plan, DocumentKind kind) => new()
    {
        Site = _site, Url = plan.Url, Title = GeneratedOutputs.TitleOf(plan.Url, _strings),
        Description = _strings[kind.ListPage!.Key + "_description"],
        Items = Links(kind.DocumentsIn(graph)), EmptyText = _strings[kind.ListPage.Key + "_empty"],
    };

    /// <summary>The bibliography.</summary>
    internal BibliographyPageModel BibliographyPage(PagePlan plan) => new()
    {
        Site = _site, Url = plan.Url, Title = GeneratedOutputs.TitleOf(plan.Url, _strings),
        Description = _strings["references_description"],
        Groups = Bibliography(),
        Retracted = [.. Bibliography(retracted: true).SelectMany(g => g.Entries)],
    };

    /// <summary>The evidence map.</summary>
    internal EvidenceMapPageModel EvidenceMapPage(PagePlan plan) => EvidenceMap(plan.Url);

    /// <summary>What changed in this edition; planned only when the build was given the previous one.</summary>
    internal ChangesPageModel ChangesPage(PagePlan plan)
    {
        graph.Reading(DependencyKinds.EditionChanges);
        return ChangesPageOf(plan);
    }

    private ChangesPageModel ChangesPageOf(PagePlan plan)
    {
        var edition = changes ?? throw new InvalidOperationException("The changes page is planned only with the previous edition.");
        // A changed page or cited work that is not in this edition (a removed one) is named, not linked.
        var pages = graph.Pages.DistinctBy(SiteGraph.UrlOf).ToDictionary(SiteGraph.UrlOf, Link, StringComparer.Ordinal);
        IReadOnlyList<CitedKey> Keys(IEnumerable<string> keys) => [.. keys.Select(k => new CitedKey(k, pages.GetValueOrDefault($"{SitePaths.References}{k}/")))];
        static string ClaimUrl(EditionClaim claim) => $"{claim.Page}#{claim.Anchor}";
        var strings = _strings;
        string Levels(IReadOnlyList<string> levels) => levels.Count == 0
            ? strings["changes_none_assessed"]
            : string.Join(", ", levels.Select(l => EvidenceLevels.TryParse(l, out var level) ? strings.EvidenceLevel(level) : l == EvidenceLevels.Name(null) ? strings.EvidenceLevel(null) : l));
        string Note(PageChanges page)
        {
            var counts = PageChangesText.Counts(page, strings);
            return page.Kind switch
            {
                PageChangeKind.Moved => strings.Format("changes_moved", ("url", page.PreviousUrl ?? ""), ("counts", counts)),
                PageChangeKind.Added => strings.Format("changes_new_page", ("counts", counts)),
                PageChangeKind.Removed => strings.Format("changes_removed_page", ("counts", counts)),
                _ => char.ToUpperInvariant(counts[0]) + counts[1..] + ".",
            };
        }

        return new()
        {
            Site = _site, Url = plan.Url, Title = GeneratedOutputs.TitleOf(plan.Url, _strings),
            Description = _strings["changes_description"],
            Summary = ChangesFormatter.Summary(edition),
            Pages =
            [
                .. edition.Pages.Select(page => new ChangedPage(
                    PageChangesText.SectionId(page.Url), page.Url, pages.GetValueOrDefault(page.Url), page.Kind.ToString().ToLowerInvariant(), Note(page))
                {
                    Added = [.. page.Added.Select(c => new ChangedClaim(c.Text, ClaimUrl(c), Keys(c.Keys)))],
                    Changed =
                    [
                        .. page.Changed.Select(c => new ClaimRevision(c.Before.Text, c.After.Text, ClaimUrl(c.After))
                        {
                            CitationsAdded = Keys(c.CitationsAdded),
                            CitationsRemoved = Keys(c.CitationsRemoved),
                            EvidenceBefore = c.EvidenceChanged ? Levels(c.Before.Evidence) : null,
                            EvidenceAfter = c.EvidenceChanged ? Levels(c.After.Evidence) : null,
                            StatusChanges = [.. c.StatusChanges.Select(s => new StatusRevision(s.Key, s.Before, s.After))],
                        }),
                    ],
                    Removed = [.. page.Removed.Select(c => new ChangedClaim(c.Text, null, Keys(c.Keys)))],
                }),
            ],
        };
    }

    /// <summary>The page served for missing URLs, with links to the generated pages that lead to everything.</summary>
    internal NotFoundPageModel NotFoundPage(PagePlan plan) => new()
    {
        Site = _site, Url = plan.Url, Title = GeneratedOutputs.TitleOf(SitePaths.NotFound, _strings),
        Links =
        [
            .. GeneratedOutputs.Pages.Where(p => p.OnNotFoundPage).Select(p => new PageLink(
                p.Url, p.Url == SitePaths.Home ? _strings["home_page_link"] : p.TitleIn(_strings)!, _strings.Labels.GetValueOrDefault(p.Key + "_summary"))),
        ],
    };

    // A document's body as its page shows it, its headings' ids decided first so that "On this page" can link to them.
    private (string Html, IReadOnlyList<PageHeading> Contents, IReadOnlyList<string> Anchors) Body(ParsedDocument document, string url)
    {
        var anchored = BodyHeadings.Anchor(document, graph, reservedAnchors ?? NoAnchors);
        if (anchored.Count == 0)
        {
            return (MarkdownBodyRenderer.Render(document, graph, url, _style), [], []);
        }

        var anchors = anchored.ToDictionary(h => h.Block, h => h.Anchor);
        var html = MarkdownBodyRenderer.Render(document, graph, url, _style, anchors);
        return (html, BodyHeadings.Contents(anchored, document, graph), [.. anchored.Select(h => h.Anchor)]);
    }

    private static readonly HashSet<string> NoAnchors = [];

    private DateOnly? OverdueSince(FrontMatter front)
    {
        if (front.LastReviewed is not { } reviewed)
        {
            return null;
        }

        graph.Reading(DependencyKinds.BuildDate);
        return ReviewSchedule.OverdueSince(reviewed, graph.Config.ReviewMaxAgeMonths, today);
    }

    // An abstract written as a YAML block keeps its blank lines between paragraphs (Background, Methods, Results...).
    private static string[] Paragraphs(string? text) =>
        text is null ? [] : [.. text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A reference's page.</summary>
    internal ReferencePageModel ReferencePage(PagePlan plan, DocumentNode<ReferenceFrontMatter> node)
    {
        var (document, reference) = node;
        var body = Body(document, plan.Url);
        var citedBy = CitingPages(graph.CitedBy(document));
        var linkedFrom = graph.LinksTo(document);
        // Most references are linked to from no page but cited from a hundred: the set is made only for a page with links to it.
        var citing = linkedFrom.Count == 0 ? null : citedBy.Select(c => c.Page.Url).ToHashSet(StringComparer.Ordinal);
        return new ReferencePageModel
        {
            Site = _site, Url = plan.Url, Title = reference.Title, Template = document.Kind.Template, TypeLabel = _strings.ReferenceType(reference.Type),
            Description = _style.Entry(node).Entry.Text,
            BodyHtml = body.Html, Contents = body.Contents, HeadingAnchors = body.Anchors, SourcePath = document.Source.RelativePath, References = References(document),
            Reference = reference,
            Retraction = graph.RetractionOf(document),
            Entry = _style.Entry(node),
            Abstract = Paragraphs(reference.Text("abstract")),
            CitedBy = citedBy,
            LinkedFrom = Links(linkedFrom.Select(l => l.From).Distinct().Where(d => !citing!.Contains(d.Url))),
        };
    }

    // The pages citing a reference, by title and then URL, each with its passages in the order they cite it: a reference of a
    // dense site is quoted on some 130 pages, so this is one pass and one sort, not a chain of groupings.
    private CitingPage[] CitingPages(IReadOnlyList<CitingPassage> passages)
    {
        var byPage = new Dictionary<ParsedDocument, List<CitingPassage>>(ReferenceEqualityComparer.Instance);
        var pages = new List<ParsedDocument>();
        foreach (var passage in passages)
        {
            if (!byPage.TryGetValue(passage.From, out var list))
            {
                byPage[passage.From] = list = [];
                pages.Add(passage.From);
            }

            list.Add(passage);
        }

        // A stable sort: pages of the same title and URL stay in the order they first cite it.
        var order = pages.Select((page, index) => (Page: page, Index: index)).ToArray();
        Array.Sort(order, static (a, b) =>
            StringComparer.OrdinalIgnoreCase.Compare(a.Page.Source.Title, b.Page.Source.Title) is not 0 and var byTitle ? byTitle
            : string.CompareOrdinal(a.Page.Url, b.Page.Url) is not 0 and var byUrl ? byUrl
            : a.Index.CompareTo(b.Index));
        var citing = new CitingPage[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var list = byPage[order[i].Page];
            var quoted = new PassageLink[list.Count];
            for (var p = 0; p < list.Count; p++)
            {
                var passage = list[p];
                quoted[p] = Passage(passage.Anchor, passage.Text, passage.Claim?.Flag, passage.Claim is { } claim ? graph.RetractionIn(claim) : null);
            }

            citing[i] = new CitingPage(Link(order[i].Page), quoted);
        }

        return citing;
    }

    // Distinct references the page cites, by level, strongest first; "not assessed" last.
    private EvidenceSummary Evidence(ParsedDocument document)
    {
        var works = graph.CitationsOf(document).Works;
        var bars = works
            .Where(w => !graph.IsRetracted(w.Reference))
            .GroupBy(w => graph.References.Of(w.Reference)!.FrontMatter.Evidence)
            .OrderBy(g => g.Key is { } level ? (int)level : int.MaxValue)
            .Select(g => new EvidenceBar(EvidenceLevels.Name(g.Key), _strings.EvidenceLevel(g.Key), g.Count()))
            .ToArray();
        var max = bars.Length == 0 ? 0 : bars.Max(b => b.Count);
        bars = [.. bars.Select(b => b with { Width = Math.Max(2, b.Count * 100 / max) })];
        var claims = graph.ClaimsOf(document);
        return new EvidenceSummary(bars, claims.Count, claims.Count(c => c.Flag is not null))
        {
            Retracted = works.Count(w => graph.IsRetracted(w.Reference)),
        };
    }

    private EvidenceMapPageModel EvidenceMap(string url) => new()
    {
        Site = _site, Url = url, Title = GeneratedOutputs.TitleOf(SitePaths.Evidence, _strings),
        Description = _strings["evidence_map_description"],
        Grids =
        [
            Grid(DocumentKinds.Substance.MechanismList) with
            {
                IdPrefix = "evidence-grid", ConnectionsId = "connections", ConnectionsTitle = _strings["connections"],
                EmptyText = _strings["no_substance_links_mechanism"],
            },
            Grid(DocumentKinds.Substance.ConditionList) with
            {
                IdPrefix = "condition-grid", ConnectionsId = "condition-connections", ConnectionsTitle = _strings["connections_conditions"],
                Heading = _strings["substances_by_condition"],
            },
        ],
    };

    // Substances by the documents of a list's kind they list or link to.
    private EvidenceGrid Grid(ListedKind list)
    {
        var rows = new List<(ParsedDocument Substance, IReadOnlyList<ParsedDocument> Listed, IReadOnlyList<ParsedDocument> Columns)>();
        foreach (var substance in graph.Substances.Documents)
        {
            var mapped = graph.Mapped(list, substance);
            if (mapped.Count > 0)
            {
                rows.Add((substance, graph.Listed(list, substance), mapped));
            }
        }

        var columns = rows.SelectMany(r => r.Columns).Distinct().Count();
        // A map too large for a grid lists its pairs without quoting every claim: the page stays small.
        var quote = EvidenceMapPageModel.Fits(rows.Count, columns);
        var pairs = new List<EvidencePair>();
        foreach (var (substance, listed, mapped) in rows)
        {
            foreach (var target in mapped)
            {
                var claims = graph.ClaimsLinking(substance, target);
                pairs.Add(new EvidencePair(
                    $"{substance.Id}--{target.Id}",
                    Link(substance),
                    Link(target),
                    listed.Contains(target),
                    claims.Count,
                    claims.SelectMany(c => c.References).Distinct().Count(r => !graph.IsRetracted(r)),
                    claims.Count > 0 ? claims[0].Claim.Anchor : null,
                    quote ? Passages(claims) : [])
                {
                    Retracted = claims.SelectMany(c => c.References).Distinct().Count(graph.IsRetracted),
                });
            }
        }

        var noun = list.Target.Name;
        return new EvidenceGrid
        {
            Noun = noun,
            PluralNoun = list.Target.Folder!,
            IdPrefix = noun,
            ConnectionsId = noun + "-connections",
            ConnectionsTitle = _strings["connections"],
            Caption = _strings["grid_caption_" + noun],
            ListedNote = _strings["grid_lists_this_" + noun],
            TooLargeNote = _strings["grid_too_large_" + noun],
            ConnectionsByTitle = _strings["grid_connections_by_" + noun],
            Substances = [.. pairs.Select(p => p.Substance).Distinct()],
            Columns = [.. pairs.Select(p => p.Target).DistinctBy(m => m.Url).OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Url, StringComparer.Ordinal)],
            Pairs = pairs,
        };
    }

    // Home, then the section the page is in (unless it is the section's list), then the page.
    private IReadOnlyList<PageLink> Breadcrumbs(PageModel page)
    {
        var trail = new List<PageLink> { new(SitePaths.Home, GeneratedOutputs.TitleOf(SitePaths.Home, _strings)) };
        foreach (var (url, title) in _sections)
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

    private CitedReference[] References(ParsedDocument document)
    {
        var works = _style.ListOrder(graph.CitationsOf(document));
        var references = new CitedReference[works.Count];
        for (var i = 0; i < references.Length; i++)
        {
            var work = works[i];
            var retraction = graph.RetractionOf(work.Reference)?.Nature;
            references[i] = new CitedReference(_style.Style.Numbered ? work.Order : null, _style.ListLabel(work), _style.Entry(graph.References.Of(work.Reference)!), work.Anchors, retraction)
            {
                RetractionMark = retraction is { } nature
                    ? new Mark(RetractionStatus.Name(nature), _strings[nature == RetractionNature.Retraction ? "retracted" : "under_concern"])
                    : null,
            };
        }

        return references;
    }

    // Strongest evidence first; within a level in the citation style's order (by author).
    // The retracted works are listed apart, outside the groups and their counts.
    private IReadOnlyList<BibliographyGroup> Bibliography(bool retracted = false)
    {
        var sorted = _style.Sort(graph.References
            .Where(r => !retracted || graph.IsRetracted(r.Document))
            .Where(r => retracted || !graph.IsRetracted(r.Document)));
        return
        [
            .. sorted
                .GroupBy(r => r.FrontMatter.Evidence)
                .OrderBy(g => g.Key is { } level ? (int)level : int.MaxValue)
                .Select(g => new BibliographyGroup(
                    EvidenceLevels.Name(g.Key),
                    _strings.EvidenceLevel(g.Key),
                    [.. g.Select(r => new BibliographyEntry(_style.Entry(r), graph.PagesCiting(r.Document).Count))])),
        ];
    }

    private IReadOnlyList<PassageLink> Passages(IEnumerable<ClaimEvidence> claims) =>
        [.. claims.Select(c => Passage(c.Claim.Anchor, c.Text, c.Flag, graph.RetractionIn(c)))];

    // A quoted claim with its marks in the site's words.
    private PassageLink Passage(string anchor, string text, EvidenceFlag? flag, RetractionNature? retraction) => new(anchor, text, flag)
    {
        Retraction = retraction,
        RetractionMark = retraction is { } nature
            ? new Mark(RetractionStatus.Name(nature), _strings[nature == RetractionNature.Retraction ? "cites_retracted" : "cites_concern"])
            : null,
        EvidenceMark = flag is { } f ? new Mark(EvidenceFlags.Name(f), _strings.EvidenceFlag(f), _strings.EvidenceFlagExplanation(f)) : null,
    };

    private static PageLink Link(ParsedDocument document) => new(SiteGraph.UrlOf(document), document.Source.Title, Description(document));

    private static string? Description(ParsedDocument? document) => document?.Source.FrontMatter.Synopsis;

    private static IReadOnlyList<PageLink> Links(IEnumerable<ParsedDocument> documents) =>
        [.. documents.Select(Link)];
}
