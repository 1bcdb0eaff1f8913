using Markdig.Syntax.Inlines;
using Site.Core.Content;
using Site.Core.Parsing;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Linking;

/// <summary>
/// Phase 3: builds the site graph in one place, sequentially and in one pass over the documents:
/// ids, URLs, substance-mechanism relations, links and backlinks, claims and the evidence behind
/// each, citations with their numbering per page, and the claims and passages that cite each reference.
/// </summary>
public sealed class LinkPhase
{
    /// <summary>Builds the graph.</summary>
    public SiteGraph Run(SiteConfig config, IReadOnlyList<ParsedDocument> documents, IReadOnlyList<AssetFile> assets)
    {
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
            if (document.Kind == DocumentKind.Page && SitePaths.Reserved.Contains(SiteGraph.UrlOf(document), StringComparer.Ordinal))
            {
                reserved.Add(document);
                continue;
            }

            pages.Add(document);
        }

        var mechanismsOf = new Dictionary<string, IReadOnlyList<ParsedDocument>>(StringComparer.Ordinal);
        var substancesOf = new Dictionary<string, List<ParsedDocument>>(StringComparer.Ordinal);
        foreach (var substance in pages.Where(p => p.Kind == DocumentKind.Substance))
        {
            var listed = ((SubstanceFrontMatter)substance.Source.FrontMatter).Mechanisms
                .Select(m => byId.GetValueOrDefault(m.Value))
                .OfType<ParsedDocument>()
                .Where(m => m.Kind == DocumentKind.Mechanism)
                .Distinct()
                .ToArray();
            mechanismsOf[substance.Id] = listed;
            foreach (var mechanism in listed)
            {
                if (!substancesOf.TryGetValue(mechanism.Id, out var list))
                {
                    substancesOf[mechanism.Id] = list = [];
                }

                list.Add(substance);
            }
        }

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

        var claims = ClaimIndex.Build(documents, byId, linksFrom);
        var citations = CitationIndex.Build(documents, pages, byId, claims);

        return new SiteGraph(
            config,
            documents,
            pages,
            byId,
            duplicates,
            reserved,
            mechanismsOf,
            substancesOf.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<ParsedDocument>)[.. kv.Value.OrderBy(s => s.Source.Title, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal)],
                StringComparer.Ordinal),
            linksFrom,
            linksTo.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<DocumentLink>)kv.Value, StringComparer.Ordinal),
            citations,
            claims,
            assets);
    }

    private static IReadOnlyList<DocumentLink> CollectLinks(ParsedDocument document, LinkResolver resolver)
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
