using System.Text.Json.Nodes;
using Site.Core.Importing.Online;

namespace Site.Core.Tests.Importing.Online;

/// <summary>PubMed's summary (esummary JSON) and record (efetch XML) as an imported entry's item.</summary>
public sealed class PubMedRecordTests
{
    [Theory]
    [InlineData("2018", "[2018]")]
    [InlineData("2013 Feb", "[2013,2]")]
    [InlineData("2018 Aug 9", "[2018,8,9]")]
    [InlineData("2018 Jul-Aug", "[2018,7]")]
    [InlineData("2018 Spring", "[2018]")]
    [InlineData("2019 Feb 30", "[2019,2]")]
    public void Should_read_PubMed_s_dates_as_date_parts(string pubdate, string expected)
    {
        // Given a summary's pubdate
        // When it is read
        var date = PubMedSummary.Date(pubdate);

        // Then it has the parts it gives, and no day that is no date
        date.ShouldNotBeNull()["date-parts"]![0]!.ToJsonString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Spring 2018")]
    public void Should_give_no_date_for_a_pubdate_without_a_year_first(string pubdate)
    {
        // Given a pubdate that does not start with a year
        // When it is read
        // Then there is no date rather than a guess
        PubMedSummary.Date(pubdate).ShouldBeNull();
    }

    [Fact]
    public void Should_read_authors_title_journal_and_ids_from_a_summary()
    {
        // Given a summary record with a collective author, a title with PubMed's full stop, and the PMCID among other facts
        var record = JsonNode.Parse("""
            {"uid": "99999991", "pubdate": "2020 Jan", "source": "Synth J", "fulljournalname": "Synthetic journal",
             "authors": [{"name": "van der Berg A", "authtype": "Author"}, {"name": "Plato", "authtype": "Author"}, {"name": "The Group", "authtype": "CollectiveName"}],
             "title": "Is it &lt;i&gt;true&lt;/i&gt;?.", "volume": "3", "issue": "", "pages": "1-9",
             "articleids": [{"idtype": "pubmed", "value": "99999991"}, {"idtype": "doi", "value": "10.5555/x"}, {"idtype": "pmcid", "value": "pmc-id: PMC99999;embargo-date: 2021/01/01;"}],
             "doctype": "citation"}
            """)!.AsObject();

        // When it is made an item
        var item = PubMedSummary.ToItem(record, "99999991");

        // Then each field is in its CSL place
        item.ToJsonString().ShouldBe(JsonNode.Parse("""
            {"type": "article-journal", "title": "Is it true?", "author": [{"family": "van der Berg", "given": "A"}, {"family": "Plato"}, {"literal": "The Group"}],
             "container-title": "Synthetic journal", "container-title-short": "Synth J", "issued": {"date-parts": [[2020, 1]]},
             "volume": "3", "page": "1-9", "DOI": "10.5555/x", "PMID": "99999991", "PMCID": "PMC99999"}
            """)!.ToJsonString());
    }

    [Fact]
    public void Should_read_a_labelled_abstract_and_the_publication_types_from_a_record()
    {
        // Given an efetch answer with PubMed's DTD declared, a labelled abstract with markup, and two types
        var xml = """
            <?xml version="1.0" ?>
            <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">99999991</PMID><Article>
              <Abstract>
                <AbstractText Label="BACKGROUND">Some <i>E</i>. coli
                  grew.</AbstractText>
                <AbstractText Label="RESULTS">p &lt; 0.01 &amp; more.</AbstractText>
                <CopyrightInformation>© Someone.</CopyrightInformation>
              </Abstract>
              <PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType><PublicationType UI="D017418">Meta-Analysis</PublicationType></PublicationTypeList>
            </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """;

        // When the record is read (the DTD is never fetched: there is no network here to fetch it)
        var article = PubMedArticle.Read(xml, "99999991");

        // Then the abstract is its parts in order, labelled, without the copyright; and the types are listed
        article.ShouldNotBeNull();
        article.Abstract.ShouldBe("BACKGROUND: Some E. coli grew. RESULTS: p < 0.01 & more.");
        article.PublicationTypes.ShouldBe(["Journal Article", "Meta-Analysis"]);
        PubMedArticle.Read(xml, "1").ShouldBeNull();
    }
}
