using Site.Core.Diagnostics;
using Site.Core.Importing;
using Site.Core.Importing.Ris;
using Site.Core.Text;

namespace Site.Core.Tests.Importing.Ris;

public sealed class RisFormatTests
{
    private static ImportedFile Read(string text) => new RisFormat().Read(new SourceText("refs.ris", text));

    [Fact]
    public void Should_warn_unknown_entry_type_at_the_type_of_a_record_whose_type_CSL_lacks()
    {
        // Given a record of a type RIS has and CSL does not, after another record
        var file = Read("TY  - JOUR\nTI  - A\nER  - \nTY  - EQUA\nTI  - B\nER  - \n");

        // When it is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();

        // Then a warning points at the type's value, and the entry is kept with the nearest type
        diagnostic.Code.ShouldBe("unknown-entry-type");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Location.ShouldBe(new SourceLocation("refs.ris", 4, 7, 4));
        diagnostic.SourceLine.ShouldBe("TY  - EQUA");
        diagnostic.Message.ShouldContain("'EQUA'");
        file.Entries[1].Item["type"]!.GetValue<string>().ShouldBe("document");
    }

    [Fact]
    public void Should_report_missing_field_at_the_TY_line_of_a_record_without_a_title_and_leave_it_out()
    {
        // Given a record with authors and no title, between two with titles
        var file = Read("TY  - JOUR\nTI  - A\nER  - \nTY  - JOUR\nAU  - Jones, J.\nER  - \nTY  - JOUR\nTI  - C\nER  - \n");

        // When it is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();

        // Then an error underlines its TY line, and the other two are imported
        diagnostic.Code.ShouldBe("missing-field");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Location.ShouldBe(new SourceLocation("refs.ris", 4, 1, 10));
        file.Entries.Select(e => e.Item["title"]!.GetValue<string>()).ShouldBe(["A", "C"]);
    }

    [Fact]
    public void Should_report_invalid_bibliography_at_the_value_of_a_date_that_is_no_date()
    {
        // Given a record whose DA has a thirteenth month, and whose PY is a good year
        var file = Read("TY  - JOUR\nTI  - A\nPY  - 2018\nDA  - 2018/13/01/\nER  - \n");

        // When it is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();

        // Then an error underlines the DA value, and the entry keeps the year PY gives
        diagnostic.Code.ShouldBe("invalid-bibliography");
        diagnostic.Location.ShouldBe(new SourceLocation("refs.ris", 4, 7, 11));
        diagnostic.Message.ShouldContain("'2018/13/01/' in DA is not a date");
        file.Entries.ShouldHaveSingleItem().Item["issued"]!.ToJsonString().ShouldBe("""{"date-parts":[[2018]]}""");
    }

    [Fact]
    public void Should_report_invalid_bibliography_once_at_the_first_of_the_lines_outside_any_record()
    {
        // Given a record that lost its TY line, after a whole one
        var file = Read("TY  - JOUR\nTI  - A\nER  - \n\nT1  - Lost\nAU  - Jones, J.\nER  - \n");

        // When it is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();

        // Then one error points at the first orphan line
        diagnostic.Code.ShouldBe("invalid-bibliography");
        diagnostic.Location.ShouldBe(new SourceLocation("refs.ris", 5, 1, 10));
        file.Entries.ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_report_invalid_bibliography_at_the_start_of_a_file_with_no_record()
    {
        // Given a text with no TY line
        var file = Read("@article{jones2018, title = {A}}\n");

        // When it is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();

        // Then one error says so, at line 1, column 1
        diagnostic.Code.ShouldBe("invalid-bibliography");
        diagnostic.Location.ShouldBe(new SourceLocation("refs.ris", 1, 1));
        diagnostic.Message.ShouldBe("the file has no RIS record");
        file.Entries.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_every_record_without_a_diagnostic_when_ER_lines_are_missing()
    {
        // Given two records, neither ended by ER
        var file = Read("TY  - JOUR\nTI  - A\nTY  - JOUR\nTI  - B\n");

        // When it is read
        // Then both are entries, each where its TY is, and nothing is reported: no line of either was lost
        file.Diagnostics.ShouldBeEmpty();
        file.Entries.Select(e => e.Location.Line).ShouldBe([1, 3]);
    }

    [Fact]
    public void Should_read_an_EndNote_export_in_Windows_1252_with_a_warning_at_its_first_byte_that_is_not_UTF8()
    {
        // Given an EndNote export as it writes it: Windows-1252, an umlaut in a name (0xFC), curly quotes (0x93, 0x94)
        // and a dash (0x96) in a title
        byte[] bytes =
        [
            .. "TY  - JOUR\r\nAU  - M"u8, 0xFC, .. "ller, J.\r\nTI  - "u8, 0x93, .. "Ketamine"u8, 0x94, (byte)' ', 0x96, .. " a review\r\nER  - \r\n"u8,
        ];
        var diagnostics = new DiagnosticBag();

        // When it is decoded for import and read
        var source = ImportSourceReader.Read("endnote.ris", bytes, diagnostics);
        var file = new RisFormat().Read(source);

        // Then the letters are right, and one warning points at the 'ü' (line 2, column 8)
        var entry = file.Entries.ShouldHaveSingleItem();
        entry.Item["author"]![0]!["family"]!.GetValue<string>().ShouldBe("Müller");
        entry.Item["title"]!.GetValue<string>().ShouldBe("“Ketamine” – a review");
        var warning = diagnostics.ToSortedList().ShouldHaveSingleItem();
        warning.Code.ShouldBe("invalid-encoding");
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Location.ShouldBe(new SourceLocation("endnote.ris", 2, 8, 1));
        warning.Message.ShouldContain("Windows-1252");
        file.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("TY  - JOUR\nTI  - A\nER  - \n", "")]
    [InlineData("\r\nTY  - BOOK\r\n", ".txt")]
    [InlineData("\uFEFFTY  - JOUR\n", ".ris")]
    [InlineData("ty  - jour\n", "")]
    [InlineData("Provider: Elsevier\nDatabase: ScienceDirect\nContent: text/plain; charset=\"UTF-8\"\n\nTY  - JOUR\n", "")]
    [InlineData("AU  - Jones, J.\nTY  - JOUR\n", ".ris")]
    public void Should_recognise_RIS_by_its_first_tagged_line(string text, string extension)
    {
        // Given a text whose first tagged line is TY (after a header), or, in a .ris file, any tagged line
        // When the format is asked
        // Then it recognises it
        new RisFormat().Recognises(text, extension).ShouldBeTrue();
    }

    [Theory]
    [InlineData("AU  - Jones, J.\nTY  - JOUR\n", "")]
    [InlineData("PMID- 30140240\nOWN - NLM\nTI  - A title\n", ".nbib")]
    [InlineData("@article{jones2018,\n  title = {TY  - JOUR}\n}\n", ".bib")]
    [InlineData("[{\"type\": \"article-journal\"}]", ".json")]
    [InlineData("", ".ris")]
    public void Should_not_recognise_other_text_as_RIS(string text, string extension)
    {
        // Given a text whose first tagged line is not TY, a MEDLINE file, BibTeX, CSL-JSON, or nothing
        // When the format is asked
        // Then it does not recognise it (a .ris extension alone is not enough)
        new RisFormat().Recognises(text, extension).ShouldBeFalse();
    }

    [Fact]
    public void Should_be_in_the_registry_by_name_and_found_by_content()
    {
        // Given the registry of formats
        // When RIS is looked up by name, and a RIS text is recognised
        // Then both give the RIS reader
        BibliographyFormats.Find("ris").ShouldBeOfType<RisFormat>();
        BibliographyFormats.Recognise("TY  - JOUR\nTI  - A\nER  - \n", ".txt").ShouldBeOfType<RisFormat>();
    }
}
