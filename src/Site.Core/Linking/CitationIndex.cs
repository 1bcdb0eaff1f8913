using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Parsing;

namespace Site.Core.Linking;

/// <summary>
/// Every citation of the site resolved against the references, in one pass: each document's numbered
/// cited works in order of first citation, the citations of each key, and the passages that cite each reference.
/// </summary>
internal sealed class CitationIndex
{
    private readonly Dictionary<string, List<Citation>> _byKey;
    private readonly Dictionary<string, List<CitingPassage>> _citedBy;
    private readonly Dictionary<string, List<ParsedDocument>> _pagesCiting;
    private readonly Dictionary<ParsedDocument, (PageCitations Page, List<(string Reference, CitingPassage Passage)> Passages)> _perDocument;

    private CitationIndex(
        Dictionary<string, List<Citation>> byKey,
        Dictionary<string, List<CitingPassage>> citedBy,
        Dictionary<string, List<ParsedDocument>> pagesCiting,
        Dictionary<ParsedDocument, (PageCitations, List<(string, CitingPassage)>)> perDocument)
    {
        _pagesCiting = pagesCiting;
        _perDocument = perDocument;
        _byKey = byKey;
        _citedBy = citedBy;
    }

    public static CitationIndex Build(
        IReadOnlyList<ParsedDocument> documents,
        IReadOnlyList<ParsedDocument> pages,
        IReadOnlyDictionary<string, ParsedDocument> byId,
        IReadOnlyDictionary<string, DocumentNode<ReferenceFrontMatter>> references,
        ClaimIndex claims,
        Func<Parsing.Citations.CitationGroup, Parsing.Citations.InTextWords?> wordsOf,
        (CitationIndex Index, IReadOnlySet<ParsedDocument> Unchanged)? previous = null)
    {
        var isPage = new HashSet<ParsedDocument>(pages);
        // Each document's numbering and quotes, in parallel; then the site-wide lists, in document order.
        var perDocument = new (PageCitations Page, List<(string Reference, CitingPassage Passage)> Passages)?[documents.Count];
        Parallel.For(0, documents.Count, d =>
        {
            var document = documents[d];
            perDocument[d] = document.Citations.Count == 0 ? null
                : previous is { } before && before.Unchanged.Contains(document) && before.Index._perDocument.TryGetValue(document, out var kept) ? kept
                : OfDocument(document, isPage.Contains(document), byId, references, claims, wordsOf);
        });
        var results = new Dictionary<ParsedDocument, (PageCitations, List<(string, CitingPassage)>)>();
        var byKey = new Dictionary<string, List<Citation>>(StringComparer.Ordinal);
        var citedBy = new Dictionary<string, List<CitingPassage>>(StringComparer.Ordinal);
        var pagesCiting = new Dictionary<string, List<ParsedDocument>>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            if (perDocument[d] is not { } found)
            {
                continue;
            }

            results[documents[d]] = found;
            foreach (var citation in found.Page.Citations)
            {
                if (!byKey.TryGetValue(citation.Item.Key, out var ofKey))
                {
                    byKey[citation.Item.Key] = ofKey = [];
                }

                ofKey.Add(citation);
            }

            foreach (var (reference, passage) in found.Passages)
            {
                if (!citedBy.TryGetValue(reference, out var passages))
                {
                    citedBy[reference] = passages = [];
                }

                passages.Add(passage);
                // A document's passages come together, so a page is new to the list when it is not the last one in it.
                if (!pagesCiting.TryGetValue(reference, out var citing))
                {
                    pagesCiting[reference] = citing = [];
                }

                if (citing.Count == 0 || citing[^1] != passage.From)
                {
                    citing.Add(passage.From);
                }
            }
        }

        return new CitationIndex(byKey, citedBy, pagesCiting, results);
    }

    /// <summary>
    /// This index patched for a few documents: <paramref name="removed"/> (the previous link's versions of the documents
    /// whose citations may resolve or read otherwise now) taken out, <paramref name="added"/> (their versions now, in
    /// document order) resolved again and put in, the site-wide lists merged in document order (<paramref name="index"/>):
    /// what <see cref="Build"/> over every document would make. The ids of the references whose citing passages may
    /// differ are added to <paramref name="cited"/>.
    /// </summary>
    public CitationIndex Patch(
        IReadOnlySet<ParsedDocument> removed,
        IReadOnlyList<ParsedDocument> added,
        Func<ParsedDocument, bool> isPage,
        IReadOnlyDictionary<ParsedDocument, int> index,
        IReadOnlyDictionary<string, ParsedDocument> byId,
        IReadOnlyDictionary<string, DocumentNode<ReferenceFrontMatter>> references,
        ClaimIndex claims,
        Func<Parsing.Citations.CitationGroup, Parsing.Citations.InTextWords?> wordsOf,
        HashSet<string> cited)
    {
        var perDocument = new Dictionary<ParsedDocument, (PageCitations Page, List<(string Reference, CitingPassage Passage)> Passages)>(_perDocument);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in removed)
        {
            if (perDocument.Remove(document, out var found))
            {
                keys.UnionWith(found.Page.Citations.Select(c => c.Item.Key));
                cited.UnionWith(found.Passages.Select(p => p.Reference));
            }
        }

        var addedByKey = new Dictionary<string, List<Citation>>(StringComparer.Ordinal);
        var addedCitedBy = new Dictionary<string, List<CitingPassage>>(StringComparer.Ordinal);
        var resolved = new (PageCitations Page, List<(string Reference, CitingPassage Passage)> Passages)?[added.Count];
        Parallel.For(0, added.Count, d =>
            resolved[d] = added[d].Citations.Count == 0 ? null : OfDocument(added[d], isPage(added[d]), byId, references, claims, wordsOf));
        for (var d = 0; d < added.Count; d++)
        {
            if (resolved[d] is not { } found)
            {
                continue;
            }

            var document = added[d];
            perDocument[document] = found;
            foreach (var citation in found.Item1.Citations)
            {
                keys.Add(citation.Item.Key);
                DocumentOrder.Add(addedByKey, citation.Item.Key, citation);
            }

            foreach (var (reference, passage) in found.Item2)
            {
                cited.Add(reference);
                DocumentOrder.Add(addedCitedBy, reference, passage);
            }
        }

        var byKey = new Dictionary<string, List<Citation>>(_byKey, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var merged = DocumentOrder.Merge(_byKey.GetValueOrDefault(key), c => c.From, removed, addedByKey.GetValueOrDefault(key), index);
            if (merged.Count == 0)
            {
                byKey.Remove(key);
            }
            else
            {
                byKey[key] = merged;
            }
        }

        var citedBy = new Dictionary<string, List<CitingPassage>>(_citedBy, StringComparer.Ordinal);
        var pagesCiting = new Dictionary<string, List<ParsedDocument>>(_pagesCiting, StringComparer.Ordinal);
        foreach (var reference in cited)
        {
            var merged = DocumentOrder.Merge(_citedBy.GetValueOrDefault(reference), p => p.From, removed, addedCitedBy.GetValueOrDefault(reference), index);
            if (merged.Count == 0)
            {
                citedBy.Remove(reference);
                pagesCiting.Remove(reference);
                continue;
            }

            citedBy[reference] = merged;
            var citing = new List<ParsedDocument>();
            foreach (var passage in merged)
            {
                if (citing.Count == 0 || citing[^1] != passage.From)
                {
                    citing.Add(passage.From);
                }
            }

            pagesCiting[reference] = citing;
        }

        return new CitationIndex(byKey, citedBy, pagesCiting, perDocument);
    }

    // One document's citations and the works they cite in order of first citation, and the passages it quotes on the references' pages.
    private static (PageCitations, List<(string, CitingPassage)>) OfDocument(
        ParsedDocument document,
        bool isPage,
        IReadOnlyDictionary<string, ParsedDocument> byId,
        IReadOnlyDictionary<string, DocumentNode<ReferenceFrontMatter>> references,
        ClaimIndex claims,
        Func<Parsing.Citations.CitationGroup, Parsing.Citations.InTextWords?> wordsOf)
    {
        var citations = new List<Citation>();
        var passages = new List<(string, CitingPassage)>();
        var works = new Dictionary<ParsedDocument, (int Number, List<string> Anchors)>();
        var titleOf = PassageText.TitlesFor(document, byId);
        // The last passage quoted for each reference: a claim citing a work twice is quoted once.
        var quoted = new Dictionary<ParsedDocument, string>();
        // Made once: a method group converts to a new delegate at every use, and a dense page has a hundred citations.
        Func<string, bool> isReference = references.ContainsKey;
        for (var g = 0; g < document.Citations.Count; g++)
        {
            var group = document.Citations[g];
            if (InTextCitations.IsText(group, isReference))
            {
                continue;
            }

            var anchor = CitationAnchors.Of(g + 1);
            var claim = document.ClaimOf(group) is { } found ? claims.Of(document, found) : null;
            string? passage = null;
            foreach (var item in group.Items)
            {
                var reference = references.GetValueOrDefault(item.Key)?.Document;
                citations.Add(new Citation(document, group, item, reference, anchor));
                if (reference is null)
                {
                    continue;
                }

                if (!works.TryGetValue(reference, out var work))
                {
                    works[reference] = work = (works.Count + 1, []);
                }

                if (work.Anchors.Count > 0 && work.Anchors[^1] == anchor)
                {
                    continue;
                }

                work.Anchors.Add(anchor);
                // A reference page citing itself is not "cited by" itself.
                var passageAnchor = claim?.Claim.Anchor ?? anchor;
                if (isPage && reference != document && !(quoted.TryGetValue(reference, out var last) && last == passageAnchor))
                {
                    quoted[reference] = passageAnchor;
                    passage ??= claim is not null
                        ? claim.Text
                        : PassageText.Of(group, titleOf, wordsOf);
                    passages.Add((reference.Id, new CitingPassage(document, passageAnchor, passage, claim)));
                }
            }
        }

        var page = new PageCitations(
            citations,
            [.. works.Select(w => new CitedWork(w.Value.Number, w.Key, w.Value.Anchors)).OrderBy(w => w.Order)]);
        return (page, passages);
    }

    /// <summary>The ids of the references a document's passages cite.</summary>
    public IEnumerable<string> CitedIn(ParsedDocument document) =>
        _perDocument.TryGetValue(document, out var found) ? found.Passages.Select(p => p.Reference) : [];

    public PageCitations Of(ParsedDocument document) => _perDocument.TryGetValue(document, out var found) ? found.Page : PageCitations.None;

    public IReadOnlyList<Citation> OfKey(string key) => _byKey.TryGetValue(key, out var list) ? list : [];

    public IReadOnlyList<CitingPassage> CitedBy(ParsedDocument reference) =>
        _citedBy.TryGetValue(reference.Id, out var list) ? list : [];

    /// <summary>The documents whose passages cite a reference, each once, in path order.</summary>
    public IReadOnlyList<ParsedDocument> PagesCiting(ParsedDocument reference) =>
        _pagesCiting.TryGetValue(reference.Id, out var list) ? list : [];
}
