using Markdig.Syntax.Inlines;
using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Parsing;
using Site.Core.Parsing.Claims;

namespace Site.Core.Linking;

/// <summary>
/// The claims of the site with the evidence behind each, in one pass over the documents that check
/// claims; and, for the evidence map, the claims of each page that link to a document of a kind its kind lists (a
/// substance page's claims linking to a mechanism).
/// </summary>
internal sealed class ClaimIndex
{
    private readonly Dictionary<ParsedDocument, IReadOnlyList<ClaimEvidence>> _byDocument;
    private readonly Dictionary<(string From, string Target), List<ClaimEvidence>> _linking;

    private ClaimIndex(
        Dictionary<ParsedDocument, IReadOnlyList<ClaimEvidence>> byDocument,
        Dictionary<(string, string), List<ClaimEvidence>> linking)
    {
        _byDocument = byDocument;
        _linking = linking;
    }

    /// <param name="documents">Every document.</param>
    /// <param name="byId">Documents by id.</param>
    /// <param name="references">The references that have a page, by id.</param>
    /// <param name="linksFrom">The links of each document.</param>
    /// <param name="wordsOf">How an author-in-text citation reads in a claim's text.</param>
    /// <param name="previous">The index of the previous link, and the documents that keep their claims from it.</param>
    public static ClaimIndex Build(
        IReadOnlyList<ParsedDocument> documents,
        IReadOnlyDictionary<string, ParsedDocument> byId,
        IReadOnlyDictionary<string, DocumentNode<ReferenceFrontMatter>> references,
        IReadOnlyDictionary<ParsedDocument, IReadOnlyList<DocumentLink>> linksFrom,
        Func<Parsing.Citations.CitationGroup, Parsing.Citations.InTextWords?> wordsOf,
        (ClaimIndex Index, IReadOnlySet<ParsedDocument> Unchanged)? previous = null)
    {
        // Each document's claims and the evidence behind them, in parallel; then the maps, in document order.
        var perDocument = new IReadOnlyList<ClaimEvidence>?[documents.Count];
        Parallel.For(0, documents.Count, d =>
        {
            var document = documents[d];
            perDocument[d] = document.Claims.Count == 0 ? null
                : previous is { } before && before.Unchanged.Contains(document) && before.Index._byDocument.TryGetValue(document, out var kept) ? kept
                : Evidence(document, byId, references, wordsOf);
        });
        var byDocument = new Dictionary<ParsedDocument, IReadOnlyList<ClaimEvidence>>();
        var linking = new Dictionary<(string, string), List<ClaimEvidence>>();
        for (var d = 0; d < documents.Count; d++)
        {
            if (perDocument[d] is not { } claims)
            {
                continue;
            }

            var document = documents[d];
            byDocument[document] = claims;
            AddLinking(document, claims, linksFrom, linking);
        }

        return new ClaimIndex(byDocument, linking);
    }

    /// <summary>
    /// This index patched for a few documents: <paramref name="removed"/> (the previous link's versions of the documents
    /// whose claims may read otherwise now) taken out, <paramref name="added"/> (their versions now) worked out again and
    /// put in; what <see cref="Build"/> over every document would make, when no other document shares an id with one of them.
    /// </summary>
    public ClaimIndex Patch(
        IReadOnlySet<ParsedDocument> removed,
        IReadOnlyList<ParsedDocument> added,
        IReadOnlyDictionary<ParsedDocument, IReadOnlyList<DocumentLink>> linksBefore,
        IReadOnlyDictionary<string, ParsedDocument> byId,
        IReadOnlyDictionary<string, DocumentNode<ReferenceFrontMatter>> references,
        IReadOnlyDictionary<ParsedDocument, IReadOnlyList<DocumentLink>> linksFrom,
        Func<Parsing.Citations.CitationGroup, Parsing.Citations.InTextWords?> wordsOf)
    {
        var byDocument = new Dictionary<ParsedDocument, IReadOnlyList<ClaimEvidence>>(_byDocument);
        var linking = new Dictionary<(string, string), List<ClaimEvidence>>(_linking);
        foreach (var document in removed)
        {
            if (!byDocument.Remove(document))
            {
                continue;
            }

            // A cell's key names the page by its id, which no other document has.
            foreach (var link in linksBefore.GetValueOrDefault(document) ?? [])
            {
                if (link.Target is { } target)
                {
                    linking.Remove((document.Id, target.Id));
                }
            }
        }

        // Each document's claims in parallel, as a full build makes them; then the maps, in document order.
        var evidence = new ClaimEvidence[]?[added.Count];
        Parallel.For(0, added.Count, d => evidence[d] = added[d].Claims.Count > 0 ? Evidence(added[d], byId, references, wordsOf) : null);
        for (var d = 0; d < added.Count; d++)
        {
            if (evidence[d] is { } claims)
            {
                byDocument[added[d]] = claims;
                AddLinking(added[d], claims, linksFrom, linking);
            }
        }

        return new ClaimIndex(byDocument, linking);
    }

    // The evidence map's cells: the claims of a page that link to a document of a kind its kind lists.
    private static void AddLinking(
        ParsedDocument document,
        IReadOnlyList<ClaimEvidence> claims,
        IReadOnlyDictionary<ParsedDocument, IReadOnlyList<DocumentLink>> linksFrom,
        Dictionary<(string, string), List<ClaimEvidence>> linking)
    {
        var lists = document.Kind.Lists;
        if (lists.Count == 0)
        {
            return;
        }

        foreach (var link in linksFrom.GetValueOrDefault(document) ?? [])
        {
            if (link.Target is { } target
                && lists.Any(l => l.Target == target.Kind)
                && link.Node is Inline inline
                && document.ClaimOf(inline) is { } claim)
            {
                var key = (document.Id, target.Id);
                if (!linking.TryGetValue(key, out var list))
                {
                    linking[key] = list = [];
                }

                var evidence = claims[claim.Number - 1];
                if (list.Count == 0 || list[^1] != evidence)
                {
                    list.Add(evidence);
                }
            }
        }
    }

    private static ClaimEvidence[] Evidence(
        ParsedDocument document, IReadOnlyDictionary<string, ParsedDocument> byId, IReadOnlyDictionary<string, DocumentNode<ReferenceFrontMatter>> byKey, Func<Parsing.Citations.CitationGroup, Parsing.Citations.InTextWords?> wordsOf)
    {
        var titleOf = PassageText.TitlesFor(document, byId);
        var claims = new ClaimEvidence[document.Claims.Count];
        // Made once: a method group converts to a new delegate at every use.
        Func<string, bool> isReference = byKey.ContainsKey;
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = document.Claims[i];
            var references = new List<DocumentNode<ReferenceFrontMatter>>();
            var unknown = false;
            foreach (var group in claim.Citations)
            {
                if (InTextCitations.IsText(group, isReference))
                {
                    continue;
                }

                foreach (var item in group.Items)
                {
                    if (byKey.GetValueOrDefault(item.Key) is { } reference)
                    {
                        if (!references.Contains(reference))
                        {
                            references.Add(reference);
                        }
                    }
                    else
                    {
                        unknown = true;
                    }
                }
            }

            claims[i] = new ClaimEvidence(document, claim, references, unknown, PassageText.OfBlock(claim.Block, titleOf, wordsOf));
        }

        return claims;
    }

    public IReadOnlyList<ClaimEvidence> Of(ParsedDocument document) => _byDocument.GetValueOrDefault(document) ?? [];

    public ClaimEvidence? Of(ParsedDocument document, Claim claim) =>
        _byDocument.TryGetValue(document, out var claims) && claim.Number <= claims.Count ? claims[claim.Number - 1] : null;

    public IReadOnlyList<ClaimEvidence> Linking(ParsedDocument from, ParsedDocument target) =>
        _linking.TryGetValue((from.Id, target.Id), out var list) ? list : [];
}
