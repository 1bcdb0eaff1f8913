using Site.Core.Content;
using Site.Core.Search;

namespace Site.Core.Tests.Search;

public sealed class SearchRecordsTests
{
    [Fact]
    public void Should_name_a_claims_levels_each_once_strongest_first_and_not_assessed_last()
    {
        // Given claims citing works of any levels, repeated, in any order, some not assessed
        var random = new Random(5);
        var all = Enum.GetValues<EvidenceLevel>().Select(l => (EvidenceLevel?)l).Append(null).ToArray();
        for (var run = 0; run < 2000; run++)
        {
            var levels = Enumerable.Range(0, random.Next(0, 9)).Select(_ => all[random.Next(all.Length)]).ToList();

            // When the search record names them
            var names = SearchRecords.LevelsOf(levels);

            // Then they are the distinct levels in the order of the evidence scale, by name, "not-assessed" last
            names.ShouldBe(levels.Distinct().OrderBy(l => l is { } known ? (int)known : int.MaxValue).Select(EvidenceLevels.Name));
            names.ShouldBeSubsetOf(SearchShardWriter.LevelNames);
        }
    }
}
