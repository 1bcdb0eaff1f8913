namespace Site.Core.Editions;

/// <summary>
/// Compares two editions. A page is the same page when its URL is; a page whose URL is gone has moved to a new URL when
/// at least half of its claims are there word for word (the new URL with most of them first). On a page, a claim is the
/// same claim when its anchor is; then each claim with a new anchor is matched to a claim gone from the page whose text
/// is close (<see cref="ClaimSimilarity"/>), the closest pair first, ties to the earlier old claim and then the earlier
/// new one. What remains was added or removed.
/// </summary>
public static class EditionComparer
{
    // Closeness is measured for every pair of unmatched claims on a page; beyond this many pairs (a hostile or generated
    // page) only claims of the very same words are matched, so a comparison stays linear in practice.
    private const long MaxPairsPerPage = 1_000_000;

    // A text on many new pages says nothing about where an old page went (a boilerplate claim); it is not counted.
    private const int MaxPagesPerText = 16;

    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static EditionChanges Compare(Edition before, Edition after)
    {
        var oldPages = ByPage(before);
        var newPages = ByPage(after);
        var moves = Moves(oldPages, newPages);
        var movedTo = moves.ToDictionary(m => m.Before, m => m.After, StringComparer.Ordinal);
        var movedFrom = moves.ToDictionary(m => m.After, m => m.Before, StringComparer.Ordinal);

        var pages = new List<PageChanges>();
        foreach (var url in newPages.Keys.Union(oldPages.Keys.Where(u => !movedTo.ContainsKey(u))).Order(StringComparer.Ordinal))
        {
            var previous = movedFrom.GetValueOrDefault(url);
            var olds = oldPages.GetValueOrDefault(previous ?? url) ?? [];
            var news = newPages.GetValueOrDefault(url) ?? [];
            var (changed, added, removed) = Match(olds, news);
            var kind = previous is not null ? PageChangeKind.Moved
                : olds.Count == 0 ? PageChangeKind.Added
                : news.Count == 0 ? PageChangeKind.Removed
                : PageChangeKind.Changed;
            if (kind != PageChangeKind.Changed || changed.Count > 0 || added.Count > 0 || removed.Count > 0)
            {
                pages.Add(new PageChanges(url, previous, kind, added, changed, removed));
            }
        }

        return new EditionChanges(pages);
    }

    private static Dictionary<string, List<EditionClaim>> ByPage(Edition edition)
    {
        var pages = new Dictionary<string, List<EditionClaim>>(StringComparer.Ordinal);
        foreach (var claim in edition.Claims)
        {
            if (!pages.TryGetValue(claim.Page, out var claims))
            {
                pages[claim.Page] = claims = [];
            }

            claims.Add(claim);
        }

        return pages;
    }

    private static List<PageMove> Moves(Dictionary<string, List<EditionClaim>> oldPages, Dictionary<string, List<EditionClaim>> newPages)
    {
        var gone = oldPages.Keys.Where(u => !newPages.ContainsKey(u)).Order(StringComparer.Ordinal).ToArray();
        var arrived = newPages.Keys.Where(u => !oldPages.ContainsKey(u)).ToHashSet(StringComparer.Ordinal);
        if (gone.Length == 0 || arrived.Count == 0)
        {
            return [];
        }

        var pagesOfText = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var url in arrived)
        {
            foreach (var text in newPages[url].Select(c => ClaimSimilarity.Normalised(c.Text)).Distinct(StringComparer.Ordinal))
            {
                if (!pagesOfText.TryGetValue(text, out var urls))
                {
                    pagesOfText[text] = urls = [];
                }

                urls.Add(url);
            }
        }

        var candidates = new List<(string Before, string After, int Shared)>();
        foreach (var url in gone)
        {
            var claims = oldPages[url];
            var shared = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var claim in claims)
            {
                if (pagesOfText.TryGetValue(ClaimSimilarity.Normalised(claim.Text), out var urls) && urls.Count <= MaxPagesPerText)
                {
                    foreach (var target in urls)
                    {
                        shared[target] = shared.GetValueOrDefault(target) + 1;
                    }
                }
            }

            candidates.AddRange(shared.Where(s => s.Value * 2 >= claims.Count).Select(s => (url, s.Key, s.Value)));
        }

        var moves = new List<PageMove>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (before, after, _) in candidates
            .OrderByDescending(c => c.Shared)
            .ThenBy(c => c.Before, StringComparer.Ordinal)
            .ThenBy(c => c.After, StringComparer.Ordinal))
        {
            if (!taken.Contains(before) && taken.Add(after))
            {
                taken.Add(before);
                moves.Add(new PageMove(before, after));
            }
        }

        return moves;
    }

    private static (List<ClaimChange> Changed, List<EditionClaim> Added, List<EditionClaim> Removed) Match(List<EditionClaim> olds, List<EditionClaim> news)
    {
        var partner = new int[news.Count];
        Array.Fill(partner, -1);
        var matchedOld = new bool[olds.Count];
        var how = new ClaimMatch[news.Count];

        var oldByAnchor = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < olds.Count; i++)
        {
            oldByAnchor.TryAdd(olds[i].Anchor, i);
        }

        for (var j = 0; j < news.Count; j++)
        {
            if (oldByAnchor.TryGetValue(news[j].Anchor, out var i) && !matchedOld[i])
            {
                (partner[j], matchedOld[i], how[j]) = (i, true, ClaimMatch.Anchor);
            }
        }

        var oldLeft = Enumerable.Range(0, olds.Count).Where(i => !matchedOld[i]).ToArray();
        var newLeft = Enumerable.Range(0, news.Count).Where(j => partner[j] < 0).ToArray();
        foreach (var (i, j) in ByText(olds, news, oldLeft, newLeft))
        {
            if (!matchedOld[i] && partner[j] < 0)
            {
                (partner[j], matchedOld[i], how[j]) = (i, true, ClaimMatch.Text);
            }
        }

        var changed = new List<ClaimChange>();
        var added = new List<EditionClaim>();
        for (var j = 0; j < news.Count; j++)
        {
            if (partner[j] < 0)
            {
                added.Add(news[j]);
            }
            else if (new ClaimChange(olds[partner[j]], news[j], how[j]) is { IsChange: true } change)
            {
                changed.Add(change);
            }
        }

        return (changed, added, [.. olds.Where((_, i) => !matchedOld[i])]);
    }

    // The pairs of close claims, closest first; ties to the earlier old claim, then the earlier new one.
    private static IEnumerable<(int Old, int New)> ByText(List<EditionClaim> olds, List<EditionClaim> news, int[] oldLeft, int[] newLeft)
    {
        if (oldLeft.Length == 0 || newLeft.Length == 0)
        {
            return [];
        }

        if ((long)oldLeft.Length * newLeft.Length > MaxPairsPerPage)
        {
            return SameWords(olds, news, oldLeft, newLeft);
        }

        var oldWords = oldLeft.Select(i => ClaimSimilarity.Words(olds[i].Text)).ToArray();
        var newWords = newLeft.Select(j => ClaimSimilarity.Words(news[j].Text)).ToArray();
        var pairs = new List<(int Old, int New, int Shared, int Either)>();
        for (var a = 0; a < oldLeft.Length; a++)
        {
            for (var b = 0; b < newLeft.Length; b++)
            {
                var overlap = ClaimSimilarity.Overlap(oldWords[a], newWords[b]);
                if (ClaimSimilarity.IsClose(overlap))
                {
                    pairs.Add((oldLeft[a], newLeft[b], overlap.Shared, overlap.Either));
                }
            }
        }

        // Ratios compared exactly, by cross-multiplying: no floating-point ties decide the order.
        pairs.Sort((x, y) =>
        {
            var closer = ((long)y.Shared * x.Either).CompareTo((long)x.Shared * y.Either);
            return closer != 0 ? closer : x.Old != y.Old ? x.Old.CompareTo(y.Old) : x.New.CompareTo(y.New);
        });
        return pairs.Select(p => (p.Old, p.New));
    }

    private static IEnumerable<(int Old, int New)> SameWords(List<EditionClaim> olds, List<EditionClaim> news, int[] oldLeft, int[] newLeft)
    {
        var waiting = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        foreach (var i in oldLeft)
        {
            var text = ClaimSimilarity.Normalised(olds[i].Text);
            if (!waiting.TryGetValue(text, out var queue))
            {
                waiting[text] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }

        foreach (var j in newLeft)
        {
            if (waiting.TryGetValue(ClaimSimilarity.Normalised(news[j].Text), out var queue) && queue.TryDequeue(out var i))
            {
                yield return (i, j);
            }
        }
    }
}
