using Site.Theme.Liquid;

namespace Site.Core.Tests.Theme;

/// <summary>The theme's own filters as the writers call them: a label filled, written to a writer or made into a string, the same HTML.</summary>
public sealed class LiquidFiltersTests
{
    [Theory]
    [InlineData("Back to {label}", "Back to <b>3</b>")]
    [InlineData("{label} & {number}: <{label}>", "<b>3</b> &amp; 7: &lt;<b>3</b>&gt;")]
    [InlineData("No places", "No places")]
    [InlineData("An {unknown} place and {label}", "An {unknown} place and <b>3</b>")]
    [InlineData("Unclosed {label", "Unclosed {label")]
    [InlineData("{}{label}{", "{}<b>3</b>{")]
    [InlineData("", "")]
    public void Should_fill_a_label_with_its_values_encoding_only_the_label(string label, string html)
    {
        // Given a label and values given as HTML already
        (string, string)[] values = [("label", "<b>3</b>"), ("number", "7")];

        // When it is filled into a writer and into a string
        using var writer = new StringWriter();
        LiquidFilters.Fill(writer, label, values, LiquidPageRenderer.Encoder);
        var filled = LiquidFilters.Fill(label, values, LiquidPageRenderer.Encoder);

        // Then both are the label encoded, each place it names a value for filled with that value as it is
        writer.ToString().ShouldBe(html);
        filled.ShouldBe(html);
    }
}
