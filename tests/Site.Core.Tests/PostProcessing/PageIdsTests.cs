using Site.Core.PostProcessing;

namespace Site.Core.Tests.PostProcessing;

public sealed class PageIdsTests
{
    [Fact]
    public void Should_hold_exactly_the_ids_a_set_of_them_holds()
    {
        // Given sets of ids of every size up to 200: repeats, ids that are prefixes of others, cases, digits, non-ASCII
        var random = new Random(7);
        const string Letters = "aAbz09-_éΣ";
        for (var run = 0; run < 300; run++)
        {
            var ids = Enumerable.Range(0, random.Next(0, 200))
                .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => Letters[random.Next(Letters.Length)])]))
                .ToList();
            var set = new HashSet<string>(ids, StringComparer.Ordinal);

            // When they are kept as a page's ids
            var kept = PageIds.Of(ids);

            // Then it has each once, and tells every other string it lacks, as the set does
            kept.Count.ShouldBe(set.Count);
            kept.ShouldBe(set, ignoreOrder: true);
            foreach (var probe in set.Concat(Enumerable.Range(0, 50).Select(_ => new string(Letters[random.Next(Letters.Length)], random.Next(1, 4)))).Append(""))
            {
                kept.Contains(probe).ShouldBe(set.Contains(probe), probe);
            }

            kept.SetEquals(set).ShouldBeTrue();
            kept.IsSubsetOf(set).ShouldBeTrue();
            kept.IsSupersetOf(set).ShouldBeTrue();
        }
    }

    [Fact]
    public void Should_hold_no_id_when_made_of_none()
    {
        // Given no ids
        // When they are kept
        // Then the page has none
        PageIds.Of([]).Count.ShouldBe(0);
        PageIds.Of([]).Contains("a").ShouldBeFalse();
        PageIds.None.Contains("").ShouldBeFalse();
    }
}
