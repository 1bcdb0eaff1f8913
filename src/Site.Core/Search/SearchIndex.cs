using Site.Core.Linking;

namespace Site.Core.Search;

/// <summary>
/// The site's search index: every page, reference and claim (<see cref="SearchRecords"/>), scored (<see cref="SearchIndexer"/>)
/// and sharded (<see cref="SearchShardWriter"/>) into static files under <see cref="SitePaths.Search"/> that the theme's
/// search box reads in the browser. Made by the build in C#, from the graph alone: the same site gives the same bytes.
/// </summary>
public static class SearchIndex
{
    /// <summary>The index's files of <paramref name="graph"/>, by site URL, the manifest first.</summary>
    public static IReadOnlyList<(string Url, byte[] Content)> Write(SiteGraph graph)
    {
        // Each record's terms are counted as it is made, by number in one pool of terms, and its text let go.
        var pool = new SearchTermPool();
        using var counts = new ThreadLocal<Dictionary<int, int>>(static () => []);
        var indexed = SearchRecords.Of(graph, record => (record.Record, Terms: SearchIndexer.Count(record, pool, counts.Value!)));
        var kindOf = indexed.Select(r => IndexOfKind(r.Record.Kind)).ToArray();
        var postings = SearchIndexer.Index(pool, [.. indexed.Select(r => r.Terms)], kindOf);
        return SearchShardWriter.Write([.. indexed.Select(r => r.Record)], kindOf, postings);
    }

    private static int IndexOfKind(string kind)
    {
        for (var k = 0; k < SearchRecordKind.All.Count; k++)
        {
            if (SearchRecordKind.All[k] == kind)
            {
                return k;
            }
        }

        throw new ArgumentException($"No search record kind '{kind}'.", nameof(kind));
    }
}
