using Markdig;
using Markdig.Syntax;
using Site.Core.Parsing;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Tests.Parsing.WikiLinks;

public sealed class WikiLinkParserTests
{
    [Theory]
    [InlineData("[[ketamine]]", "ketamine", null, null)]
    [InlineData("[[ketamine|Ketalar]]", "ketamine", null, "Ketalar")]
    [InlineData("[[ketamine#dosing]]", "ketamine", "dosing", null)]
    [InlineData("[[ketamine#dosing|how much]]", "ketamine", "dosing", "how much")]
    [InlineData("[[#dosing]]", "", "dosing", null)]
    [InlineData("[[ ketamine | Ketalar ]]", "ketamine", null, "Ketalar")]
    [InlineData("[[ketamine#]]", "ketamine", null, null)]
    [InlineData("[[ketamine|]]", "ketamine", null, null)]
    public void Should_parse_target_anchor_and_label(string markdown, string target, string? anchor, string? label)
    {
        // Given a paragraph that is one wiki link
        // When it is parsed with the site pipeline
        var link = Links(markdown).ShouldHaveSingleItem();

        // Then its parts are read, trimmed, with empty parts as null
        link.Target.ShouldBe(target);
        link.Anchor.ShouldBe(anchor);
        link.Label.ShouldBe(label);
    }

    [Theory]
    [InlineData(@"\[[ketamine]]")]
    [InlineData("`[[ketamine]]`")]
    [InlineData("    [[ketamine]]")]
    [InlineData("```\n[[ketamine]]\n```")]
    [InlineData("[[]]")]
    [InlineData("[[#]]")]
    [InlineData("[[ |label]]")]
    [InlineData("[[ketamine]")]
    [InlineData("[[keta\nmine]]")]
    [InlineData("[[a[b]]")]
    [InlineData("[ketamine]")]
    public void Should_not_take_escaped_code_empty_or_broken_brackets_as_a_link(string markdown)
    {
        // Given markdown that only looks like a wiki link
        // When it is parsed with the site pipeline
        // Then there is no wiki link
        Links(markdown).ShouldBeEmpty();
    }

    [Fact]
    public void Should_record_where_the_link_and_its_target_are()
    {
        // Given a wiki link on the second line of a paragraph
        const string markdown = "First line\nSee [[ketamine#dosing|how much]] here.";

        // When it is parsed with the site pipeline
        var link = Links(markdown).ShouldHaveSingleItem();

        // Then its span covers the whole link, and the target span covers 'ketamine#dosing'
        markdown.Substring(link.Span.Start, link.Span.Length).ShouldBe("[[ketamine#dosing|how much]]");
        markdown.Substring(link.TargetStart, link.TargetLength).ShouldBe("ketamine#dosing");
        (link.Line, link.Column).ShouldBe((1, 4));
    }

    [Fact]
    public void Should_point_the_target_past_leading_blanks_and_at_the_hash_of_a_same_page_anchor()
    {
        // Given a link with blanks inside the brackets, and a same-page anchor
        const string markdown = "A [[  ketamine  ]] and [[#dosing]].";

        // When it is parsed with the site pipeline
        var links = Links(markdown);

        // Then the target spans are exactly what was written, without the blanks
        links.Select(l => markdown.Substring(l.TargetStart, l.TargetLength)).ShouldBe(["ketamine", "#dosing"]);
    }

    [Fact]
    public void Should_find_links_in_lists_quotes_tables_and_containers()
    {
        // Given wiki links in nested blocks
        const string markdown = "- item [[a]]\n\n> quote [[b]]\n\n| x | y |\n|---|---|\n| [[c]] | z |\n\n::: editorial\n[[d]]\n:::\n";

        // When it is parsed with the site pipeline
        // Then each is a link, with its position in the text
        var links = Links(markdown);
        links.Select(l => l.Target).ShouldBe(["a", "b", "c", "d"]);
        links.Select(l => markdown.Substring(l.Span.Start, l.Span.Length)).ShouldBe(["[[a]]", "[[b]]", "[[c]]", "[[d]]"]);
    }

    [Fact]
    public void Should_leave_ordinary_links_to_the_link_parser()
    {
        // Given markdown links, one with brackets in its text
        const string markdown = "[a [b] c](https://example.org) and [text](about.md)";

        // When it is parsed with the site pipeline
        var document = Markdown.Parse(markdown, SiteMarkdown.Pipeline);

        // Then there is no wiki link, and both markdown links are kept
        document.Descendants<WikiLink>().ShouldBeEmpty();
        document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Select(l => l.Url).ShouldBe(["https://example.org", "about.md"]);
    }

    private static WikiLink[] Links(string markdown) => [.. Markdown.Parse(markdown, SiteMarkdown.Pipeline).Descendants<WikiLink>()];
}
