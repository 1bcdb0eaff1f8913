using Site.Core.PostProcessing;

namespace Site.Core.Tests.PostProcessing;

public sealed class PageIdsBuilderTests
{
    [Fact]
    public void Should_gather_page_after_page_exactly_the_ids_a_set_of_each_page_holds()
    {
        // Given one builder and pages of every size up to 300 ids: repeats, ids that are prefixes of others, cases, digits, non-ASCII
        var random = new Random(11);
        const string Letters = "aAbz09-_éΣ";
        var builder = new PageIdsBuilder();
        for (var run = 0; run < 300; run++)
        {
            var ids = Enumerable.Range(0, random.Next(0, 300))
                .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 7)).Select(_ => Letters[random.Next(Letters.Length)])]))
                .ToList();
            var set = new HashSet<string>(ids, StringComparer.Ordinal);
            var probes = set.Concat(Enumerable.Range(0, 50).Select(_ => new string(Letters[random.Next(Letters.Length)], random.Next(1, 4)))).Append("").ToList();

            // When the page's ids are gathered, in two halves with a search between them, as a page's headings are numbered
            builder.Clear();
            var half = ids.Count / 2;
            foreach (var id in ids.Take(half))
            {
                builder.Add(id);
            }

            builder.Sort();
            var firstHalf = new HashSet<string>(ids.Take(half), StringComparer.Ordinal);
            foreach (var probe in probes)
            {
                builder.Contains(probe).ShouldBe(firstHalf.Contains(probe), probe);
            }

            foreach (var id in ids.Skip(half))
            {
                builder.Add(id);
            }

            var kept = builder.ToPageIds();

            // Then the page keeps each id once, and tells every other string it lacks, as the set does
            kept.Count.ShouldBe(set.Count);
            kept.ShouldBe(set, ignoreOrder: true);
            foreach (var probe in probes)
            {
                kept.Contains(probe).ShouldBe(set.Contains(probe), probe);
            }
        }
    }
}
