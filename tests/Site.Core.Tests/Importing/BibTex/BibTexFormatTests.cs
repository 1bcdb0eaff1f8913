using Site.Core.Importing;
using Site.Core.Importing.BibTex;
using Site.Core.Text;

namespace Site.Core.Tests.Importing.BibTex;

/// <summary>Every problem a .bib file can have is reported by its code, at the line and column where it is.</summary>
public sealed class BibTexFormatTests
{
    [Fact]
    public void Should_report_an_unclosed_brace_in_a_value_at_the_brace_and_read_the_next_entry()
    {
        // Given a title whose brace is never closed, before another entry
        var file = Read("@article{a,\n  title = {Never closed,\n  year = {2001}\n}\n\n@article{b, title = {B}}\n");

        // When it is read
        // Then the brace is reported where it opens, and the next entry is still read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:2:11 error invalid-bibliography");
        diagnostic.Message.ShouldBe("the '{' that opens the value of 'title' is not closed before the field 'year' on line 3");
        diagnostic.SourceLine.ShouldBe("  title = {Never closed,");
        file.Entries.ShouldHaveSingleItem().SourceKey.ShouldBe("b");
    }

    [Fact]
    public void Should_report_an_unclosed_brace_that_runs_into_the_next_entry()
    {
        // Given a value whose brace is still open when the next entry starts
        var file = Read("@article{a, title = {Open\n\n@article{b, title = {B}}\n");

        // When it is read
        // Then it is reported at its brace, and the next entry is read
        DiagnosticLine.Of(file.Diagnostics.ShouldHaveSingleItem()).ShouldBe("refs.bib:1:21 error invalid-bibliography");
        file.Diagnostics[0].Message.ShouldEndWith("is not closed before the next entry");
        file.Entries.ShouldHaveSingleItem().SourceKey.ShouldBe("b");
    }

    [Fact]
    public void Should_report_an_unclosed_quote_at_the_quote()
    {
        // Given a quoted value that is never closed
        var file = Read("@article{a,\n  title = \"Open\n}\n");

        // When it is read
        // Then the quote is reported where it opens
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:2:11 error invalid-bibliography");
        diagnostic.Message.ShouldBe("the '\"' that opens the value of 'title' is not closed before the '}' on line 3");
        file.Entries.ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_an_entry_without_its_closing_brace_just_after_its_last_value()
    {
        // Given an entry whose closing brace is missing, in the middle of a file
        var file = Read("@article{a,\n  title = {A},\n  year = {2001}\n\n@article{b, title = {B}}\n");

        // When it is read
        // Then the place for the brace is reported, and the next entry is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:3:16 error invalid-bibliography");
        diagnostic.Message.ShouldBe("the entry 'a' is not closed");
        diagnostic.Hint.ShouldBe("end it with '}' before the next entry");
        file.Entries.ShouldHaveSingleItem().SourceKey.ShouldBe("b");
    }

    [Fact]
    public void Should_report_a_missing_key_where_the_key_should_be()
    {
        // Given an entry whose first field follows the brace
        var file = Read("@article{title = {No key}, year = 2001}\n@book{b, title = {B}}\n");

        // When it is read
        // Then the missing key is reported after the brace, and the next entry is read
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:1:10 error invalid-bibliography");
        diagnostic.Message.ShouldBe("the @article entry has no key");
        file.Entries.ShouldHaveSingleItem().SourceKey.ShouldBe("b");
    }

    [Fact]
    public void Should_report_an_empty_key_at_its_comma()
    {
        // Given an entry with a comma but no key
        var file = Read("@article{, title = {No key}}\n");

        // When it is read
        // Then the key is reported missing where it should be
        DiagnosticLine.Of(file.Diagnostics.ShouldHaveSingleItem()).ShouldBe("refs.bib:1:10 error invalid-bibliography");
        file.Entries.ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_a_missing_equals_sign_at_what_stands_in_its_place()
    {
        // Given a field name followed by its value without '='
        var file = Read("@article{a,\n  title {No equals}\n}\n");

        // When it is read
        // Then the value's brace is reported, and the field named
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:2:9 error invalid-bibliography");
        diagnostic.Message.ShouldBe("'=' expected after the field name 'title' in the entry 'a'");
    }

    [Fact]
    public void Should_report_a_missing_comma_between_fields_at_the_next_field()
    {
        // Given two fields without a comma between them
        var file = Read("@article{a,\n  title = {A}\n  year = {2001}\n}\n");

        // When it is read
        // Then the second field is reported where it starts
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:3:3 error invalid-bibliography");
        diagnostic.Message.ShouldBe("',' or '}' expected after the value of 'title' in the entry 'a'");
    }

    [Fact]
    public void Should_report_a_value_that_is_missing()
    {
        // Given a field whose value is left out
        var file = Read("@article{a,\n  title = ,\n}\n");

        // When it is read
        // Then the comma where the value should be is reported
        DiagnosticLine.Of(file.Diagnostics.ShouldHaveSingleItem()).ShouldBe("refs.bib:2:11 error invalid-bibliography");
    }

    [Fact]
    public void Should_report_a_brace_missing_after_an_entry_type_at_the_start_of_a_line()
    {
        // Given an entry type followed by its key without a brace
        var file = Read("@article a,\n  title = {A}\n}\n@book{b, title = {B}}\n");

        // When it is read
        // Then the place for the brace is reported
        DiagnosticLine.Of(file.Diagnostics.ShouldHaveSingleItem()).ShouldBe("refs.bib:1:9 error invalid-bibliography");
        file.Entries.ShouldHaveSingleItem().SourceKey.ShouldBe("b");
    }

    [Fact]
    public void Should_take_an_at_sign_inside_text_between_entries_for_text()
    {
        // Given an e-mail address in the comment text above the entries
        var file = Read("Send corrections to editor@example.org, please.\n@book{b, title = {B}}\n");

        // When it is read
        // Then nothing is reported
        file.Diagnostics.ShouldBeEmpty();
        file.Entries.ShouldHaveSingleItem().SourceKey.ShouldBe("b");
    }

    [Fact]
    public void Should_warn_about_an_unknown_entry_type_at_the_type()
    {
        // Given an entry of a type neither BibTeX nor BibLaTeX has
        var file = Read("@book{a, title = {A}}\n@webpage{odd, title = {Odd}}\n");

        // When it is read
        // Then a warning points at '@webpage', and the entry is read as a CSL document
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:2:1 warning unknown-entry-type");
        diagnostic.Location.Length.ShouldBe("@webpage".Length);
        diagnostic.Message.ShouldBe("'@webpage' is no BibTeX or BibLaTeX entry type; 'odd' is read as a CSL 'document'");
        file.Entries[1].Item["type"]!.GetValue<string>().ShouldBe("document");
    }

    [Fact]
    public void Should_report_an_entry_without_a_title_as_a_missing_field_at_its_key()
    {
        // Given an entry without a title
        var file = Read("@article{untitled,\n  year = {2018}\n}\n");

        // When it is read
        // Then the key is reported, and the entry kept
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:1:10 error missing-field");
        diagnostic.Location.Length.ShouldBe("untitled".Length);
        diagnostic.Message.ShouldBe("the entry 'untitled' has no title");
        file.Entries.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("year = {in press}", "'year' must be a year like 2018, not 'in press'")]
    [InlineData("year = {18}", "'year' must be a year like 2018, not '18'")]
    [InlineData("year = 2019, month = {Smarch}", "'month' must be a month like 'jul', 'July' or 7, not 'Smarch'")]
    [InlineData("year = 2019, month = 2, day = {30}", "'day' must be a day of the month, not '30'")]
    [InlineData("date = {24/07/2018}", "'date' must be a date like 2018-07-24, 2018-07 or 2018, not '24/07/2018'")]
    [InlineData("urldate = {yesterday}", "'urldate' must be a date like 2018-07-24, 2018-07 or 2018, not 'yesterday'")]
    public void Should_report_a_date_that_is_no_date_at_its_value(string fields, string message)
    {
        // Given an entry with a date field that cannot be read
        var file = Read("@article{a,\n  title = {A},\n  " + fields + "\n}\n");

        // When it is read
        // Then the value is reported on its line
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("invalid-bibliography");
        diagnostic.Location.Line.ShouldBe(3);
        diagnostic.Message.ShouldBe(message);
        var value = message.Split('\'')[^2];
        diagnostic.SourceLine!.Substring(diagnostic.Location.Column - 1).ShouldContain(value);
    }

    [Fact]
    public void Should_report_an_unclosed_string_after_its_value_and_still_define_it()
    {
        // Given a @string whose brace is missing, before an entry that uses it
        var file = Read("@string{jama = {JAMA}\n@article{a, title = {A}, journal = jama}\n");

        // When it is read
        // Then the place for the brace is reported, and the macro is defined all the same
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:1:22 error invalid-bibliography");
        diagnostic.Message.ShouldBe("the @string is not closed");
        file.Entries.ShouldHaveSingleItem().Item["container-title"]!.GetValue<string>().ShouldBe("JAMA");
    }

    [Fact]
    public void Should_report_a_macro_that_is_not_defined_at_its_name()
    {
        // Given a journal written as a macro no @string defines
        var file = Read("@article{a,\n  title = {A},\n  journal = nejm\n}\n");

        // When it is read
        // Then the macro is reported, and the entry kept without the field
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:3:13 error invalid-bibliography");
        diagnostic.Location.Length.ShouldBe(4);
        diagnostic.Message.ShouldBe("'nejm' in the value of 'journal' is no @string defined before it");
        file.Entries.ShouldHaveSingleItem().Item.ContainsKey("container-title").ShouldBeFalse();
    }

    [Fact]
    public void Should_report_a_crossref_to_no_entry_at_its_value()
    {
        // Given a chapter whose crossref names no entry of the file
        var file = Read("@incollection{a,\n  title = {A},\n  crossref = {nowhere}\n}\n");

        // When it is read
        // Then the crossref's value is reported
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:3:14 error invalid-bibliography");
        diagnostic.Message.ShouldBe("'crossref' of 'a' names 'nowhere', which is no entry of this file");
    }

    [Fact]
    public void Should_stop_following_a_crossref_loop()
    {
        // Given two entries that name each other as parents
        var file = Read("@inbook{a, title = {A}, crossref = {b}}\n@book{b, title = {B}, crossref = {a}, year = 2001}\n");

        // When it is read
        // Then both are read, each with what the other has
        file.Diagnostics.ShouldBeEmpty();
        file.Entries.Count.ShouldBe(2);
        file.Entries[0].Item["issued"].ShouldNotBeNull();
    }

    [Fact]
    public void Should_report_names_separated_by_commas_at_the_field()
    {
        // Given authors separated by commas instead of 'and'
        var file = Read("@article{a,\n  title = {A},\n  author = {Smith, J., Jones, K.}\n}\n");

        // When it is read
        // Then the field is reported with the fix
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.bib:3:12 error invalid-bibliography");
        diagnostic.Message.ShouldBe("the name 'Smith, J., Jones, K.' in 'author' has 3 commas, more than 'Family, Jr, Given' has");
        diagnostic.Hint.ShouldBe("separate names with ' and ', not with commas");
    }

    [Fact]
    public void Should_count_columns_in_characters_after_accents_and_on_lines_that_end_in_CRLF()
    {
        // Given a CRLF file whose line has non-ASCII letters before a bad month
        var file = Read("@article{a,\r\n  title = {Über Ärzte}, year = 2019, month = {Mäi}\r\n}\r\n");

        // When it is read
        // Then the column counts characters, not bytes
        DiagnosticLine.Of(file.Diagnostics.ShouldHaveSingleItem()).ShouldBe("refs.bib:2:46 error invalid-bibliography");
        file.Diagnostics[0].SourceLine.ShouldBe("  title = {Über Ärzte}, year = 2019, month = {Mäi}");
    }

    [Fact]
    public void Should_place_each_entry_at_its_at_sign()
    {
        // Given two entries, the second indented
        var file = Read("% refs\n@article{a, title = {A}}\n\n   @book{b, title = {B}}\n");

        // When it is read
        // Then each entry's location is its '@', underlined with its type
        file.Entries.Select(e => (e.Location.Line, e.Location.Column, e.Location.Length)).ShouldBe([(2, 1, 8), (4, 4, 5)]);
    }

    [Fact]
    public void Should_read_every_entry_of_a_file_after_several_errors()
    {
        // Given a file where every other entry is broken in a different way
        var file = Read(string.Join('\n',
            "@article{a, title = {A}}",
            "@article{, title = {no key}}",
            "@article{b, title = {B}}",
            "@article{c title = {no comma}}",
            "@article{d, title = {D}}",
            "@article{e, title {no equals}}",
            "@article{f, title = {F}}"));

        // When it is read
        // Then each broken entry is reported once, and every good one read
        file.Diagnostics.Select(d => d.Location.Line).ShouldBe([2, 4, 6]);
        file.Entries.Select(e => e.SourceKey).ShouldBe(["a", "b", "d", "f"]);
    }

    [Fact]
    public void Should_read_a_deeply_nested_value_without_running_out_of_stack()
    {
        // Given a title of accents nested 100,000 deep, as a hostile file might hold
        var depth = 100_000;
        var title = string.Concat(Enumerable.Repeat("\\\"{", depth)) + "u" + new string('}', depth);

        // When it is read
        var file = Read("@article{a, title = {" + title + "}}");

        // Then it is read, past the depth the reader follows accents to, as text
        file.Diagnostics.ShouldBeEmpty();
        file.Entries.ShouldHaveSingleItem().Item["title"]!.GetValue<string>().Length.ShouldBeLessThan(title.Length);
    }

    private static ImportedFile Read(string text) => new BibTexFormat().Read(new SourceText("refs.bib", text));
}
