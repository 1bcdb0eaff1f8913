using Site.Core.Retractions;

namespace Site.Core.Tests.Retractions;

/// <summary>RFC 4180 records as the Retraction Watch file writes them: quotes, doubled quotes, line breaks inside fields, CRLF.</summary>
public sealed class CsvRecordReaderTests
{
    private static List<(int Line, string[] Fields, bool Unterminated)> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var records = new List<(int, string[], bool)>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.Field(i).ToString();
            }

            records.Add((reader.Line, fields, reader.Unterminated));
        }

        return records;
    }

    [Fact]
    public void Should_read_plain_and_quoted_fields_with_commas_doubled_quotes_and_line_breaks()
    {
        // Given a header and two records, the first with a quoted title holding a comma and quotes, and an institution over two lines
        var text = "Record ID,Title,Institution\r\n1,\"Ketamine, \"\"fast\"\" relief\",\"Dept A;\nDept B\"\r\n2,Plain,\r\n";

        // When it is read
        var records = ReadAll(text);

        // Then each record has its fields unquoted, the line break kept, an empty last field, and its starting line
        records.Count.ShouldBe(3);
        records[0].Fields.ShouldBe(["Record ID", "Title", "Institution"]);
        records[1].Fields.ShouldBe(["1", "Ketamine, \"fast\" relief", "Dept A;\nDept B"]);
        records[1].Line.ShouldBe(2);
        records[2].Fields.ShouldBe(["2", "Plain", ""]);
        records[2].Line.ShouldBe(4);
    }

    [Fact]
    public void Should_read_a_last_record_without_a_line_end_and_lf_only_lines()
    {
        // Given records ending in LF and a last one with no line end at all
        var records = ReadAll("a,b\nc,\"d\"");

        // Then both are read whole
        records.Select(r => string.Join('|', r.Fields)).ShouldBe(["a|b", "c|d"]);
    }

    [Fact]
    public void Should_mark_a_record_whose_quoted_field_is_never_closed()
    {
        // Given a record whose quoted field runs to the end of the text
        var records = ReadAll("a,b\n1,\"open\nand on\n");

        // Then it is one record, marked unterminated, and the one before it is not
        records.Count.ShouldBe(2);
        records[0].Unterminated.ShouldBeFalse();
        records[1].Unterminated.ShouldBeTrue();
        records[1].Line.ShouldBe(2);
    }

    [Fact]
    public void Should_read_records_that_cross_the_buffer_and_fields_longer_than_it()
    {
        // Given many records with quoted fields, one of them far longer than the reader's 64 KiB buffer, and line breaks inside
        var longField = new string('x', 200_000) + "\"\"" + new string('y', 10);
        var lines = new List<string>();
        for (var i = 0; i < 5_000; i++)
        {
            lines.Add(i == 2_500 ? $"{i},\"{longField}\",\"two\nlines\"" : $"{i},\"title {i}, with a comma\",\"a;\nb\"");
        }

        // When they are read
        var records = ReadAll(string.Join("\r\n", lines) + "\r\n");

        // Then every record is whole, on its line (each takes two), and the long field is unquoted
        records.Count.ShouldBe(5_000);
        records.Select(r => r.Fields[0]).ShouldBe(Enumerable.Range(0, 5_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        records[2_500].Fields[1].ShouldBe(new string('x', 200_000) + "\"" + new string('y', 10));
        records[4_999].Line.ShouldBe(9_999);
        records[4_999].Fields[1].ShouldBe("title 4999, with a comma");
        records.ShouldAllBe(r => r.Fields.Length == 3 && !r.Unterminated);
    }
}
