namespace Site.Core.Tests.Validation.Analyzers;

/// <summary>What an editor reads when a footnote reference and its note do not meet.</summary>
public sealed class FootnoteAnalyzerTests
{
    private static TestSite Build(string body) => TestSite.Build(new Dictionary<string, string>
    {
        ["site.yml"] = "title: Test\n",
        ["index.md"] = TestSite.HomeLinking("about"),
        ["about.md"] = $"---\ntitle: About\n---\n\n{body}",
    });

    [Fact]
    public void Should_warn_at_a_reference_no_note_defines_and_suggest_a_near_label()
    {
        // Given a reference whose label is one letter away from the page's note
        using var site = Build("A remark[^dosing] and another[^dosign].\n\n[^dosing]: On dosing.\n");

        // When the site is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the warning points at the unknown reference, line and column in the file, and suggests the note's label
        DiagnosticLine.Of(diagnostic).ShouldBe("input/about.md:5:30 warning unknown-footnote");
        diagnostic.Message.ShouldBe("no note '[^dosign]:' is defined on this page; readers see '[^dosign]' as text");
        diagnostic.Hint.ShouldBe("did you mean '[^dosing]'?");
    }

    [Fact]
    public void Should_say_where_a_note_must_be_written_when_it_is_inside_a_list()
    {
        // Given a note written inside a list item, where Markdig reads no note
        using var site = Build("- A remark[^aside].\n\n  [^aside]: Indented into the list.\n");

        // When the site is checked
        var codes = site.Result.Diagnostics.Select(DiagnosticLine.Of).ToArray();

        // Then both the reference and the would-be definition are unknown references, each at its line
        codes.ShouldBe(["input/about.md:5:11 warning unknown-footnote", "input/about.md:7:3 warning unknown-footnote"]);
        site.Result.Diagnostics[0].Hint.ShouldBe("write the note on a line of its own, not indented or inside a list: '[^aside]: the note'");
    }

    [Fact]
    public void Should_warn_at_a_note_nothing_refers_to()
    {
        // Given a note that no text refers to, after one that is used
        using var site = Build("A remark[^used].\n\n[^used]: Shown.\n\n[^forgotten]: Never shown.\n");

        // When the site is checked
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();

        // Then the warning is at the unused note's label
        DiagnosticLine.Of(diagnostic).ShouldBe("input/about.md:9:1 warning unused-footnote");
        diagnostic.Message.ShouldBe("the note '[^forgotten]' is never referred to, so readers do not see it");
    }

    [Theory]
    [InlineData("An escaped \\[^1] is text.\n")]
    [InlineData("Code `[^1]` is code.\n")]
    [InlineData("A link [^1](https://example.org) is a link.\n")]
    [InlineData("Brackets [^ 1] and [^] say nothing.\n")]
    public void Should_not_take_text_that_only_looks_like_a_reference_for_one(string body)
    {
        // Given text with a caret in brackets that is no footnote reference
        using var site = Build(body);

        // When the site is checked
        // Then nothing is reported
        site.Result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Should_stay_fast_on_a_paragraph_of_unclosed_references()
    {
        // Given a paragraph of many references that never close
        using var site = Build(string.Concat(Enumerable.Repeat("[^a ", 20_000)) + "\n");

        // When the site is checked
        // Then it finishes, reporting none of them (none is a reference)
        site.Result.Diagnostics.Where(d => d.Code == "unknown-footnote").ShouldBeEmpty();
    }
}
