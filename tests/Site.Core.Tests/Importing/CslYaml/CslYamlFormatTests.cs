using Site.Core.Importing;
using Site.Core.Importing.CslYaml;
using Site.Core.Text;

namespace Site.Core.Tests.Importing.CslYaml;

/// <summary>Every problem a CSL-YAML file can have is reported by its code, at the line and column where it is.</summary>
public sealed class CslYamlFormatTests
{
    [Fact]
    public void Should_report_a_syntax_error_at_its_line_and_column()
    {
        // Given an item whose second line is indented less than its first
        var file = Read("references:\n- id: a\n  type: book\n title: A\n");

        // When it is read
        // Then the line is reported, with the YAML parser's words for what is wrong
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.yaml:4:2 error invalid-bibliography");
        diagnostic.Message.ShouldStartWith("the file is not valid YAML: ");
        file.Entries.ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_nesting_past_the_loaders_limit_where_it_is_passed()
    {
        // Given a note nested 100 lists deep on its third line
        var file = Read("references:\n- id: a\n  note: " + new string('[', 100) + new string(']', 100) + "\n");

        // When it is read
        // Then the list past the limit is reported, as front matter's would be
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("invalid-bibliography");
        diagnostic.Location.Line.ShouldBe(3);
        diagnostic.Message.ShouldBe("the file cannot be read: its lists and mappings nest more than 64 deep here, past the limit");
    }

    [Fact]
    public void Should_report_an_alias_to_no_anchor()
    {
        // Given an alias whose anchor is never defined
        var file = Read("references:\n- id: a\n  type: book\n  title: *missing\n");

        // When it is read
        // Then the alias is reported
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.yaml:4:10 error invalid-bibliography");
        diagnostic.Message.ShouldBe("the file is not valid YAML: the alias '*missing' refers to no anchor defined before it");
    }

    [Fact]
    public void Should_report_an_item_without_a_title_at_its_first_field()
    {
        // Given an item without a title
        var file = Read("references:\n  - id: untitled\n    type: book\n");

        // When it is read
        // Then the item is reported where it starts, and kept
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.yaml:2:5 error missing-field");
        diagnostic.Message.ShouldBe("the item 'untitled' has no title");
        file.Entries.ShouldHaveSingleItem().Location.Line.ShouldBe(2);
    }

    [Fact]
    public void Should_report_a_file_that_holds_no_list_of_items()
    {
        // Given a mapping without references
        var file = Read("title: My reading list\nauthor: JL\n");

        // When it is read
        // Then the file is reported at its start
        var diagnostic = file.Diagnostics.ShouldHaveSingleItem();
        DiagnosticLine.Of(diagnostic).ShouldBe("refs.yaml:1:1 error invalid-bibliography");
        diagnostic.Message.ShouldBe("a CSL-YAML file is a 'references:' list of items, or a list of items itself");
    }

    [Theory]
    [InlineData("references:\n- id: a\n", "")]
    [InlineData("\uFEFF---\n# refs\nreferences:\n", ".txt")]
    [InlineData("- id: a\n  title: A\n", "")]
    [InlineData("- author:\n  - family: Jones\n  title: A\n", "")]
    [InlineData("---\ntitle: Notes\nreferences:\n- id: a\n", ".yaml")]
    public void Should_recognise_CSL_YAML_by_its_content(string text, string extension)
    {
        // Given a CSL-YAML text
        // When its format is recognised
        // Then it is CSL-YAML
        BibliographyFormats.Recognise(text, extension).ShouldBeOfType<CslYamlFormat>();
    }

    [Theory]
    [InlineData("title: Notes\nreferences:\n- id: a\n", ".md")]
    [InlineData("- milk\n- eggs\n", ".yaml")]
    [InlineData("TY  - JOUR\nER  - \n", ".yaml")]
    [InlineData("[{\"id\": \"a\"}]", ".yaml")]
    public void Should_not_take_other_text_for_CSL_YAML(string text, string extension)
    {
        // Given a text that is no CSL-YAML (a metadata block only counts in a .yaml file)
        // When CSL-YAML is asked whether it is one
        // Then it is not
        new CslYamlFormat().Recognises(text, extension).ShouldBeFalse();
    }

    private static ImportedFile Read(string text) => new CslYamlFormat().Read(new SourceText("refs.yaml", text));
}
