using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Importing;
using Site.Core.Importing.Medline;
using Site.Core.Text;

namespace Site.Core.Tests.Importing.Medline;

public sealed class MedlineFormatTests
{
    private static ImportedFile Read(string text) => new MedlineFormat().Read(new SourceText("pubmed.nbib", text));

    [Fact]
    public void Should_report_invalid_bibliography_at_the_value_of_a_date_without_a_year()
    {
        // Given a record whose DP names a season and no year
        var file = Read("PMID- 30140240\nTI  - A title.\nDP  - Spring\n");

        // When it is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();

        // Then an error underlines the DP value, and the entry is kept without a date
        diagnostic.Code.ShouldBe("invalid-bibliography");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Location.ShouldBe(new SourceLocation("pubmed.nbib", 3, 7, 6));
        diagnostic.SourceLine.ShouldBe("DP  - Spring");
        file.Entries.ShouldHaveSingleItem().Item.ContainsKey("issued").ShouldBeFalse();
    }

    [Fact]
    public void Should_report_missing_field_at_the_first_line_of_a_record_without_a_title_and_leave_it_out()
    {
        // Given two records, the second without TI
        var file = Read("PMID- 30140240\nTI  - A title.\n\nPMID- 31230464\nAU  - Dakwar E\n");

        // When it is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();

        // Then an error underlines its PMID line and names the PMID; the first record is imported
        diagnostic.Code.ShouldBe("missing-field");
        diagnostic.Location.ShouldBe(new SourceLocation("pubmed.nbib", 4, 1, 14));
        diagnostic.Message.ShouldContain("PMID 31230464");
        file.Entries.ShouldHaveSingleItem().SourceKey.ShouldBe("30140240");
    }

    [Fact]
    public void Should_report_invalid_bibliography_once_at_the_first_line_that_is_no_field()
    {
        // Given two lines of text before the first record
        var file = Read("Search results\nPage 1\nPMID- 30140240\nTI  - A title.\n");

        // When it is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();

        // Then one error points at the first of them, and the record is read
        diagnostic.Code.ShouldBe("invalid-bibliography");
        diagnostic.Location.ShouldBe(new SourceLocation("pubmed.nbib", 1, 1, 14));
        file.Entries.ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_report_invalid_bibliography_at_the_start_of_a_file_with_no_record()
    {
        // Given a file of blank lines
        var file = Read("\n\n");

        // When it is read
        // Then one error says so, at line 1, column 1
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("invalid-bibliography");
        diagnostic.Location.ShouldBe(new SourceLocation("pubmed.nbib", 1, 1));
        diagnostic.Message.ShouldBe("the file has no MEDLINE record");
    }

    [Theory]
    [InlineData("Randomized Controlled Trial", EvidenceLevel.Rct)]
    [InlineData("Systematic Review", EvidenceLevel.SystematicReview)]
    [InlineData("Meta-Analysis", EvidenceLevel.MetaAnalysis)]
    [InlineData("Case Reports", EvidenceLevel.CaseReport)]
    [InlineData("Practice Guideline", EvidenceLevel.Guideline)]
    [InlineData("Guideline", EvidenceLevel.Guideline)]
    public void Should_give_the_evidence_level_each_design_type_states(string publicationType, EvidenceLevel level)
    {
        // Given a record of one design, among types that state none
        var file = Read($"PMID- 1\nTI  - A title.\nPT  - Journal Article\nPT  - {publicationType}\nPT  - Research Support, N.I.H., Extramural\n");

        // When it is read
        // Then the entry carries that level
        file.Entries.ShouldHaveSingleItem().Evidence.ShouldBe(level);
    }

    [Theory]
    [InlineData("Review")]
    [InlineData("Clinical Trial")]
    [InlineData("Randomized Controlled Trial, Veterinary")]
    [InlineData("Observational Study")]
    [InlineData("Comment")]
    public void Should_leave_evidence_unassessed_for_a_type_that_names_no_design_without_doubt(string publicationType)
    {
        // Given a record whose only types state no level the site has, or only a near one
        var file = Read($"PMID- 1\nTI  - A title.\nPT  - Journal Article\nPT  - {publicationType}\n");

        // When it is read
        // Then its evidence is not assessed
        file.Entries.ShouldHaveSingleItem().Evidence.ShouldBeNull();
    }

    [Theory]
    [InlineData("Meta-Analysis", "Systematic Review", EvidenceLevel.SystematicReview)]
    [InlineData("Randomized Controlled Trial", "Meta-Analysis", EvidenceLevel.MetaAnalysis)]
    [InlineData("Practice Guideline", "Systematic Review", EvidenceLevel.SystematicReview)]
    [InlineData("Case Reports", "Randomized Controlled Trial", EvidenceLevel.Rct)]
    public void Should_take_the_strongest_level_when_two_types_state_one(string first, string second, EvidenceLevel strongest)
    {
        // Given a record of two design types, in either order
        foreach (var (a, b) in new[] { (first, second), (second, first) })
        {
            var file = Read($"PMID- 1\nTI  - A title.\nPT  - {a}\nPT  - {b}\n");

            // When it is read
            // Then it carries the stronger, by the order of EvidenceLevel
            file.Entries.ShouldHaveSingleItem().Evidence.ShouldBe(strongest);
        }
    }

    [Theory]
    [InlineData("PMID- 30140240\nOWN - NLM\n", "")]
    [InlineData("\r\nPMID- 30140240\r\n", ".bib")]
    [InlineData("\uFEFFPMID- 30140240\n", "")]
    [InlineData("TI  - A title.\nPMID- 30140240\n", ".nbib")]
    [InlineData("OWN - NLM\nPMID- 30140240\n", ".txt")]
    public void Should_recognise_MEDLINE_by_a_PMID_line(string text, string extension)
    {
        // Given a text that starts with a PMID line, or, in a .nbib or .txt file, with another tag and a PMID line later
        // When the format is asked
        // Then it recognises it
        new MedlineFormat().Recognises(text, extension).ShouldBeTrue();
    }

    [Theory]
    [InlineData("TI  - A title.\nPMID- 30140240\n", ".ris")]
    [InlineData("TY  - JOUR\nTI  - A\nER  - \n", ".txt")]
    [InlineData("Some notes\nPMID- 30140240\n", ".nbib")]
    [InlineData("@article{a, note = {PMID- 1}}", ".bib")]
    [InlineData("", ".nbib")]
    public void Should_not_recognise_other_text_as_MEDLINE(string text, string extension)
    {
        // Given a text that starts with no PMID line, outside a MEDLINE file; RIS; text before the first tag; BibTeX; nothing
        // When the format is asked
        // Then it does not recognise it
        new MedlineFormat().Recognises(text, extension).ShouldBeFalse();
    }

    [Fact]
    public void Should_be_in_the_registry_by_name_and_found_by_content_before_or_after_RIS()
    {
        // Given the registry of formats, where RIS comes first
        // When MEDLINE is looked up by name, and a MEDLINE text (whose TI and AU lines RIS could read) is recognised
        // Then both give the MEDLINE reader
        BibliographyFormats.Find("medline").ShouldBeOfType<MedlineFormat>();
        BibliographyFormats.Recognise("PMID- 30140240\nOWN - NLM\nLR  - 20201001\nTI  - A title.\nAU  - Jones JL\n", ".txt").ShouldBeOfType<MedlineFormat>();
    }
}
