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
        var counted = new (string[] Terms, int[] Counts, int Length)[records.Count];
        Parallel.For(0, records.Count, i => counted[i] = Count(records[i]));

        var kinds = SearchRecordKind.All.Count;
        var lengthSums = new double[kinds];
        var perKind = new int[kinds];
        var postings = new Dictionary<string, List<(int Record, int Count)>>(StringComparer.Ordinal);
        for (var i = 0; i < counted.Length; i++)
        {
            var (terms, counts, length) = counted[i];
            lengthSums[kindOf[i]] += length;
            perKind[kindOf[i]]++;
            for (var t = 0; t < terms.Length; t++)
            {
                if (!postings.TryGetValue(terms[t], out var list))
                {
                    postings[terms[t]] = list = [];
                }

                list.Add((i, counts[t]));
            }
        }

        var average = lengthSums.Select((sum, k) => perKind[k] == 0 ? 1 : Math.Max(1, sum / perKind[k])).ToArray();
        var keys = postings.Keys.Order(StringComparer.Ordinal).ToArray();
        var scored = new (int[] Records, int[] Scores)[keys.Length];
        var total = records.Count;
        Parallel.For(0, keys.Length, k =>
        {
            var list = postings[keys[k]];
            var idf = Math.Log(1 + ((total - list.Count + 0.5) / (list.Count + 0.5)));
            var scores = new (int Record, int Score)[list.Count];
            for (var p = 0; p < list.Count; p++)
            {
                var (record, count) = list[p];
                var norm = 1 - B + (B * counted[record].Length / average[kindOf[record]]);
                var bm25 = idf * count * (K1 + 1) / (count + (K1 * norm));
                scores[p] = (record, Math.Max(1, (int)Math.Round(bm25 * ScoreScale)));
            }

            scored[k] = Capped(scores, kindOf);
        });

        return WithPrefixes(keys, scored, kindOf);
    }

    private static (string[] Terms, int[] Counts, int Length) Count(SearchRecords.Indexed record)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        foreach (var (text, weight) in record.Fields)
        {
            length += SearchTokenizer.Count(text, weight, counts);
        }

        return ([.. counts.Keys], [.. counts.Values], length);
    }

    // The best of each kind by score (the lower record number first among equals), in record order. Scores are small
    // integers: the lowest score kept is found by counting, in one pass, where sorting a frequent term's hundred thousand
    // records would take longer than the rest of the index.
    private static (int[] Records, int[] Scores) Capped((int Record, int Score)[] postings, IReadOnlyList<int> kindOf)
    {
        Array.Sort(postings, (a, b) => a.Record.CompareTo(b.Record));
        if (postings.Length <= MaxPostingsPerKind)
        {
            return ([.. postings.Select(p => p.Record)], [.. postings.Select(p => p.Score)]);
        }

        var kinds = SearchRecordKind.All.Count;
        var counts = new Dictionary<int, int>[kinds];
        foreach (var (record, score) in postings)
        {
            var byScore = counts[kindOf[record]] ??= [];
            byScore[score] = byScore.GetValueOrDefault(score) + 1;
        }

        // For each kind: the lowest score kept, and how many records of exactly that score are kept (the first ones).
        var lowest = new int[kinds];
        var atLowest = new int[kinds];
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
        }

        var records = new List<int>();
        var scores = new List<int>();
        foreach (var (record, score) in postings)
        {
            var k = kindOf[record];
            if (score > lowest[k] || (score == lowest[k] && atLowest[k]-- > 0))
            {
                records.Add(record);
                scores.Add(score);
            }
        }

        return ([.. records], [.. scores]);
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

            merged[p] = Capped([.. best.Select(b => (b.Key, b.Value))], kindOf);
        });

        var all = keys.Select((key, k) => (Key: key, Postings: scored[k]))
            .Concat(prefixes.Select((key, p) => (Key: key, Postings: merged[p])))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
        return new SearchPostings([.. all.Select(e => e.Key)], [.. all.Select(e => e.Postings.Records)], [.. all.Select(e => e.Postings.Scores)]);
    }
}
