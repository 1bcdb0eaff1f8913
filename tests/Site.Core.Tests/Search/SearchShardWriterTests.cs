using Site.Core.Search;

namespace Site.Core.Tests.Search;

public sealed class SearchShardWriterTests
{
    /// <summary>What a query may load at most, in bytes.</summary>
    private const int QueryBudget = 300 * 1024;

    [Fact]
    public void Should_keep_what_a_query_of_a_large_dense_site_loads_within_its_budget()
    {
        // Given a large site's records: 4,000 pages and 60,000 claims, every claim with the word "patients" and words of a
        // vocabulary of 3,000 that recur across the site
        var records = new List<SearchRecords.Indexed>();
        var kinds = new List<int>();
        var random = new Random(7);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => "word" + random.Next(3000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        for (var p = 0; p < 4000; p++)
        {
            var text = "patients " + Words(600);
            records.Add(new(new SearchRecord("substance", $"Substance {p}", $"/substances/s{p}/", text[..Math.Min(text.Length, SearchRecords.MaxQuotedText)], []), [($"Substance {p}", 4), (text, 1)]));
            kinds.Add(0);
        }

        for (var c = 0; c < 60_000; c++)
        {
            var text = "In patients " + Words(30) + ".";
            records.Add(new(new SearchRecord("claim", $"Substance {c % 4000}", $"/substances/s{c % 4000}/#claim-{c}", text, ["rct", "cohort"]), [(text, 1)]));
            kinds.Add(SearchRecordKind.All.Count - 1);
        }

        // When they are indexed and sharded
        var postings = SearchIndexer.Index(records, kinds);
        var files = SearchShardWriter.Write([.. records.Select(r => r.Record)], kinds, postings);

        // Then a term in every record keeps only the best of each kind
        var patients = postings.Keys.ToList().IndexOf("patients");
        postings.Records[patients].Length.ShouldBe(2 * SearchIndexer.MaxPostingsPerKind);

        // And a query of three words loads, at most, the manifest, two term shards for each word and a record shard for each of ten results, within the budget
        long Largest(string folder) => files.Where(f => f.Url.StartsWith("/search/" + folder + "/", StringComparison.Ordinal)).Max(f => f.Content.LongLength);
        var manifest = files.Single(f => f.Url == "/search/manifest.json").Content.Length;
        var worst = manifest + (3 * 2 * Largest("terms")) + (10 * Largest("records"));
        worst.ShouldBeLessThanOrEqualTo(QueryBudget, $"manifest {manifest}, term shard {Largest("terms")}, record shard {Largest("records")}");
        Largest("terms").ShouldBeLessThanOrEqualTo(SearchShardWriter.TermShardBytes + 8 * 1024);
    }
}
