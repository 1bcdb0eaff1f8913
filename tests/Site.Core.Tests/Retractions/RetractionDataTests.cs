using Site.Core.Diagnostics;
using Site.Core.Retractions;

namespace Site.Core.Tests.Retractions;

/// <summary>
/// The Retraction Watch CSV, read from a small file written by hand in the real shape (the real header, a BOM, CRLF,
/// quoted fields with line breaks and doubled quotes, '+reason;' lists, m/d/yyyy dates, 0 and 'unavailable' for none).
/// </summary>
public sealed class RetractionDataTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "retractions", "retraction_watch.csv");

    private static readonly HashSet<string> Dois = ["10.1000/smith.2019", "10.1000/jones.2018", "10.1000/lee.2015", "10.1000/brown.2017", "10.1000/dakwar.2016"];

    private static readonly HashSet<string> Pmids = ["29000002"];

    private static (RetractionData Data, IReadOnlyList<Diagnostic> Diagnostics) ReadFixture()
    {
        var diagnostics = new DiagnosticBag();
        using var reader = new StreamReader(Fixture, detectEncodingFromByteOrderMarks: true);
        var data = RetractionData.Read(reader, "retraction_watch.csv", Dois, Pmids, diagnostics);
        return (data, diagnostics.ToSortedList());
    }

    [Fact]
    public void Should_mark_a_retracted_work_by_its_doi_in_any_case_with_date_reasons_record_and_notice()
    {
        // Given the file, whose row 34567 retracts 10.1000/SMITH.2019 (written in upper case)
        var (data, _) = ReadFixture();

        // When the work is looked up by its DOI as the site writes it
        var notice = data.Find("10.1000/smith.2019", null).ShouldNotBeNull();

        // Then it is retracted on 2021-03-04 (3/4/2021 is month/day/year) for the reasons listed, with the notice's DOI
        notice.Nature.ShouldBe(RetractionNature.Retraction);
        notice.DateText.ShouldBe("2021-03-04");
        notice.Reasons.ShouldBe(["Falsification/Fabrication of Data", "Concerns/Issues About Data"]);
        notice.RecordId.ShouldBe("34567");
        notice.NoticeUrl.ShouldBe("https://doi.org/10.1000/notice.34567");
        data.Rows.ShouldBe(10);
    }

    [Fact]
    public void Should_mark_by_pubmed_id_when_the_doi_is_unavailable_and_link_the_notice_at_pubmed()
    {
        // Given the file, whose row 40002 is an expression of concern about PMID 29000002, DOI 'unavailable'
        var (data, _) = ReadFixture();

        // When the work is looked up by its PubMed id
        var notice = data.Find(null, "29000002").ShouldNotBeNull();

        // Then it is under an expression of concern, and the notice is the PubMed record of the notice
        notice.Nature.ShouldBe(RetractionNature.ExpressionOfConcern);
        notice.DateText.ShouldBe("2022-11-20");
        notice.NoticeUrl.ShouldBe("https://pubmed.ncbi.nlm.nih.gov/36000002/");
    }

    [Theory]
    [InlineData("10.1000/jones.2018", null)]
    [InlineData("10.1000/lee.2015", null)]
    [InlineData("10.1000/brown.2017", RetractionNature.Retraction)]
    [InlineData("10.1000/dakwar.2016", RetractionNature.ExpressionOfConcern)]
    [InlineData("10.1000/not-in-the-file", null)]
    public void Should_follow_the_rows_of_a_work_in_date_order(string doi, RetractionNature? expected)
    {
        // Given the file: a correction (jones), a retraction later reinstated (lee), a concern later upgraded to a
        // retraction (brown), a concern whose date cannot be read (dakwar)
        var (data, _) = ReadFixture();

        // When each work is looked up
        var notice = data.Find(doi, null);

        // Then a correction marks nothing, a reinstatement clears the retraction, a retraction outweighs the earlier concern
        (notice?.Nature).ShouldBe(expected);
    }

    [Fact]
    public void Should_report_a_bad_row_at_its_line_and_use_the_rest()
    {
        // Given the file, whose line 11 has 4 fields, and whose line 12 has the date 31/31/2021
        var (data, diagnostics) = ReadFixture();

        // Then both are reported at their lines (the institution on two lines puts every later row one line down),
        // the short row is skipped, the dated one kept without its date
        diagnostics.Select(d => $"{d.Location.Line} {d.Code}").ShouldBe(["11 invalid-retractions", "12 invalid-retractions"]);
        diagnostics[0].Message.ShouldContain("4 fields");
        diagnostics[1].Message.ShouldContain("31/31/2021");
        data.Find("10.1000/dakwar.2016", null).ShouldNotBeNull().Date.ShouldBeNull();
    }

    [Fact]
    public void Should_find_columns_by_name_in_any_order_and_report_one_that_is_missing()
    {
        // Given a file whose columns are in another order, and one without OriginalPaperPubMedID
        const string Reordered = "Reason,OriginalPaperDOI,RetractionNature,Record ID,OriginalPaperPubMedID,RetractionDate,RetractionDOI,RetractionPubMedID\n+Plagiarism of Article;,10.1000/a,Retraction,9,0,12/31/2020 0:00,unavailable,0\n";
        const string Missing = "Record ID,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDOI,RetractionNature,Reason\n";
        var reordered = new DiagnosticBag();
        var missing = new DiagnosticBag();

        // When both are read
        var data = RetractionData.Read(new StringReader(Reordered), "a.csv", new HashSet<string> { "10.1000/a" }, new HashSet<string>(), reordered);
        var none = RetractionData.Read(new StringReader(Missing), "b.csv", new HashSet<string> { "10.1000/a" }, new HashSet<string>(), missing);

        // Then the first is read by its header's names; the second is one diagnostic on line 1 naming the column
        reordered.ToSortedList().ShouldBeEmpty();
        data.Find("10.1000/a", null).ShouldNotBeNull().DateText.ShouldBe("2020-12-31");
        var diagnostic = missing.ToSortedList().ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("b.csv:1:1 error invalid-retractions");
        diagnostic.Message.ShouldContain("'OriginalPaperPubMedID'");
        none.Rows.ShouldBe(0);
    }

    [Fact]
    public void Should_report_an_empty_file_as_having_no_header()
    {
        // Given an empty file
        var diagnostics = new DiagnosticBag();

        // When it is read
        RetractionData.Read(new StringReader(string.Empty), "empty.csv", new HashSet<string>(), new HashSet<string>(), diagnostics);

        // Then it is one error that says so
        diagnostics.ToSortedList().ShouldHaveSingleItem().Message.ShouldContain("no header");
    }

    [Fact]
    public void Should_report_the_first_twenty_bad_rows_and_count_the_rest()
    {
        // Given a header and 50 rows of one field each
        var text = string.Join('\n', RetractionData.Columns) .Replace('\n', ',') + "\n" + string.Concat(Enumerable.Repeat("x\n", 50));
        var diagnostics = new DiagnosticBag();

        // When it is read
        RetractionData.Read(new StringReader(text), "bad.csv", new HashSet<string>(), new HashSet<string>(), diagnostics);

        // Then 20 rows are reported each, and one more diagnostic counts the other 30
        var all = diagnostics.ToSortedList();
        all.Count.ShouldBe(21);
        all.ShouldContain(d => d.Message.StartsWith("30 more rows", StringComparison.Ordinal));
    }
}
