namespace Site.Core.Tests.Loading;

/// <summary>A YAML mistake is reported where it is written: the line and column of the bad value, not the end of the front matter.</summary>
public sealed class YamlLoaderTests
{
    [Theory]
    [InlineData("an unclosed double quote", "title: \"Ketamine\nclass: Dissociative", "2:8")]
    [InlineData("an unclosed single quote", "title: 'Ketamine\nclass: Dissociative", "2:8")]
    [InlineData("an unclosed quote on the last line", "class: Dissociative\ntitle: \"Ketamine", "3:8")]
    [InlineData("an unclosed bracket", "title: Ketamine\naliases: [Special K, K\nclass: Dissociative", "3:10")]
    [InlineData("an unclosed bracket on the last line", "title: Ketamine\naliases: [Special K, K", "3:10")]
    [InlineData("an unclosed brace", "title: Ketamine\nauthor: {family: Jones\nclass: Dissociative", "3:9")]
    [InlineData("a tab indent", "title: Ketamine\naliases:\n\t- Special K", "4:1")]
    [InlineData("a bad indent", "title: Ketamine\naliases:\n  - Special K\n - K", "5:2")]
    [InlineData("a field indented under another", "title: Ketamine\n  class: Dissociative", "3:8")]
    [InlineData("a value with ': ' in it", "title: Ketamine: a review", "2:16")]
    [InlineData("a duplicate key", "title: Ketamine\nclass: Dissociative\ntitle: Ketamine again", "4:1")]
    [InlineData("a list item among fields", "title: Ketamine\n- Special K\nclass: Dissociative", "3:1")]
    public void Should_report_a_front_matter_mistake_at_its_line_and_column(string mistake, string yaml, string position)
    {
        // Given a substance whose front matter has the mistake
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = $"---\n{yaml}\n---\n\n::: editorial\nText.\n:::\n",
        });

        // When it is checked
        // Then it is reported once, where the mistake is
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem(mistake);
        DiagnosticLine.Of(diagnostic).ShouldBe($"input/substances/ketamine.md:{position} error invalid-front-matter", mistake + ": " + diagnostic.Message);
    }

    [Theory]
    [InlineData("an unclosed bracket", "title: Test\nclaims: {substances: paragraph\n", "2:9")]
    [InlineData("a tab indent", "title: Test\nseverity:\n\tunused-reference: error\n", "3:1")]
    [InlineData("an unclosed quote", "title: \"Test\n", "1:8")]
    public void Should_report_a_site_yml_mistake_at_its_line_and_column(string mistake, string yaml, string position)
    {
        // Given a site.yml with the mistake
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["site.yml"] = yaml,
        });

        // When it is checked
        // Then it is reported once, where the mistake is
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem(mistake);
        DiagnosticLine.Of(diagnostic).ShouldBe($"input/site.yml:{position} error invalid-front-matter", mistake + ": " + diagnostic.Message);
    }

    [Theory]
    [InlineData("aliases: [Special K, K", "front matter is not valid YAML: the '[' here is never closed with ']'")]
    [InlineData("author: {family: Jones", "front matter is not valid YAML: the '{' here is never closed with '}'")]
    [InlineData("aliases: [Special K, {a: b]", "front matter is not valid YAML: the '{' here is never closed with '}'")]
    public void Should_say_which_bracket_is_never_closed(string line, string message)
    {
        // Given front matter with a bracket left open
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["substances/ketamine.md"] = $"---\ntitle: Ketamine\n{line}\n---\n",
        });

        // When it is checked
        // Then the message names the bracket, and the hint says what to look for
        var diagnostic = site.Result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Message.ShouldBe(message);
        diagnostic.Hint.ShouldNotBeNull().ShouldContain("unclosed");
    }
}
