using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Rendering;

/// <summary>
/// Which pages must be rendered again after some documents changed. A page shows its own document,
/// the titles of the pages it links to, the titles and summaries in its lists (substances, mechanisms,
/// the home page, which also counts the references and claims of each), for a reference the pages
/// that link to it and the passages that cite it, and for a citing page the entries of the references
/// it cites. Everything else is reused.
/// </summary>
public static class PageInvalidation
{
    /// <summary>The URLs to render again.</summary>
    /// <param name="before">The graph the previous pages were rendered from.</param>
    /// <param name="after">The new graph.</param>
    /// <param name="changedPaths">Paths under input/ of documents added, changed or removed.</param>
    public static IReadOnlySet<string> Affected(SiteGraph before, SiteGraph after, IEnumerable<string> changedPaths)
    {
        var oldByPath = before.Documents.ToDictionary(d => d.Source.RelativePath, StringComparer.Ordinal);
        var newByPath = after.Documents.ToDictionary(d => d.Source.RelativePath, StringComparer.Ordinal);
        var urls = new HashSet<string>(StringComparer.Ordinal);

        foreach (var path in changedPaths)
        {
            var old = oldByPath.GetValueOrDefault(path);
            var now = newByPath.GetValueOrDefault(path);
            foreach (var document in new[] { old, now }.OfType<ParsedDocument>())
            {
                urls.Add(SiteGraph.UrlOf(document));
            }

            // A reference page quotes the passages that cite it; the bibliography counts the pages citing each.
            var oldCited = old is null ? [] : Cited(before, old).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var newCited = now is null ? [] : Cited(after, now).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var key = (old ?? now)!.Id;
            var quoting = oldCited.Union(newCited);
            if (IsReference(old) || IsReference(now))
            {
                // Its evidence level flags (or unflags) the claims citing it, which the pages of the references cited beside it quote.
                quoting = quoting
                    .Concat(before.CitationsOfKey(key).SelectMany(c => Cited(before, c.From)).Select(r => r.Id))
                    .Concat(after.CitationsOfKey(key).SelectMany(c => Cited(after, c.From)).Select(r => r.Id))
                    .Distinct(StringComparer.Ordinal);
            }

            foreach (var id in quoting)
            {
                if (!Passages(before, id).SequenceEqual(Passages(after, id)))
                {
                    urls.UnionWith(new[] { before.ById.GetValueOrDefault(id), after.ById.GetValueOrDefault(id) }.OfType<ParsedDocument>().Select(SiteGraph.UrlOf));
                }
            }

            // The evidence map shows the claims of substance pages that link to mechanisms, with the flags their references earn.
            var mapped = new[] { old, now }.OfType<ParsedDocument>().Where(d => d.Kind == DocumentKinds.Substance).Select(d => d.Id)
                .Concat(before.CitationsOfKey(key).Concat(after.CitationsOfKey(key)).Where(c => c.From.Kind == DocumentKinds.Substance).Select(c => c.From.Id))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (mapped.Any(id => !EvidenceMapRow(before, id).SequenceEqual(EvidenceMapRow(after, id))))
            {
                urls.Add(SitePaths.Evidence);
            }

            // A condition's page quotes the claims of substance pages that link to it, as the map does.
            foreach (var id in mapped)
            {
                var was = ConditionQuotes(before, id);
                var isNow = ConditionQuotes(after, id);
                urls.UnionWith(was.Keys.Union(isNow.Keys).Where(url => was.GetValueOrDefault(url) != isNow.GetValueOrDefault(url)));
            }

            if (!oldCited.SetEquals(newCited) || IsReference(old) || IsReference(now))
            {
                urls.Add(SitePaths.References);
            }

            if (!EvidenceCounts(before, old, key).SequenceEqual(EvidenceCounts(after, now, key)))
            {
                urls.Add(SitePaths.Home);
            }

            // Pages citing a reference show its entry: any change to it (or its arrival) renumbers nothing but rewrites them.
            urls.UnionWith(before.CitationsOfKey(key).Select(c => SiteGraph.UrlOf(c.From)));
            urls.UnionWith(after.CitationsOfKey(key).Select(c => SiteGraph.UrlOf(c.From)));

            var oldTargets = old is null ? [] : Targets(before, old);
            var newTargets = now is null ? [] : Targets(after, now);
            // A reference lists the pages that link to it: only a change of membership matters.
            urls.UnionWith(oldTargets.Except(newTargets).Concat(newTargets.Except(oldTargets)));

            if (old is null || now is null || Surface(old) != Surface(now))
            {
                AddDependents(before, old, urls);
                AddDependents(after, now, urls);
                // With a duplicate id, another document may take over (or give up) the id that links use.
                var id = (old ?? now)!.Id;
                AddDependents(before, before.ById.GetValueOrDefault(id), urls);
                AddDependents(after, after.ById.GetValueOrDefault(id), urls);
                urls.Add(SitePaths.Home);
                urls.Add(SitePaths.Substances);
                urls.Add(SitePaths.Mechanisms);
                urls.Add(SitePaths.Conditions);
                urls.Add(SitePaths.References);
                urls.Add(SitePaths.Evidence);
            }
        }

        return urls;
    }

    // Everything that shows this document's title or summary: pages linking to it, its related substances
    // or mechanisms, the references it links to or cites (which list it by title), and the references
    // cited by pages linking to it (their quoted passages show its title).
    private static void AddDependents(SiteGraph graph, ParsedDocument? document, HashSet<string> urls)
    {
        if (document is null)
        {
            return;
        }

        urls.UnionWith(graph.LinksTo(document).Select(l => SiteGraph.UrlOf(l.From)));
        urls.UnionWith(graph.LinksTo(document).SelectMany(l => Cited(graph, l.From)).Select(SiteGraph.UrlOf));
        urls.UnionWith(graph.Related(document).Select(SiteGraph.UrlOf));
        urls.UnionWith(Targets(graph, document));
        urls.UnionWith(Cited(graph, document).Select(SiteGraph.UrlOf));
    }

    private static IEnumerable<ParsedDocument> Cited(SiteGraph graph, ParsedDocument document) =>
        graph.CitationsOf(document).Works.Select(w => w.Reference);

    // What a reference page shows of the passages citing it.
    private static IEnumerable<(string Url, string Title, string Anchor, string Text, EvidenceFlag? Flag)> Passages(SiteGraph graph, string referenceId) =>
        graph.References.Find(referenceId) is { } reference
            ? graph.CitedBy(reference.Document).Select(p => (SiteGraph.UrlOf(p.From), p.From.Source.Title, p.Anchor, p.Text, p.Claim?.Flag))
            : [];

    // What the evidence map shows of one substance: each mechanism it lists or links to, and the claims linking them.
    private static IEnumerable<(string Mechanism, bool Listed, string Claims, int References)> EvidenceMapRow(SiteGraph graph, string substanceId)
    {
        if (graph.Substances.Find(substanceId)?.Document is not { } substance)
        {
            return [];
        }

        return DocumentKinds.Substance.Lists.SelectMany(list => graph.Mapped(list, substance)
            .Select(m => (
                m.Id,
                graph.Listed(list, substance).Contains(m),
                string.Join('\n', graph.ClaimsLinking(substance, m).Select(c => $"{c.Claim.Anchor} {c.Flag} {c.Text}")),
                graph.ClaimsLinking(substance, m).SelectMany(c => c.References).Select(r => r.Id).Distinct().Count())))
            .OrderBy(r => r.Id, StringComparer.Ordinal);
    }

    // The claims of one substance's page that each condition's page quotes, by the condition's URL.
    private static Dictionary<string, string> ConditionQuotes(SiteGraph graph, string substanceId)
    {
        var quotes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (graph.Substances.Find(substanceId)?.Document is not { } substance)
        {
            return quotes;
        }

        foreach (var condition in graph.Conditions.Documents)
        {
            var claims = graph.ClaimsLinking(substance, condition);
            if (claims.Count > 0)
            {
                quotes[condition.Url] = string.Join('\n', claims.Select(c => $"{c.Claim.Anchor} {c.Flag} {graph.RetractionIn(c)} {c.Text}"));
            }
        }

        return quotes;
    }

    // What the home page's cards show of the substances and mechanisms an edit can change the counts of:
    // the document itself, and the pages citing it (a reference that appears or goes changes what they cite).
    private static IEnumerable<(string Url, int References, int Claims)> EvidenceCounts(SiteGraph graph, ParsedDocument? document, string key) =>
        new[] { document }.Concat(graph.CitationsOfKey(key).Select(c => c.From))
            .OfType<ParsedDocument>()
            .Where(d => d.Kind == DocumentKinds.Substance || d.Kind == DocumentKinds.Mechanism || d.Kind == DocumentKinds.Condition)
            .Distinct()
            .Select(d => (SiteGraph.UrlOf(d), graph.CitationsOf(d).Works.Count, graph.ClaimsOf(d).Count))
            .OrderBy(c => c.Item1, StringComparer.Ordinal);

    private static HashSet<string> Targets(SiteGraph graph, ParsedDocument document) =>
        [.. graph.LinksFrom(document).Select(l => l.Target).OfType<ParsedDocument>().Where(t => t != document).Select(SiteGraph.UrlOf)];

    private static (string Title, string? Summary, DocumentKind Kind, string Listed) Surface(ParsedDocument document)
    {
        var content = document.Source.Content;
        var listed = string.Join('\n', content.Listed.SelectMany(l => l.Ids.Select(id => $"{l.List.Field} {id.Value}")));
        return (content.Value.Title, content.Value.Synopsis, document.Kind, listed);
    }

    private static bool IsReference(ParsedDocument? document) => document?.Kind == DocumentKinds.Reference;
}
