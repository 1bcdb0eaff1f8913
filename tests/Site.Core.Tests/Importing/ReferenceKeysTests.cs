using System.Text.Json.Nodes;
using Site.Core.Importing;
using Site.Core.Text;

namespace Site.Core.Tests.Importing;

/// <summary>An imported entry's key: kept from the source when it is an id, else made from its first author and year.</summary>
public sealed class ReferenceKeysTests
{
    [Theory]
    [InlineData("""{"author": [{"family": "Müller", "given": "Anna"}], "issued": {"date-parts": [[2019]]}}""", null, "muller-2019")]
    [InlineData("""{"author": [{"family": "van der Berg", "given": "A"}], "issued": {"date-parts": [[2020, 5]]}}""", null, "van-der-berg-2020")]
    [InlineData("""{"author": [{"literal": "World Health Organization"}], "issued": {"date-parts": [[2021]]}}""", null, "world-health-organization-2021")]
    [InlineData("""{"title": "Facing Addiction in America: the Surgeon General's report", "issued": {"date-parts": [[2016]]}}""", null, "facing-addiction-in-america-2016")]
    [InlineData("""{"author": [{"family": "Jones", "given": "JL"}]}""", null, "jones")]
    [InlineData("""{"author": [{"family": "Jones", "given": "JL"}], "issued": {"date-parts": [[2018]]}}""", "jones-ketamine-2018", "jones-ketamine-2018")]
    [InlineData("""{"author": [{"family": "Jones", "given": "JL"}], "issued": {"date-parts": [[2018]]}}""", "Jones2018", "jones-2018")]
    [InlineData("""{"author": ["Ødegård K"], "issued": {"date-parts": [["2017"]]}}""", null, "odegard-2017")]
    [InlineData("""{"author": [{"family": "Jones", "given": "JL"}], "issued": {"date-parts": [[2018]]}}""", "30140240", "jones-2018")]
    public void Should_keep_a_source_key_that_is_an_id_and_make_one_from_author_and_year_otherwise(string item, string? sourceKey, string expected)
    {
        // Given an entry
        var entry = new ImportedEntry(JsonNode.Parse(item)!.AsObject(), sourceKey, new SourceLocation("refs.bib", 1, 1));

        // When its key is chosen in an empty site
        // Then it is the expected lower-case kebab id
        ReferenceKeys.For(entry, new HashSet<string>()).ShouldBe(expected);
    }

    [Fact]
    public void Should_add_b_c_and_so_on_to_a_key_already_taken()
    {
        // Given a site that has jones-2018, and three more entries of Jones 2018
        var taken = new HashSet<string> { "jones-2018" };
        var entry = new ImportedEntry(JsonNode.Parse("""{"author": [{"family": "Jones"}], "issued": {"date-parts": [[2018]]}}""")!.AsObject(), null, new SourceLocation("refs.bib", 1, 1));

        // When each is given a key
        var keys = Enumerable.Range(0, 3).Select(_ => ReferenceKeys.For(entry, taken)).ToList();

        // Then they are told apart by letters, and every key is an id
        keys.ShouldBe(["jones-2018-b", "jones-2018-c", "jones-2018-d"]);
        keys.ShouldAllBe(k => Slug.IsKebab(k));
    }
}
