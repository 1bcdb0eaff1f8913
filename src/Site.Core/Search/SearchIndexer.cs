namespace Site.Core.Search;

/// <summary>
/// Scores every term of every record with BM25 (field-weighted term counts; lengths measured against the average of the
/// record's kind, since a page runs to thousands of words and a claim to a few dozen) and keeps, for each term, the
/// best <see cref="MaxPostingsPerKind"/> records of each kind. A term in most of a large site's claims ("patients")
/// would otherwise hold a hundred thousand records that no query could load within its budget, and a query shows its
/// best results only; keeping the best of each kind, not the best overall, means that a kind filter still finds pages
/// and references under a term that claims outnumber. The prefixes of <see cref="PrefixLengths"/> characters are keys
/// of their own, holding the best records of all the terms that start with them, so that the word being typed loads
/// one shard however many terms it begins.
/// </summary>
public static class SearchIndexer
{
    /// <summary>How many records of one kind a term keeps, the best by score.</summary>
    public const int MaxPostingsPerKind = 200;

    /// <summary>The lengths of the prefixes indexed as keys of their own.</summary>
    public static IReadOnlyList<int> PrefixLengths { get; } = [2, 3];

    // BM25's usual constants.
    private const double K1 = 1.2;
    private const double B = 0.75;

    // Scores are written as integers: BM25 times this, at least 1.
    private const double ScoreScale = 20;

    /// <summary>The postings of <paramref name="records"/>.</summary>
    /// <param name="records">The records, in index order.</param>
    /// <param name="kindOf">The kind of each record, as an index into <see cref="SearchRecordKind.All"/>.</param>
    public static SearchPostings Index(IReadOnlyList<SearchRecords.Indexed> records, IReadOnlyList<int> kindOf)
    {
        var pool = new SearchTermPool();
        var counted = new CountedTerms[records.Count];
        Parallel.For(0, records.Count, () => new Dictionary<int, int>(), (i, _, counts) =>
        {
            counted[i] = Count(records[i], pool, counts);
            return counts;
        }, static _ => { });
        return Index(pool, counted, kindOf);
    }

    /// <summary>
    /// The terms of one record by their numbers in <paramref name="pool"/>, each with its field-weighted count, and how many
    /// terms the record has; <paramref name="counts"/> is the worker's own, cleared here, so that counting allocates only the result.
    /// </summary>
    internal static CountedTerms Count(SearchRecords.Indexed record, SearchTermPool pool, Dictionary<int, int> counts)
    {
        counts.Clear();
        var length = 0;
        foreach (var (text, weight) in record.Fields)
        {
            length += SearchTokenizer.Count(text, weight, pool, counts);
        }

        var terms = new int[counts.Count];
        var frequencies = new int[counts.Count];
        var t = 0;
        foreach (var (term, count) in counts)
        {
            (terms[t], frequencies[t]) = (term, count);
            t++;
        }

        return new CountedTerms(terms, frequencies, length);
    }

    /// <summary>The postings of records already counted, in index order, their terms numbered in <paramref name="pool"/>.</summary>
    internal static SearchPostings Index(SearchTermPool pool, IReadOnlyList<CountedTerms> counted, IReadOnlyList<int> kindOf)
    {
        var kinds = SearchRecordKind.All.Count;
        var lengthSums = new double[kinds];
        var perKind = new int[kinds];

        // Every term's records side by side in two flat arrays, in record order: a list per term would be millions of
        // objects on a dense site.
        var starts = new int[pool.Count + 1];
        for (var i = 0; i < counted.Count; i++)
        {
            lengthSums[kindOf[i]] += counted[i].Length;
            perKind[kindOf[i]]++;
            foreach (var term in counted[i].Terms)
            {
                starts[term + 1]++;
            }
        }

        for (var t = 0; t < pool.Count; t++)
        {
            starts[t + 1] += starts[t];
        }

        var postedRecords = new int[starts[pool.Count]];
        var postedCounts = new int[postedRecords.Length];
        var next = starts[..^1];
        for (var i = 0; i < counted.Count; i++)
        {
            var (terms, counts, _) = counted[i];
            for (var t = 0; t < terms.Length; t++)
            {
                var at = next[terms[t]]++;
                (postedRecords[at], postedCounts[at]) = (i, counts[t]);
            }
        }

        var average = lengthSums.Select((sum, k) => perKind[k] == 0 ? 1 : Math.Max(1, sum / perKind[k])).ToArray();
        var ids = new int[pool.Count];
        var keys = new string[pool.Count];
        for (var t = 0; t < ids.Length; t++)
        {
            (ids[t], keys[t]) = (t, pool[t]);
        }

        Array.Sort(keys, ids, StringComparer.Ordinal);
        var scored = new (int[] Records, int[] Scores)[keys.Length];
        var total = counted.Count;
        Parallel.For(0, keys.Length, () => new List<int>(), (k, _, buffer) =>
        {
            var id = ids[k];
            var records = postedRecords.AsSpan(starts[id], starts[id + 1] - starts[id]);
            var counts = postedCounts.AsSpan(starts[id], records.Length);
            var idf = Math.Log(1 + ((total - records.Length + 0.5) / (records.Length + 0.5)));
            buffer.Clear();
            for (var p = 0; p < records.Length; p++)
            {
                var (record, count) = (records[p], counts[p]);
                var norm = 1 - B + (B * counted[record].Length / average[kindOf[record]]);
                var bm25 = idf * count * (K1 + 1) / (count + (K1 * norm));
                buffer.Add(Math.Max(1, (int)Math.Round(bm25 * ScoreScale)));
            }

            scored[k] = Capped(records, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer), kindOf);
            return buffer;
        }, static _ => { });

        return WithPrefixes(keys, scored, kindOf);
    }

    // The best of each kind by score (the lower record number first among equals), in record order; the records come in
    // ascending order. Scores are small integers: the lowest score kept is found by counting, in one pass, where sorting
    // a frequent term's hundred thousand records would take longer than the rest of the index.
    private static (int[] Records, int[] Scores) Capped(ReadOnlySpan<int> postedRecords, ReadOnlySpan<int> postedScores, IReadOnlyList<int> kindOf)
    {
        if (postedRecords.Length <= MaxPostingsPerKind)
        {
            return (postedRecords.ToArray(), postedScores.ToArray());
        }

        var kinds = SearchRecordKind.All.Count;
        var counts = new Dictionary<int, int>[kinds];
        for (var p = 0; p < postedRecords.Length; p++)
        {
            var byScore = counts[kindOf[postedRecords[p]]] ??= [];
            byScore[postedScores[p]] = byScore.GetValueOrDefault(postedScores[p]) + 1;
        }

        // For each kind: the lowest score kept, and how many records of exactly that score are kept (the first ones).
        var lowest = new int[kinds];
        var atLowest = new int[kinds];
        var kept = 0;
        for (var k = 0; k < kinds; k++)
        {
            if (counts[k] is not { } byScore)
            {
                continue;
            }

            var left = MaxPostingsPerKind;
            foreach (var score in byScore.Keys.OrderDescending())
            {
                lowest[k] = score;
                atLowest[k] = Math.Min(left, byScore[score]);
                left -= atLowest[k];
                if (left <= 0)
                {
                    break;
                }
            }

            kept += MaxPostingsPerKind - Math.Max(0, left);
        }

        var records = new int[kept];
        var scores = new int[kept];
        var at = 0;
        for (var p = 0; p < postedRecords.Length; p++)
        {
            var (record, score) = (postedRecords[p], postedScores[p]);
            var k = kindOf[record];
            if (score > lowest[k] || (score == lowest[k] && atLowest[k]-- > 0))
            {
                (records[at], scores[at]) = (record, score);
                at++;
            }
        }

        return (records, scores);
    }

    private static SearchPostings WithPrefixes(string[] keys, (int[] Records, int[] Scores)[] scored, IReadOnlyList<int> kindOf)
    {
        // Each prefix gathers the terms that start with it; their records merge, each at its best score among them.
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < keys.Length; k++)
        {
            foreach (var length in PrefixLengths)
            {
                // Not where the cut would split a letter beyond the BMP: the browser never asks for such a prefix.
                if (keys[k].Length > length && !char.IsHighSurrogate(keys[k][length - 1]))
                {
                    var prefix = keys[k][..length] + SearchPostings.PrefixMark;
                    if (!groups.TryGetValue(prefix, out var terms))
                    {
                        groups[prefix] = terms = [];
                    }

                    terms.Add(k);
                }
            }
        }

        var prefixes = groups.Keys.ToArray();
        var merged = new (int[] Records, int[] Scores)[prefixes.Length];
        Parallel.For(0, prefixes.Length, p =>
        {
            var best = new Dictionary<int, int>();
            foreach (var k in groups[prefixes[p]])
            {
                var (records, scores) = scored[k];
                for (var i = 0; i < records.Length; i++)
                {
                    best[records[i]] = Math.Max(best.GetValueOrDefault(records[i]), scores[i]);
                }
            }

            var union = best.Keys.ToArray();
            var unionScores = best.Values.ToArray();
            Array.Sort(union, unionScores);
            merged[p] = Capped(union, unionScores, kindOf);
        });

        var all = keys.Select((key, k) => (Key: key, Postings: scored[k]))
            .Concat(prefixes.Select((key, p) => (Key: key, Postings: merged[p])))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
        return new SearchPostings([.. all.Select(e => e.Key)], [.. all.Select(e => e.Postings.Records)], [.. all.Select(e => e.Postings.Scores)]);
    }
}
