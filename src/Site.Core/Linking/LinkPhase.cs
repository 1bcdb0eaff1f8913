using Markdig.Syntax.Inlines;
using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Parsing;
using Site.Core.Parsing.WikiLinks;
using Site.Core.Retractions;

namespace Site.Core.Linking;

/// <summary>
/// Phase 3: builds the site graph in one place, sequentially and in one pass over the documents:
/// ids, URLs, substance-mechanism relations, links and backlinks, claims and the evidence behind
/// each, citations with their numbering per page, and the claims and passages that cite each reference.
/// </summary>
public sealed class LinkPhase
{
    /// <summary>Builds the graph.</summary>
    /// <param name="config">The site's settings.</param>
    /// <param name="documents">Every document, in path order.</param>
    /// <param name="assets">The content assets.</param>
    /// <param name="previous">
    /// The graph of the previous build of the same site, or null. A document that is the same object as
    /// before, whose citation keys and wiki link targets name the same documents as before, keeps its
    /// claims, citation numbering and quoted passages: an edit in preview re-links what it can change.
    /// </param>
    /// <param name="retractions">The retraction data's rows for the site's references, or null for none.</param>
    /// <param name="today">The build date, against which evidence is dated; null when nothing is dated.</param>
    public SiteGraph Run(
        SiteConfig config, IReadOnlyList<ParsedDocument> documents, IReadOnlyList<AssetFile> assets, SiteGraph? previous = null, RetractionData? retractions = null, DateOnly? today = null)
    {
        var data = retractions ?? RetractionData.Empty;
        if (previous is not null && LinkPatch.TryRun(config, documents, assets, previous, data, today) is { } patched)
        {
            return patched;
        }

        var byId = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
        var duplicates = new List<DuplicateDocument>();
        var reserved = new List<ParsedDocument>();
        var pages = new List<ParsedDocument>();
        foreach (var document in documents)
        {
            if (byId.TryGetValue(document.Id, out var first))
            {
                duplicates.Add(new DuplicateDocument(document, first));
                continue;
            }

            byId.Add(document.Id, document);
            if (document.Kind == DocumentKinds.Page && SitePaths.Reserved.Contains(SiteGraph.UrlOf(document), StringComparer.Ordinal))
            {
                reserved.Add(document);
                continue;
            }

            pages.Add(document);
        }

        // Each kind's lists of other kinds' ids (a substance's mechanisms), both ways: an id naming no document of the
        // list's kind is left out here and reported by its analyzer.
        var listed = new Dictionary<(ListedKind, string), IReadOnlyList<ParsedDocument>>();
        var listing = new Dictionary<(ListedKind, string), List<ParsedDocument>>();
        foreach (var page in pages)
        {
            foreach (var (list, ids) in page.Source.Content.Listed)
            {
                var targets = ListedTargets(ids, list, byId);
                // The same documents as the previous link's: the same list, which a page's read of it sees at once.
                listed[(list, page.Id)] = previous?.ListedRow(list, page.Id) is { } before && before.SequenceEqual(targets) ? before : targets;
                foreach (var target in targets)
                {
                    if (!listing.TryGetValue((list, target.Id), out var by))
                    {
                        listing[(list, target.Id)] = by = [];
                    }

                    by.Add(page);
                }
            }
        }

        var kinds = new KindLists<ParsedDocument>(pages, p => p.Source.Content);
        var references = kinds.References.ToDictionary(r => r.Item.Id, r => new DocumentNode<ReferenceFrontMatter>(r.Item, r.FrontMatter), StringComparer.Ordinal);
        var resolver = LinkResolver.Create(byId, documents, pages, assets);
        var linksFrom = new Dictionary<ParsedDocument, IReadOnlyList<DocumentLink>>();
        var linksTo = new Dictionary<string, List<DocumentLink>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var links = CollectLinks(document, resolver);
            linksFrom[document] = links;
            foreach (var link in links)
            {
                if (link.Target is { } target && target != document)
                {
                    if (!linksTo.TryGetValue(target.Id, out var list))
                    {
                        linksTo[target.Id] = list = [];
                    }

                    list.Add(link);
                }
            }
        }

        // The evidence map's rows, made once: a row of the same documents as the previous link's is that list again.
        var mapped = new Dictionary<(ListedKind, ParsedDocument), IReadOnlyList<ParsedDocument>>();
        var row = new List<ParsedDocument>();
        foreach (var page in pages)
        {
            foreach (var list in page.Kind.Lists)
            {
                SiteGraph.MappedRow(list, listed.GetValueOrDefault((list, page.Id)) ?? [], linksFrom[page], row);
                mapped[(list, page)] = previous?.MappedRow(list, page) is { } before && before.SequenceEqual(row) ? before : row.ToArray();
            }
        }

        var unchanged = previous is null ? null : Unchanged(previous, documents, byId, pages);
        // How an author-in-text citation reads in claims and quoted passages: "Jones et al.", "Jones und Smith".
        var wordsOf = InTextCitations.WordsFor(references, config.Strings["and"]);
        var claims = ClaimIndex.Build(documents, byId, references, linksFrom, wordsOf, unchanged is null ? null : (previous!.ClaimIndex, unchanged));
        var citations = CitationIndex.Build(documents, pages, byId, references, claims, wordsOf, unchanged is null ? null : (previous!.CitationIndex, unchanged));

        return new SiteGraph(
            config,
            documents,
            pages,
            byId,
            duplicates,
            reserved,
            kinds,
            listed,
            listing.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<ParsedDocument>)[.. kv.Value.OrderBy(s => s.Source.Title, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal)]),
            mapped,
            linksFrom,
            linksTo.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<DocumentLink>)kv.Value, StringComparer.Ordinal),
            citations,
            claims,
            assets,
            Retractions(kinds.References, data),
            today)
        {
            RetractionData = data,
            Resolver = resolver,
        };
    }

    /// <summary>The documents of the list's target kind that <paramref name="ids"/> name, each once, in the order listed.</summary>
    internal static ParsedDocument[] ListedTargets(IReadOnlyList<Sourced<string>> ids, ListedKind list, IReadOnlyDictionary<string, ParsedDocument> byId) =>
        ids
            .Select(m => byId.GetValueOrDefault(m.Value))
            .OfType<ParsedDocument>()
            .Where(m => m.Kind == list.Target)
            .Distinct()
            .ToArray();

    // The data's notice, or the reference's own status; a retraction outweighs an expression of concern, and of two
    // of a kind the data's, which gives the reason.
    private static Dictionary<string, RetractionNotice> Retractions(List<(ParsedDocument Item, ReferenceFrontMatter FrontMatter)> references, RetractionData data)
    {
        var notices = new Dictionary<string, RetractionNotice>(StringComparer.Ordinal);
        foreach (var (page, reference) in references)
        {
            var found = data.Find(reference.Doi, reference.Pmid);
            var byHand = RetractionStatus.ByHand(reference);
            var notice = found is null ? byHand
                : byHand is { Nature: RetractionNature.Retraction } && found.Nature != RetractionNature.Retraction ? byHand
                : found;
            if (notice is not null)
            {
                notices[page.Id] = notice;
            }
        }

        return notices;
    }

    // The documents whose claims, numbering and quotes can be kept: what those are made of besides the document
    // itself is whether it is a page, and the documents its citation keys and wiki link targets name (their
    // titles, evidence levels, ids). Worked out once, in parallel, for both indexes.
    private static HashSet<ParsedDocument> Unchanged(
        SiteGraph previous, IReadOnlyList<ParsedDocument> documents, IReadOnlyDictionary<string, ParsedDocument> byId, List<ParsedDocument> pages)
    {
        var before = previous.ById;
        var wasPage = new HashSet<ParsedDocument>(previous.Pages);
        var isPage = new HashSet<ParsedDocument>(pages);
        bool Same(string id) => ReferenceEquals(before.GetValueOrDefault(id), byId.GetValueOrDefault(id));
        bool Kept(ParsedDocument document)
        {
            if (wasPage.Contains(document) != isPage.Contains(document) || !Same(document.Id))
            {
                return false;
            }

            foreach (var group in document.Citations)
            {
                foreach (var item in group.Items)
                {
                    if (!Same(item.Key))
                    {
                        return false;
                    }
                }
            }

            foreach (var node in document.LinkNodes)
            {
                if (node is WikiLink wiki && !Same(wiki.Target))
                {
                    return false;
                }
            }

            return true;
        }

        return documents.AsParallel().Where(Kept).ToHashSet();
    }

    internal static IReadOnlyList<DocumentLink> CollectLinks(ParsedDocument document, LinkResolver resolver)
    {
        var links = new List<DocumentLink>();
        foreach (var node in document.LinkNodes)
        {
            switch (node)
            {
                case WikiLink wiki:
                    links.Add(resolver.Resolve(document, wiki));
                    break;
                case LinkInline inline when resolver.Resolve(document, inline) is { } link:
                    links.Add(link);
                    break;
            }
        }

        return links;
    }
}
