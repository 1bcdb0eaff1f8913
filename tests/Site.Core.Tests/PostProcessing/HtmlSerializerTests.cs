using AngleSharp;
using AngleSharp.Html.Parser;
using Site.Core.PostProcessing;

namespace Site.Core.Tests.PostProcessing;

public sealed class HtmlSerializerTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A &amp; B</title></head><body><p>Text</p></body></html>")]
    [InlineData("<p title='say \"hi\" &amp; &lt;go&gt;' data-x=\"\u00A0\">a &lt; b &amp; c\u00A0d</p><br><img src=\"x.png\" alt=\"\"><hr/>")]
    [InlineData("<!-- a comment --><div><!--inner--><span></span></div>")]
    [InlineData("<pre>\n\nkept line break</pre><pre>none</pre><textarea>\n\nfirst</textarea><listing>\n\nx</listing>")]
    [InlineData("<script>if (a < b && c > d) {}</script><style>p > a { color: red }</style><noscript><p>x</p></noscript>")]
    [InlineData("<template><p>inside</p><template><b>deeper</b></template></template><p>after</p>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><circle r=\"1\"/><foreignObject><p>x</p></foreignObject></svg><math><mi>x</mi></math>")]
    [InlineData("<ul><li>one<li>two</ul><table><tr><td>1<td>2</table><p>unclosed<div>block</div>")]
    public void Should_write_the_same_html_as_angle_sharp(string html)
    {
        // Given a parsed document with doctypes, comments, void and raw-text elements, templates, foreign content or repaired markup
        var document = new HtmlParser().ParseDocument(html);

        // When it is serialized
        var serialized = HtmlSerializer.Serialize(document);

        // Then it is exactly what AngleSharp writes
        serialized.ShouldBe(document.ToHtml());
    }

    [Fact]
    public void Should_write_every_built_page_as_angle_sharp_would()
    {
        // Given the pages of a site with citations, claims, reference lists and the evidence map
        using var site = TestSite.FromFixture("valid/citations");
        site.Build(output: true).Written.ShouldBeTrue();
        var pages = site.FilesIn().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        pages.Length.ShouldBeGreaterThan(10);

        foreach (var page in pages)
        {
            // When each is parsed and serialized
            var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputDirectory, page)));

            // Then the result is what AngleSharp writes
            HtmlSerializer.Serialize(document).ShouldBe(document.ToHtml(), page);
        }
    }

    [Fact]
    public async Task Should_write_a_page_of_200_000_paragraphs_side_by_side_in_linear_time()
    {
        // Given a page with 200,000 sibling paragraphs (AngleSharp's own writer takes minutes on it)
        var html = "<main>" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $"<p>{i}</p>\n")) + "</main>";
        var document = new HtmlParser().ParseDocument(html);

        // When it is serialized
        var serialized = await Task.Run(() => HtmlSerializer.Serialize(document)).WaitAsync(TimeSpan.FromSeconds(20));

        // Then every paragraph is there, in order
        serialized.ShouldContain("<p>0</p>\n<p>1</p>");
        serialized.ShouldEndWith("<p>199999</p>\n</main></body></html>");
    }
}
