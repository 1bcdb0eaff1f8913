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

    [Theory]
    [InlineData("Intro.\n\n#\t[[ketamine]]")]
    [InlineData("Intro.\n\n##\t[[ketamine]]")]
    [InlineData("Intro.\n\n# \t[[ketamine]]")]
    [InlineData("Intro.\n\n #\t\t[[ketamine]] #")]
    public void Should_record_where_a_link_is_in_a_heading_opened_with_a_tab(string markdown)
    {
        // Given a link in a heading whose '#'s are followed by a tab
        // When it is parsed with the site pipeline
        var link = Links(markdown).ShouldHaveSingleItem();

        // Then its span and its target's are where the file has them
        markdown.Substring(link.Span.Start, link.Span.Length).ShouldBe("[[ketamine]]");
        markdown.Substring(link.TargetStart, link.TargetLength).ShouldBe("ketamine");
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

    [Fact]
    public void Should_find_wiki_links_only_where_they_are_written_for_random_input()
    {
        // Given 20,000 random inputs from a fixed seed, mixing wiki link syntax with markdown, text and odd characters
        string[] syntax =
        [
            "[[", "]]", "[", "]", "|", "#", "ketamine", "#dosing", "[[ketamine]]", "[[ketamine#dosing|how much]]", "[[#a]]", "[[ |x]]",
            "\\[", "\\]", "`", "[@a]", "](u)", "> ", "- ", "    ", "```\n", "| a | b |\n|---|---|\n| ", "::: editorial\n", ":::\n",
        ];

        // When each is parsed with the site pipeline
        // Then nothing throws; each link lies on one line of the text, from its '[[' to its ']]', apart from the others and,
        // within its paragraph, after the one before; and its target is written where it is recorded: the id first, the anchor last
        RandomInputs.Check(20_260_110, 20_000, random => RandomInputs.Text(random, syntax, 40), markdown =>
        {
            var links = Links(markdown);
            foreach (var link in links)
            {
                link.Span.End.ShouldBeLessThan(markdown.Length);
                var written = markdown.Substring(link.Span.Start, link.Span.Length);
                written.ShouldStartWith("[[");
                written.ShouldEndWith("]]");
                written.IndexOfAny(['\n', '\r']).ShouldBe(-1, "on one line");
                link.TargetStart.ShouldBeGreaterThanOrEqualTo(link.Span.Start + 2);
                (link.TargetStart + link.TargetLength).ShouldBeLessThanOrEqualTo(link.Span.End - 1);

                // CommonMark reads a NUL character as U+FFFD.
                var target = markdown.Substring(link.TargetStart, link.TargetLength).Replace('\0', '\uFFFD');
                target.ShouldStartWith(link.Target);
                if (link.Anchor is { } anchor)
                {
                    target.ShouldEndWith(anchor);
                }
            }

            MarkdownTree.ShouldBeApartAndInOrder(links);
        });
    }

    private static WikiLink[] Links(string markdown) => [.. Markdown.Parse(markdown, SiteMarkdown.Pipeline).Descendants<WikiLink>()];
}
