using Markdig;
using Site.Core.Parsing.LinearScanning;

namespace Site.Core.Tests.Parsing.LinearScanning;

/// <summary>
/// The replaced parsers must give the tree Markdig gives, only sooner: Markdig itself is the oracle, on random
/// paragraphs of the characters that open and close links, raw HTML and code spans, short and long (a destination
/// past 256 characters is read through its balances).
/// </summary>
public sealed class LinearScanningExtensionTests
{
    private static readonly IReadOnlyList<string> Vocabulary =
    [
        "[", "]", "](", "![", "(", ")", "((", "))", "<", ">", "\"", "'", "\\", "\\(", "\\)", "\\\\", "`", "``", "```", " ", "\n", "\n\n", "\n   \n",
        "<!--", "-->", "<!-->", "<!--->", "<?", "?>", "<!A ", "<!DOCTYPE x>", "<![CDATA[", "]]>", "<b>", "</b>", "<x@example.org>", "<!x@example.org>",
        "<?x@example.org>", "<http://example.org>", "u", "x y", "[a]", "[a]: /u", "[a]: /u \"t\"\n", "*", "_", "&amp;", "a",
        new string('b', 300), "(" + new string('c', 300) + ")", new string('(', 40), new string(')', 40),
    ];

    public static TheoryData<string> Pipelines => ["plain", "site extensions"];

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Should_give_the_html_markdig_gives_for_random_links_raw_html_and_code_spans(string pipeline)
    {
        // Given Markdig's pipeline, and the same with the linear scanning extension
        var (markdig, linear) = pipeline == "plain"
            ? (new MarkdownPipelineBuilder().Build(), new MarkdownPipelineBuilder().UseLinearScanning().Build())
            : (Extensions(new MarkdownPipelineBuilder()).Build(), Extensions(new MarkdownPipelineBuilder()).UseLinearScanning().Build());

        // When random paragraphs are rendered with each, then the two give the same HTML (or fail alike: Markdig's
        // renderer throws on a lone surrogate in a link)
        RandomInputs.Check(seed: 20261202, count: 20_000, random => RandomInputs.Text(random, Vocabulary, 40), markdown =>
            Render(markdown, linear).ShouldBe(Render(markdown, markdig)));
    }

    private static string Render(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            return Markdown.ToHtml(markdown, pipeline);
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }
    }

    [Theory]
    [InlineData("[ (](", 50_000, "<p>[ (](")]
    [InlineData("![a](b (", 30_000, "<p>![a](b (")]
    [InlineData("[a](b(", 40_000, "<p>[a](b(")]
    [InlineData("[a](b(c)", 30_000, "<p>[a](b(c)")]
    [InlineData("x <!--", 60_000, "<p>x &lt;!--")]
    [InlineData("x <?", 60_000, "<p>x &lt;?")]
    [InlineData("x <!A ", 40_000, "<p>x &lt;!A")]
    public void Should_leave_openers_that_never_close_as_text(string opener, int count, string start)
    {
        // Given a paragraph of one opener repeated, never closed, then a code span (in Markdig alone, quadratic: 250 kB takes minutes)
        var markdown = string.Concat(Enumerable.Repeat(opener, count)) + " `c`";

        // When it is rendered with the linear scanning extension
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseLinearScanning().Build());

        // Then the openers are text, and the code span after them is read as such
        html.ShouldStartWith(start);
        html.ShouldEndWith(" <code>c</code></p>\n");
    }

    [Fact]
    public void Should_leave_code_span_openers_without_a_closing_run_of_their_length_as_text()
    {
        // Given a paragraph of backtick runs of every length from 2 to 3,000, each once, then a code span of single backticks
        var markdown = string.Concat(Enumerable.Range(2, 2_999).Select(n => "e" + new string('`', n))) + " `c`";

        // When it is rendered with the linear scanning extension
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseLinearScanning().Build());

        // Then only the last pair is a code span: every other run is text
        html.ShouldStartWith("<p>e``e```e````");
        html.ShouldEndWith("<code>c</code></p>\n");
        html.Split("<code>").Length.ShouldBe(2);
    }

    private static MarkdownPipelineBuilder Extensions(MarkdownPipelineBuilder builder) =>
        builder.UsePipeTables().UseEmphasisExtras().UseListExtras().UseTaskLists().UseDefinitionLists().UseAutoLinks().UseCustomContainers();
}
