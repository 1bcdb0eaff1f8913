using System.Text.Json.Nodes;
using Site.Core.Importing.Online;

namespace Site.Core.Tests.Importing.Online;

/// <summary>A registration agency's CSL-JSON cut down to an imported entry's item: CSL's variables, in CSL's shapes.</summary>
public sealed class CslResponseTests
{
    // In the shape of Crossref's older answers: titles as arrays, authors with sequence and affiliation, an
    // organisation among them, dates with date-time and timestamp, a JATS abstract, and Crossref's own keys.
    // 10.5555 is Crossref's prefix for tests.
    private const string OlderCrossref = """
        {
          "indexed": {"date-parts": [[2021, 11, 19]], "date-time": "2021-11-19T08:52:31Z", "timestamp": 1637311951424},
          "reference-count": 2,
          "publisher": "Example Press",
          "issue": "20",
          "license": [{"URL": "http://creativecommons.org/licenses/by/4.0/", "start": {"date-parts": [[2020, 1, 1]]}, "delay-in-days": 0, "content-version": "vor"}],
          "content-domain": {"domain": [], "crossmark-restriction": false},
          "published-print": {"date-parts": [[1957, 10]]},
          "abstract": "<jats:title>Abstract</jats:title><jats:p>Ketamine <jats:italic>in vitro</jats:italic> &amp; in vivo.</jats:p><jats:p>Second  paragraph.</jats:p>",
          "DOI": "10.5555/12345678",
          "type": "journal-article",
          "created": {"date-parts": [[2005, 3, 10]], "date-time": "2005-03-10T14:51:56Z", "timestamp": 1110466316000},
          "page": "5441-5444",
          "source": "Crossref",
          "is-referenced-by-count": 582,
          "title": ["Correlation of the base strengths of <i>amines</i>"],
          "subtitle": ["A test"],
          "prefix": "10.5555",
          "volume": 79,
          "author": [
            {"suffix": "Jr.", "given": "H. K.", "family": "Hall", "sequence": "first", "affiliation": [{"name": "A University"}]},
            {"ORCID": "http://orcid.org/0000-0000-0000-0000", "authenticated-orcid": false, "given": " Anna ", "family": "Müller", "sequence": "additional", "affiliation": []},
            {"name": "The Example Consortium", "sequence": "additional", "affiliation": []}
          ],
          "member": "316",
          "reference": [{"key": "r1", "unstructured": "Someone. Something. 1950."}],
          "container-title": ["Journal of Examples", "J Ex"],
          "short-container-title": ["J. Ex."],
          "original-title": [],
          "link": [{"URL": "https://example.org/pdf", "content-type": "unspecified", "content-version": "vor", "intended-application": "similarity-checking"}],
          "deposited": {"date-parts": [[2021, 8, 4]], "date-time": "2021-08-04T21:46:46Z", "timestamp": 1628113606000},
          "score": 1,
          "issued": {"date-parts": [["1957", "10"]]},
          "accessed": {"date-parts": [[null]]},
          "alternative-id": ["10.5555/12345678"],
          "URL": "http://dx.doi.org/10.5555/12345678",
          "relation": {},
          "ISSN": ["0002-7863", "1520-5126"],
          "subject": ["Catalysis"]
        }
        """;

    [Fact]
    public void Should_keep_only_CSL_variables_each_in_its_CSL_shape()
    {
        // Given an older Crossref answer
        var answer = JsonNode.Parse(OlderCrossref)!.AsObject();

        // When it is made an item
        var item = CslResponse.ToItem(answer, OnlineIdentifier.Parse("10.5555/12345678"), out var unknownType);

        // Then it holds CSL's variables only: Crossref's type as CSL's, single strings from arrays, names with CSL's
        // parts (the organisation as a literal), dates as date parts (none from a date without a year), the title
        // with its subtitle, plain text from JATS and HTML, the journal's short title, and no URL that is only the DOI's
        unknownType.ShouldBeNull();
        item.ToJsonString().ShouldBe(JsonNode.Parse("""
            {
              "type": "article-journal",
              "publisher": "Example Press",
              "issue": "20",
              "abstract": "Ketamine in vitro & in vivo. Second paragraph.",
              "DOI": "10.5555/12345678",
              "page": "5441-5444",
              "source": "Crossref",
              "title": "Correlation of the base strengths of amines: A test",
              "volume": "79",
              "author": [
                {"family": "Hall", "given": "H. K.", "suffix": "Jr."},
                {"family": "Müller", "given": "Anna"},
                {"literal": "The Example Consortium"}
              ],
              "container-title": "Journal of Examples",
              "issued": {"date-parts": [[1957, 10]]},
              "ISSN": "0002-7863",
              "container-title-short": "J. Ex."
            }
            """)!.ToJsonString());
    }

    [Theory]
    [InlineData("journal-article", "article-journal")]
    [InlineData("book-chapter", "chapter")]
    [InlineData("proceedings-article", "paper-conference")]
    [InlineData("posted-content", "article")]
    [InlineData("dissertation", "thesis")]
    [InlineData("article-journal", "article-journal")]
    [InlineData("dataset", "dataset")]
    public void Should_write_the_agency_s_type_as_CSL_names_it(string type, string expected)
    {
        // Given an answer of a type
        var answer = new JsonObject { ["type"] = type, ["title"] = "T" };

        // When it is made an item
        var item = CslResponse.ToItem(answer, OnlineIdentifier.Parse("10.5555/12345678"), out var unknownType);

        // Then its type is CSL's
        item["type"]!.GetValue<string>().ShouldBe(expected);
        unknownType.ShouldBeNull();
    }

    [Fact]
    public void Should_write_a_type_CSL_does_not_have_as_a_document_and_say_so()
    {
        // Given an answer of a type neither CSL nor Crossref's table has
        var answer = new JsonObject { ["type"] = "grant", ["title"] = "T" };

        // When it is made an item
        var item = CslResponse.ToItem(answer, OnlineIdentifier.Parse("10.5555/12345678"), out var unknownType);

        // Then it is a document, and the type it had is given back to report
        item["type"]!.GetValue<string>().ShouldBe("document");
        unknownType.ShouldBe("grant");
    }

    [Fact]
    public void Should_drop_DataCite_s_id_and_copyright_and_keep_its_landing_page()
    {
        // Given a DataCite answer
        var answer = JsonNode.Parse("""
            {"type": "dataset", "id": "https://doi.org/10.5555/abc", "DOI": "10.5555/ABC", "URL": "https://repository.example.org/abc",
             "title": "Data", "copyright": "Creative Commons Zero v1.0 Universal", "categories": ["Malaria", " ", "Africa"], "version": "1"}
            """)!.AsObject();

        // When it is made an item
        var item = CslResponse.ToItem(answer, OnlineIdentifier.Parse("doi:10.5555/abc"), out _);

        // Then the DOI is the agency's, its address and licence are gone, and the landing page stays
        item.ToJsonString().ShouldBe("""{"type":"dataset","DOI":"10.5555/ABC","URL":"https://repository.example.org/abc","title":"Data","categories":["Malaria","Africa"],"version":"1"}""");
    }

    [Fact]
    public void Should_put_an_article_number_where_the_pages_go_when_there_are_none()
    {
        // Given an answer with an article number and no pages, and one with both
        var numbered = new JsonObject { ["type"] = "journal-article", ["article-number"] = "277" };
        var paged = new JsonObject { ["type"] = "journal-article", ["article-number"] = "e4375", ["page"] = "1-10" };

        // When they are made items
        // Then the number is the page only where there are no pages
        CslResponse.ToItem(numbered, OnlineIdentifier.Parse("10.5555/1"), out _)["page"]!.GetValue<string>().ShouldBe("277");
        CslResponse.ToItem(paged, OnlineIdentifier.Parse("10.5555/1"), out _)["page"]!.GetValue<string>().ShouldBe("1-10");
    }
}
