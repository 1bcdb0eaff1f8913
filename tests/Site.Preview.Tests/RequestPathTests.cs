namespace Site.Preview.Tests;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/substances/ketamine/")]
    [InlineData("/substances/ketamine")]
    [InlineData("/theme/site.css")]
    [InlineData("/assets/images/x.svg")]
    [InlineData("/_site/events")]
    [InlineData("/404.html")]
    [InlineData("/references/smith-2020.v2/")]
    [InlineData("/a..b/")]
    [InlineData("/.../")]
    public void Should_accept_an_ordinary_path_unchanged(string path)
    {
        // Given an ordinary site path
        // When it is normalised
        var normalized = RequestPath.Normalize(path);

        // Then it is looked up as it is
        normalized.ShouldBe(path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Should_treat_an_empty_path_as_the_home_page(string? path)
    {
        // Given no path at all
        // When it is normalised
        var normalized = RequestPath.Normalize(path);

        // Then the home page is looked up
        normalized.ShouldBe("/");
    }

    [Theory]
    [InlineData("/..")]
    [InlineData("/../input/site.yml")]
    [InlineData("/substances/../../input/site.yml")]
    [InlineData("/substances/..")]
    [InlineData("/./site.yml")]
    [InlineData("/%2e%2e/site.yml")]
    [InlineData("/%2E%2E/site.yml")]
    [InlineData("/.%2e/site.yml")]
    [InlineData("/..%2fsite.yml")]
    [InlineData("/..%2Fsite.yml")]
    [InlineData("/a%2fb")]
    [InlineData("/..%5csite.yml")]
    [InlineData("/a%5Cb")]
    [InlineData("/a\0.html")]
    [InlineData("/a%00.html")]
    [InlineData("/a\\b")]
    [InlineData("/\\..\\input\\site.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/substances//ketamine/")]
    [InlineData("etc/passwd")]
    [InlineData("..")]
    public void Should_refuse_a_path_that_climbs_or_smuggles_separators(string path)
    {
        // Given a path with a dot segment, an encoded dot or separator, a NUL, a backslash or an empty segment
        // When it is normalised
        var normalized = RequestPath.Normalize(path);

        // Then it is refused
        normalized.ShouldBeNull();
    }
}
