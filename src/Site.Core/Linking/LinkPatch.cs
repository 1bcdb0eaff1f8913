using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Parsing;
using Site.Core.Retractions;

namespace Site.Core.Linking;

/// <summary>
/// The link of an edit: when the documents are the previous graph's but for a few new versions of the same files with
/// the same front matter (an edited body), the previous graph's maps are patched for the documents that can read
/// otherwise now (the edited ones, and those that link to, cite or list one of them, whose links, claims and rows name
/// the old version) instead of being made again from every document. What it makes is what a link of every document
/// would; anything else (a file added, removed or renamed, a front matter edited, a duplicate id, other settings,
/// retraction data or assets, another build date) is linked afresh.
/// </summary>
internal static class LinkPatch
{
    // More edited documents than this at once, and the whole site is linked again: a patch pays per document.
    private const int MostEdited = 64;

    /// <summary>The graph patched from <paramref name="previous"/>, or null when it cannot be.</summary>
    public static SiteGraph? TryRun(
        SiteConfig config, IReadOnlyList<ParsedDocument> documents, IReadOnlyList<AssetFile> assets, SiteGraph previous, RetractionData data, DateOnly? today)
    {
        if (previous.Resolver is not { } resolver
            || !ReferenceEquals(config, previous.Config)
            || !ReferenceEquals(data, previous.RetractionData)
            || previous.LinkedOn != today
            || !assets.SequenceEqual(previous.Assets)
            || previous.Documents.Count != documents.Count)
        {
            return null;
        }

        var before = previous.Documents;
        var replaced = new Dictionary<ParsedDocument, ParsedDocument>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (ReferenceEquals(before[i], documents[i]))
            {
                continue;
            }

            if (replaced.Count == MostEdited || !SameOutside(before[i], documents[i]))
            {
                return null;
            }

            replaced[before[i]] = documents[i];
        }

        // The documents whose links, claims, citations and rows can change: the edited ones and those whose links,
        // citations or lists name one of them.
        var lists = DocumentKinds.All.SelectMany(k => k.Lists).ToArray();
        var removed = new HashSet<ParsedDocument>(replaced.Keys);
        foreach (var old in replaced.Keys)
        {
            removed.UnionWith((previous.LinksToMap.GetValueOrDefault(old.Id) ?? []).Select(l => l.From));
            removed.UnionWith(previous.CitationIndex.OfKey(old.Id).Select(c => c.From));
            foreach (var list in lists)
            {
                removed.UnionWith(previous.ListingRows.GetValueOrDefault((list, old.Id)) ?? []);
            }
        }

        // A duplicate id or a reserved URL among them: their maps are keyed by id, which two documents share; linked afresh.
        var apart = previous.Duplicates.SelectMany(d => new[] { d.Document.Id, d.First.Id }).Concat(previous.ReservedUrlPages.Select(p => p.Id)).ToHashSet(StringComparer.Ordinal);
        if (apart.Count > 0 && removed.Any(d => apart.Contains(d.Id)))
        {
            return null;
        }

        ParsedDocument Now(ParsedDocument document) => replaced.GetValueOrDefault(document) ?? document;
        var index = new Dictionary<ParsedDocument, int>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            index[documents[i]] = i;
        }

        var added = removed.Select(Now).OrderBy(d => index[d]).ToArray();

        var byId = new Dictionary<string, ParsedDocument>(previous.ById, StringComparer.Ordinal);
        foreach (var (old, now) in replaced)
        {
            byId[old.Id] = now;
        }

        var pages = previous.Pages.ToArray();
        for (var i = 0; i < pages.Length && replaced.Count > 0; i++)
        {
            pages[i] = Now(pages[i]);
        }

        // Every document here has its own id and no reserved URL: it has a page when it is the one of its id.
        bool IsPage(ParsedDocument document) => ReferenceEquals(byId.GetValueOrDefault(document.Id), document);

        var nodes = new GraphKinds(
            previous.ContentPages.Replacing(replaced),
            previous.Substances.Replacing(replaced),
            previous.Mechanisms.Replacing(replaced),
            previous.Conditions.Replacing(replaced),
            previous.References.Replacing(replaced));
        var references = nodes.References.ById;
        var links = resolver.Replacing(byId, replaced);

        var linksFrom = new Dictionary<ParsedDocument, IReadOnlyList<DocumentLink>>(previous.LinksFromMap);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in removed)
        {
            linksFrom.Remove(document);
            targets.UnionWith(LinkedIds(document, previous.LinksFromMap.GetValueOrDefault(document) ?? []));
        }

        var linksToAdded = new Dictionary<string, List<DocumentLink>>(StringComparer.Ordinal);
        var collected = new IReadOnlyList<DocumentLink>[added.Length];
        Parallel.For(0, added.Length, d => collected[d] = LinkPhase.CollectLinks(added[d], links));
        for (var d = 0; d < added.Length; d++)
        {
            var (document, found) = (added[d], collected[d]);
            linksFrom[document] = found;
            foreach (var link in found)
            {
                if (link.Target is { } target && target != document)
                {
                    targets.Add(target.Id);
                    DocumentOrder.Add(linksToAdded, target.Id, link);
                }
            }
        }

        var linksTo = new Dictionary<string, IReadOnlyList<DocumentLink>>(previous.LinksToMap, StringComparer.Ordinal);
        foreach (var id in targets)
        {
            var merged = DocumentOrder.Merge(previous.LinksToMap.GetValueOrDefault(id), l => l.From, removed, linksToAdded.GetValueOrDefault(id), index);
            if (merged.Count == 0)
            {
                linksTo.Remove(id);
            }
            else
            {
                linksTo[id] = merged;
            }
        }

        // The lists of the pages among them, and the listing rows of what they listed before or list now.
        var listed = new Dictionary<(ListedKind, string), IReadOnlyList<ParsedDocument>>(previous.ListedRows);
        var listedIds = new HashSet<(ListedKind List, string Id)>();
        foreach (var document in removed.Where(d => ReferenceEquals(previous.ById.GetValueOrDefault(d.Id), d)))
        {
            foreach (var (list, _) in document.Source.Content.Listed)
            {
                if (listed.Remove((list, document.Id), out var row))
                {
                    listedIds.UnionWith(row.Select(t => (list, t.Id)));
                }
            }
        }

        foreach (var document in added.Where(IsPage))
        {
            foreach (var (list, ids) in document.Source.Content.Listed)
            {
                var row = LinkPhase.ListedTargets(ids, list, byId);
                listed[(list, document.Id)] = previous.ListedRow(list, document.Id) is { } kept && kept.SequenceEqual(row) ? kept : row;
                listedIds.UnionWith(row.Select(t => (list, t.Id)));
            }
        }

        var listing = new Dictionary<(ListedKind, string), IReadOnlyList<ParsedDocument>>(previous.ListingRows);
        foreach (var (list, id) in listedIds)
        {
            var row = (previous.ListingRows.GetValueOrDefault((list, id)) ?? []).Where(d => !removed.Contains(d))
                .Concat(added.Where(d => IsPage(d) && listed.GetValueOrDefault((list, d.Id)) is { } r && r.Any(t => t.Id == id)))
                .OrderBy(s => s.Source.Title, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal)
                .ToArray();
            if (row.Length == 0)
            {
                listing.Remove((list, id));
            }
            else
            {
                listing[(list, id)] = row;
            }
        }

        var mapped = new Dictionary<(ListedKind, ParsedDocument), IReadOnlyList<ParsedDocument>>(previous.MappedRows);
        foreach (var document in removed)
        {
            foreach (var list in document.Kind.Lists)
            {
                mapped.Remove((list, document));
            }
        }

        var cells = new List<ParsedDocument>();
        foreach (var document in added.Where(IsPage))
        {
            var old = removed.Contains(document) ? document : replaced.First(r => r.Value == document).Key;
            foreach (var list in document.Kind.Lists)
            {
                SiteGraph.MappedRow(list, listed.GetValueOrDefault((list, document.Id)) ?? [], linksFrom[document], cells);
                mapped[(list, document)] = previous.MappedRow(list, old) is { } kept && kept.SequenceEqual(cells) ? kept : cells.ToArray();
            }
        }

        var wordsOf = InTextCitations.WordsFor(references, config.Strings["and"]);
        var claims = previous.ClaimIndex.Patch(removed, added, previous.LinksFromMap, byId, references, linksFrom, wordsOf);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var citations = previous.CitationIndex.Patch(removed, added, IsPage, index, byId, references, claims, wordsOf, cited);

        // What a page or a rule can find otherwise now is about the edited documents and what they link to, list or cite,
        // before or now. A document patched only because it names an edited one has new entries that say what its old
        // ones said (the same paths, words, front matter): every fingerprint of them, and every rule's finding, is the same.
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (old, now) in replaced)
        {
            named.UnionWith(LinkedIds(old, previous.LinksFromMap.GetValueOrDefault(old) ?? []));
            named.UnionWith(LinkedIds(now, linksFrom[now]));
            named.UnionWith(previous.CitationIndex.CitedIn(old));
            named.UnionWith(citations.CitedIn(now));
            foreach (var (list, _) in now.Source.Content.Listed)
            {
                named.UnionWith((previous.ListedRow(list, old.Id) ?? []).Concat(listed.GetValueOrDefault((list, now.Id)) ?? []).Select(d => d.Id));
            }
        }

        var paths = replaced.Keys.Select(d => d.Source.RelativePath).ToHashSet(StringComparer.Ordinal);
        paths.UnionWith(named.Select(byId.GetValueOrDefault).OfType<ParsedDocument>().Select(d => d.Source.RelativePath));
        paths.UnionWith(previous.Duplicates.Where(d => named.Contains(d.Document.Id)).Select(d => d.Document.Source.RelativePath));

        return new SiteGraph(
            config,
            documents,
            pages,
            byId,
            previous.Duplicates,
            previous.ReservedUrlPages,
            nodes,
            listed,
            listing,
            mapped,
            linksFrom,
            linksTo,
            citations,
            claims,
            assets,
            // Of the references' front matter, unchanged, and the same data.
            previous.RetractionNotices,
            today)
        {
            RetractionData = data,
            Resolver = links,
            PatchedFrom = (previous.Number, paths),
        };
    }

    // The same file, with the same front matter (so the same id, kind, title, URL and lists) and claim policy.
    private static bool SameOutside(ParsedDocument old, ParsedDocument now) =>
        old.Source.RelativePath == now.Source.RelativePath
        && old.Id == now.Id
        && old.Kind == now.Kind
        && old.Url == now.Url
        && old.ClaimPolicy == now.ClaimPolicy
        && old.Source.Source.Text.AsSpan(0, old.Source.BodyOffset).SequenceEqual(now.Source.Source.Text.AsSpan(0, now.Source.BodyOffset));

    private static IEnumerable<string> LinkedIds(ParsedDocument document, IReadOnlyList<DocumentLink> links) =>
        links.Select(l => l.Target).OfType<ParsedDocument>().Where(t => t != document).Select(t => t.Id);
}
