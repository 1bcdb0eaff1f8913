using System.Text;
using Fluid;
using Fluid.Values;
using Site.Theme.Liquid;

namespace Site.Core.Tests.Theme;

/// <summary>The default layout's <c>content</c>, written from the renderer's buffer, prints exactly as the page's HTML as a string would.</summary>
public sealed class PageContentTests
{
    private static readonly FluidParser Parser = new();

    [Theory]
    [InlineData("{{ content }}")]
    [InlineData("{{ content | raw }}")]
    [InlineData("<main>{{ content | raw }}</main>{% if content %}truthy{% endif %}")]
    [InlineData("{% capture around %}<div>{{ content }}</div>{% endcapture %}{{ around }}")]
    [InlineData("{{ '[{body}]' | fill: body: content }}")]
    public void Should_print_as_the_same_html_as_a_string(string template)
    {
        // Given a page's HTML, as the renderer's buffer and as a string of markup
        const string Html = "<p>A <b>bold</b> &amp; plain page</p>";
        var buffer = new StringBuilder();
        // In several chunks, as a long page is
        foreach (var part in new[] { "<p>A ", "<b>bold</b>", " &amp; plain page</p>" })
        {
            buffer.Append(part);
        }

        // When a template prints each as the layout's content
        var fromBuffer = Render(template, new PageContent(buffer));
        var fromString = Render(template, new StringValue(Html, encode: false));

        // Then it prints them alike
        fromBuffer.ShouldBe(fromString);
    }

    private static string Render(string source, FluidValue content)
    {
        var options = new TemplateOptions();
        LiquidFilters.AddTo(options);
        var context = new TemplateContext(options);
        context.SetValue("content", content);
        Parser.TryParse(source, out var template, out var error).ShouldBeTrue(error);
        return template.Render(context, LiquidPageRenderer.Encoder);
    }
}
