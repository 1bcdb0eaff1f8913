using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Importing;
using Site.Core.Text;

namespace Site.Core.Tests.Importing;

public sealed class ImportSourceReaderTests
{
    [Fact]
    public void Should_read_UTF8_without_its_byte_order_mark_and_without_a_diagnostic()
    {
        // Given UTF-8 bytes with a byte order mark, as Web of Science and Windows editors write them
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "TY  - JOUR\nAU  - Müller, J.\n"u8];
        var diagnostics = new DiagnosticBag();

        // When they are read for import
        var source = ImportSourceReader.Read("refs.ris", bytes, diagnostics);

        // Then the text starts at the tag and nothing is reported
        source.Text.ShouldBe("TY  - JOUR\nAU  - Müller, J.\n");
        diagnostics.ToSortedList().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_read_UTF16_by_its_byte_order_mark(bool littleEndian)
    {
        // Given a file saved as "Unicode" by a Windows tool: UTF-16 with its mark
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("PMID- 1\nFAU - Müller, Jörg\n")];
        var diagnostics = new DiagnosticBag();

        // When it is read for import
        var source = ImportSourceReader.Read("refs.nbib", bytes, diagnostics);

        // Then the text is whole and nothing is reported
        source.Text.ShouldBe("PMID- 1\nFAU - Müller, Jörg\n");
        diagnostics.ToSortedList().ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_a_file_with_no_UTF8_sequence_as_Windows_1252_and_warn_at_its_first_byte_above_ASCII()
    {
        // Given Latin-1 bytes with Windows-1252's euro sign (0x80), on the second line
        byte[] bytes = [.. "TY  - JOUR\nTI  - Costs in "u8, 0x80, .. " and a caf"u8, 0xE9, .. "\n"u8];
        var diagnostics = new DiagnosticBag();

        // When they are read for import
        var source = ImportSourceReader.Read("refs.ris", bytes, diagnostics);

        // Then each byte is its Windows-1252 letter, and a warning names the first one where it stands
        source.Text.ShouldBe("TY  - JOUR\nTI  - Costs in € and a café\n");
        var warning = diagnostics.ToSortedList().ShouldHaveSingleItem();
        warning.Code.ShouldBe("invalid-encoding");
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Location.ShouldBe(new SourceLocation("refs.ris", 2, 16, 1));
        warning.Message.ShouldContain("byte 0x80 is '€'");
    }

    [Fact]
    public void Should_report_invalid_encoding_as_an_error_for_UTF8_with_a_broken_byte()
    {
        // Given UTF-8 ("é" as two bytes) with one lone Latin-1 byte further on: a file pasted together from two sources
        byte[] bytes = [.. "TI  - Caf"u8, 0xC3, 0xA9, .. "\nAU  - M"u8, 0xFC, .. "ller\n"u8];
        var diagnostics = new DiagnosticBag();

        // When they are read for import
        var source = ImportSourceReader.Read("refs.ris", bytes, diagnostics);

        // Then the UTF-8 is kept, the broken byte replaced, and an error points at it
        source.Text.ShouldBe("TI  - Café\nAU  - M\uFFFDller\n");
        var error = diagnostics.ToSortedList().ShouldHaveSingleItem();
        error.Code.ShouldBe("invalid-encoding");
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.Location.ShouldBe(new SourceLocation("refs.ris", 2, 8, 1));
        error.Message.ShouldContain("byte 0xFC at byte offset 19");
    }

    [Fact]
    public void Should_not_read_a_file_with_a_UTF8_byte_order_mark_as_Windows_1252()
    {
        // Given a file that says it is UTF-8 by its mark, and has a Latin-1 byte
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "TI  - Caf"u8, 0xE9, .. "\n"u8];
        var diagnostics = new DiagnosticBag();

        // When it is read for import
        var source = ImportSourceReader.Read("refs.ris", bytes, diagnostics);

        // Then the mark is believed: the byte is replaced and reported as an error
        source.Text.ShouldBe("TI  - Caf\uFFFD\n");
        diagnostics.ToSortedList().ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Error);
    }
}
