using Site.Core.Importing;
using Site.Core.Importing.CslJson;
using Site.Core.Text;

namespace Site.Core.Tests.Importing.CslJson;

/// <summary>Every problem a CSL-JSON file can have is reported by its code, at the line and column where it is.</summary>
public sealed class CslJsonFormatTests
{
    [Fact]
    public void Should_report_a_syntax_error_at_its_column_in_characters_after_multibyte_letters()
    {
        // Given a missing comma after a title of two-byte letters and an emoji (four bytes, two characters)
        var file = Read("[\n  {\"id\": \"a\", \"type\": \"book\", \"title\": \"Ärzte 💊\" \"x\": 1}\n]");

        // When it is read
        // Then the column counts characters as every diagnostic of the site does (UTF-16, the emoji two), not UTF-8 bytes
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.json:2:51 error invalid-bibliography");
        diagnostic.SourceLine![diagnostic.Location.Column - 1].ShouldBe('"');
        diagnostic.Message.ShouldStartWith("the file is not valid JSON: ");
        diagnostic.Message.ShouldNotContain("LineNumber");
    }

    [Fact]
    public void Should_report_a_syntax_error_on_a_CRLF_line_at_its_line_and_column()
    {
        // Given a CRLF file with a missing comma on its third line
        var file = Read("[\r\n  {\"id\": \"a\", \"type\": \"book\", \"title\": \"A\"}\r\n  {\"id\": \"b\"}\r\n]");

        // When it is read
        // Then the second item's brace is reported, and the first item kept
        DiagnosticLine.Of(file.Diagnostics.ShouldHaveSingleItem()).ShouldBe("refs.json:3:3 error invalid-bibliography");
        file.Entries.ShouldHaveSingleItem().SourceKey.ShouldBe("a");
    }

    [Fact]
    public void Should_report_nesting_past_the_limit_as_a_syntax_error()
    {
        // Given an item nested far deeper than any bibliography
        var file = Read("[{\"id\": \"a\", \"note\": " + new string('[', 100) + new string(']', 100) + "}]");

        // When it is read
        // Then it is reported where the limit is passed, not read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("invalid-bibliography");
        diagnostic.Location.Column.ShouldBe(21 + 63);
    }

    [Fact]
    public void Should_report_a_date_that_is_no_date_at_its_value()
    {
        // Given an issued date as text CSL processors would guess at
        var file = Read("[{\"id\": \"a\", \"type\": \"book\", \"title\": \"A\",\n  \"issued\": {\"raw\": \"Summer 2018\"}}]");

        // When it is read
        // Then the raw text is reported, and the item kept without a date
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.json:2:21 error invalid-bibliography");
        diagnostic.Location.Length.ShouldBe("\"Summer 2018\"".Length);
        diagnostic.Message.ShouldBe("'issued' must be a date like {\"date-parts\": [[2018, 7, 24]]} or \"2018-07-24\", not \"Summer 2018\"");
        file.Entries.ShouldHaveSingleItem().Item.ContainsKey("issued").ShouldBeFalse();
    }

    [Fact]
    public void Should_report_a_name_written_as_text_at_the_name()
    {
        // Given an author written as one string
        var file = Read("[{\"id\": \"a\", \"type\": \"book\", \"title\": \"A\", \"author\": [\"Jones, J.\"]}]");

        // When it is read
        // Then the string is reported with the form a name takes
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.json:1:55 error invalid-bibliography");
        diagnostic.Message.ShouldBe("each name in 'author' must be an object like {\"family\": \"Jones\", \"given\": \"Jennifer L.\"}, not \"Jones, J.\"");
    }

    [Fact]
    public void Should_warn_about_an_unknown_type_at_its_value_and_name_the_type_used()
    {
        // Given an item of a type CSL does not have
        var file = Read("[{\"id\": \"a\", \"type\": \"journal-article\", \"title\": \"A\"}]");

        // When it is read
        // Then a warning points at the type, and the nearest CSL type is used
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.json:1:22 warning unknown-entry-type");
        diagnostic.Message.ShouldBe("'journal-article' is no CSL type; the item is read as a CSL 'article-journal'");
        file.Entries[0].Item["type"]!.GetValue<string>().ShouldBe("article-journal");
    }

    [Fact]
    public void Should_report_an_item_without_a_title_at_its_brace()
    {
        // Given a second item without a title
        var file = Read("[\n  {\"id\": \"a\", \"type\": \"book\", \"title\": \"A\"},\n    {\"id\": \"b\", \"type\": \"book\"}\n]");

        // When it is read
        // Then its brace is reported with its key, and it is kept
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.json:3:5 error missing-field");
        diagnostic.Message.ShouldBe("the item 'b' has no title");
        file.Entries.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_place_each_item_at_its_brace()
    {
        // Given two items on their own lines
        var file = Read("[\n  {\"id\": \"a\", \"type\": \"book\", \"title\": \"A\"},\n\n      {\"id\": \"b\", \"type\": \"book\", \"title\": \"B\"}\n]");

        // When it is read
        // Then each entry's location is its '{'
        file.Entries.Select(e => (e.Location.Line, e.Location.Column)).ShouldBe([(2, 3), (4, 7)]);
    }

    [Fact]
    public void Should_recognise_CSL_JSON_by_its_first_bracket_even_after_a_comment_or_a_BOM()
    {
        // Given CSL-JSON texts as tools write them, and texts that are not
        var format = new CslJsonFormat();

        // When each is recognised
        // Then only those that open with a bracket are CSL-JSON
        format.Recognises("[{\"id\": \"a\"}]", ".json").ShouldBeTrue();
        format.Recognises("\uFEFF\n  {\"id\": \"a\"}", "").ShouldBeTrue();
        format.Recognises("/* refs */ // more\n[]", ".txt").ShouldBeTrue();
        format.Recognises("@article{a, title = {A}}", ".json").ShouldBeFalse();
        format.Recognises("references:\n- id: a\n", ".json").ShouldBeFalse();
        format.Recognises("// only a comment", ".json").ShouldBeFalse();
        BibliographyFormats.Recognise("[]", ".json").ShouldBeOfType<CslJsonFormat>();
    }

    private static ImportedFile Read(string text) => new CslJsonFormat().Read(new SourceText("refs.json", text));
}
