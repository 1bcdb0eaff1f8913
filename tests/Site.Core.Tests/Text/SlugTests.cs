using Site.Core.Text;

namespace Site.Core.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("ketamine", true)]
    [InlineData("nmda-receptor-antagonism", true)]
    [InlineData("jones-2018", true)]
    [InlineData("Bad_Name", false)]
    [InlineData("Ketamine", false)]
    [InlineData("-ketamine", false)]
    [InlineData("ketamine-", false)]
    [InlineData("nmda--receptor", false)]
    [InlineData("café", false)]
    [InlineData("", false)]
    public void Should_accept_only_lower_case_kebab(string value, bool expected)
    {
        // Given a file stem
        // When it is checked
        // Then only a-z, 0-9 and single inner hyphens pass
        Slug.IsKebab(value).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Bad_Name", "bad-name")]
    [InlineData("NMDA Receptor (GluN2B)", "nmda-receptor-glun2b")]
    [InlineData("  Dosing & safety!  ", "dosing-safety")]
    [InlineData("!!!", "")]
    [InlineData("Café crème", "cafe-creme")]
    [InlineData("Crème brûlée", "creme-brulee")]
    [InlineData("Straße Œuvre Ærø", "strasse-oeuvre-aero")]
    public void Should_turn_any_text_into_lower_case_kebab(string text, string expected)
    {
        // Given any text
        // When it is slugged
        var slug = Slug.From(text);

        // Then it is lower-case kebab, or empty when nothing is left
        slug.ShouldBe(expected);
        if (slug.Length > 0)
        {
            Slug.IsKebab(slug).ShouldBeTrue();
        }
    }
}
