using Site.Core.Building;
using Site.Core.Styles;
using Site.Theme;

namespace Site.Core.Tests.Styles;

public sealed class CitationStylesTests
{
    public static TheoryData<string> Names => [.. CitationStyles.Names];

    [Fact]
    public void Should_default_to_vancouver_when_site_yml_names_no_style()
    {
        // Given a site whose site.yml does not set citationStyle
        // When its settings are read
        var config = Compile("title: T\n").Config;

        // Then the style is the registry's default, Vancouver
        config.CitationStyle.ShouldBe("vancouver");
        CitationStyles.Of(config).ShouldBeSameAs(CitationStyles.Default);
        CitationStyles.Names[0].ShouldBe("vancouver");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Should_accept_every_style_of_the_registry(string name)
    {
        // Given a site that names a style of the registry
        // When its settings are read
        var compilation = Compile($"title: T\ncitationStyle: {name}\n");

        // Then the style is that one, and nothing is reported
        CitationStyles.Of(compilation.Config).Name.ShouldBe(name);
        compilation.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("vancuver", "did you mean 'vancouver'?")]
    [InlineData("APA", "did you mean 'apa'?")]
    [InlineData("chicago", "use one of: vancouver, apa")]
    public void Should_report_an_unknown_style_at_its_value_with_a_did_you_mean(string value, string hint)
    {
        // Given a site.yml whose citationStyle names no style
        // When it is compiled
        var compilation = Compile($"title: T\ncitationStyle: {value}\n");
        var diagnostic = compilation.Diagnostics.ShouldHaveSingleItem();

        // Then the value is reported where it is written, with the styles there are, and the site falls back to Vancouver
        diagnostic.Code.ShouldBe("invalid-front-matter");
        diagnostic.Location.Path.ShouldEndWith("site.yml");
        (diagnostic.Location.Line, diagnostic.Location.Column).ShouldBe((2, 16));
        diagnostic.Message.ShouldBe($"'{value}' is not a valid citation style");
        diagnostic.Hint.ShouldBe(hint);
        CitationStyles.Of(compilation.Config).ShouldBeSameAs(CitationStyles.Default);
    }

    // A site of a home page and this site.yml, compiled.
    private static SiteCompilation Compile(string siteYml)
    {
        using var site = TestSite.Write(new Dictionary<string, string> { ["site.yml"] = siteYml, ["index.md"] = "---\ntitle: Home\n---\n\n::: editorial\nText.\n:::\n" });
        return new SiteCompiler(new LiquidTheme(), site.InputDirectory, site.Root, TestSite.Today).Compile();
    }
}
