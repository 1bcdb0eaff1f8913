using Markdig;
using Markdig.Syntax;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Tests.Linking;

public sealed class PassageTextTests
{
    private static readonly Dictionary<string, string> Titles = new()
    {
        ["ketamine"] = "Ketamine",
        ["alcohol"] = "Alcohol",
    };

    [Fact]
    public void Should_quote_the_paragraph_of_a_citation_without_the_citation()
    {
        // Given a paragraph that ends with a citation, after another paragraph
        var markdown = "An earlier paragraph [@z].\n\nA single infusion reduced cocaine use [@jones-2018].\n";

        // When the passage of its citation is taken
        var passage = PassageOf(markdown, citation: 1);

        // Then it is that paragraph alone, with no space left before the full stop
        passage.ShouldBe("A single infusion reduced cocaine use.");
    }

    [Fact]
    public void Should_collapse_the_line_breaks_of_a_paragraph_into_spaces()
    {
        // Given a paragraph over three lines, with a hard break, cited on the last
        var markdown = "The evidence is thin\nand comes from small trials,  \nas a review of them concluded\n[@jones-2018; @hilal-2023].\n";

        // When the passage is taken
        var passage = PassageOf(markdown);

        // Then it reads as one line with single spaces
        passage.ShouldBe("The evidence is thin and comes from small trials, as a review of them concluded.");
    }

    [Fact]
    public void Should_quote_only_the_list_item_a_citation_is_in()
    {
        // Given a list whose second item, nested under the first, holds the citation
        var markdown = "- Case reports describe its use [@a].\n  - One in opioid withdrawal [@lalanne-2016].\n- Another item [@b].\n";

        // When the passage of the nested item's citation is taken
        var passage = PassageOf(markdown, citation: 1);

        // Then it is that item's text only
        passage.ShouldBe("One in opioid withdrawal.");
    }

    [Fact]
    public void Should_quote_a_table_row_as_its_cells_joined_by_a_middle_dot()
    {
        // Given a table whose second body row cites in its last cell
        var markdown = "| Outcome | Finding | Trials |\n| --- | --- | --- |\n| Cocaine use | Reduced | 2 [@a] |\n| Opioid withdrawal | Eased | 1 [@lalanne-2016] |\n";

        // When the passage is taken
        var passage = PassageOf(markdown, citation: 1);

        // Then it is that row, every cell in order, and not the header
        passage.ShouldBe("Opioid withdrawal · Eased · 1");
    }

    [Theory]
    [InlineData("Ketamine [@a] reduced use [@b], then craving [@c].", "Ketamine reduced use, then craving.")]
    [InlineData("[@a] Ketamine reduced use.", "Ketamine reduced use.")]
    [InlineData("Ketamine reduced use [see @a, p. 3; @b].", "Ketamine reduced use.")]
    [InlineData("It *reduced use [@a]*.", "It reduced use.")]
    [InlineData("Craving fell [@a]; use did not [@b].", "Craving fell; use did not.")]
    [InlineData("Craving fell (in one trial [@a]).", "Craving fell (in one trial).")]
    [InlineData("Did craving fall [@a]? It did [@b]!", "Did craving fall? It did!")]
    [InlineData("Craving fell ([@a] and others).", "Craving fell (and others).")]
    [InlineData("Craving fell ([@a]).", "Craving fell.")]
    public void Should_leave_no_gap_where_a_citation_was_taken_out(string markdown, string expected)
    {
        // Given citations before punctuation, at the start, with a prefix and locator, and inside emphasis
        // When the passage is taken
        var passage = PassageOf(markdown);

        // Then the text reads as if the citations had never been written
        passage.ShouldBe(expected);
    }

    [Fact]
    public void Should_show_a_wiki_link_by_its_label_or_else_by_its_targets_title()
    {
        // Given a paragraph with a wiki link without a label and one with a label
        var markdown = "Compare [[ketamine]] with [[alcohol|drinking]] and `NMDA` [@a].\n";

        // When the passage is taken, titles coming from the site
        var passage = PassageOf(markdown);

        // Then the first shows the target's title and the second its label; code keeps its text
        passage.ShouldBe("Compare Ketamine with drinking and NMDA.");
    }

    [Fact]
    public void Should_cut_a_long_passage_at_a_word_and_mark_the_cut()
    {
        // Given a paragraph of about 500 characters, cited at the end
        var words = string.Join(' ', Enumerable.Range(1, 100).Select(i => $"word{i}"));
        var markdown = words + " [@a].\n";

        // When the passage is taken
        var passage = PassageOf(markdown);

        // Then it is at most the maximum length, ends with '…', and is the start of the text up to a whole word
        passage.Length.ShouldBeLessThanOrEqualTo(PassageText.MaxLength);
        passage.Length.ShouldBeGreaterThan(PassageText.MaxLength - 10);
        passage.ShouldEndWith("…");
        var kept = passage[..^1];
        (words + ".").ShouldStartWith(kept);
        (words + ".")[kept.Length].ShouldBe(' ');
    }

    [Fact]
    public void Should_not_cut_a_passage_of_exactly_the_maximum_length()
    {
        // Given a paragraph whose text, without its citation, is exactly the maximum length
        var text = new string('a', PassageText.MaxLength - 1) + ".";

        // When the passage is taken
        var passage = PassageOf(text[..^1] + " [@a].\n");

        // Then it is whole
        passage.ShouldBe(text);
    }

    private static string PassageOf(string markdown, int citation = 0)
    {
        var document = Markdown.Parse(markdown, SiteMarkdown.Pipeline);
        var group = document.Descendants<CitationGroup>().ElementAt(citation);
        return PassageText.Of(group, (WikiLink link) => Titles[link.Target]);
    }
}
