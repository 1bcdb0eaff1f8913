using Site.Core.Parsing;

namespace Site.Core.Linking;

/// <summary>
/// The site-wide lists of the graph (the links to a document, the citations of a key, the passages citing a reference)
/// are in document order; a patched graph keeps them so by merging the new items of a few documents into the old lists.
/// </summary>
internal static class DocumentOrder
{
    /// <summary>
    /// A new list of the items of <paramref name="old"/> not from a document in <paramref name="removed"/> and of
    /// <paramref name="added"/> (in document order, each document's items together), merged in document order: the list
    /// a pass over every document in order would make.
    /// </summary>
    public static List<T> Merge<T>(
        IReadOnlyList<T>? old, Func<T, ParsedDocument> from, IReadOnlySet<ParsedDocument> removed, List<T>? added, IReadOnlyDictionary<ParsedDocument, int> index)
    {
        var merged = new List<T>((old?.Count ?? 0) + (added?.Count ?? 0));
        var j = 0;
        foreach (var item in old ?? [])
        {
            var document = from(item);
            if (removed.Contains(document))
            {
                continue;
            }

            var at = index[document];
            for (; added is not null && j < added.Count && index[from(added[j])] < at; j++)
            {
                merged.Add(added[j]);
            }

            merged.Add(item);
        }

        for (; added is not null && j < added.Count; j++)
        {
            merged.Add(added[j]);
        }

        return merged;
    }

    /// <summary>Adds <paramref name="item"/> to the list of <paramref name="key"/> in <paramref name="lists"/>, made when first needed.</summary>
    public static void Add<TKey, T>(Dictionary<TKey, List<T>> lists, TKey key, T item)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(item);
    }
}
