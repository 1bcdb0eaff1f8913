using System.Text.Json.Nodes;
using Site.Core.Content;
using Site.Core.Importing;

namespace Site.Core.Tests.Importing;

/// <summary>An imported reference is written in the site's own format, and the site reads back what was imported.</summary>
public sealed class ReferenceFileTextTests
{
    private static readonly string[] Known = ["type", "title", "author", "container-title", "issued", "volume", "issue", "page", "DOI", "PMID", "URL", "publisher"];

    [Fact]
    public void Should_write_front_matter_the_site_reads_back_as_the_same_reference()
    {
        // Given a CSL item with initials, a full given name, an organisation, a date, numbers and awkward strings
        var item = JsonNode.Parse("""
            {
              "id": "ignored",
              "type": "article-journal",
              "title": "Ketamine: a \"rapid\" antidepressant? #1 [review]",
              "author": [{"family": "Jones", "given": "J. L."}, {"family": "Mateus", "given": "Camilo F"}, {"literal": "Ketamine Study Group UK"}],
              "container-title": "Front Psychiatry",
              "issued": {"date-parts": [[2018, 7, 24]]},
              "volume": 9,
              "page": "277",
              "DOI": "10.3389/fpsyt.2018.00277",
              "PMID": "30140240",
              "note": "not a known field here"
            }
            """)!.AsObject();

        // When it is written as a reference file and the site loads it
        var text = ReferenceFileText.Write(item, EvidenceLevel.SystematicReview, Known.Contains);
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/jones-2018.md"] = text,
            ["about.md"] = "---\ntitle: About\n---\n\nSee [@jones-2018].\n",
        });

        // Then it checks clean and every field is what was imported
        site.Result.Diagnostics.ShouldBeEmpty(text);
        text.ShouldStartWith("---\ntype: article-journal\ntitle: \"Ketamine: a \\\"rapid\\\" antidepressant? #1 [review]\"\nauthor:\n  - Jones JL\n");
        text.ShouldContain("  - {family: Mateus, given: Camilo F}\n  - {literal: Ketamine Study Group UK}\n");
        text.ShouldContain("issued: 2018-07-24\nvolume: \"9\"\npage: \"277\"\nDOI: \"10.3389/fpsyt.2018.00277\"\nPMID: \"30140240\"\nevidence: systematic-review\n---\n");
        text.ShouldNotContain("ignored");
        text.ShouldNotContain("note");
    }

    [Fact]
    public void Should_fold_a_long_text_onto_lines_that_read_back_as_the_same_text()
    {
        // Given a title of 400 characters in words
        var title = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));
        var item = new JsonObject { ["type"] = "report", ["title"] = title, ["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(2020)) } };

        // When it is written and read back
        var text = ReferenceFileText.Write(item, null, Known.Contains);
        using var site = TestSite.Build(new Dictionary<string, string>
        {
            ["references/report-2020.md"] = text,
            ["about.md"] = "---\ntitle: About\n---\n\nSee [@report-2020].\n",
        }, output: true);

        // Then no line is wider than 100 characters and the title is the same
        text.Split('\n').ShouldAllBe(line => line.Length <= 100);
        site.Result.Diagnostics.ShouldBeEmpty(text);
        site.Page("/references/report-2020/").ShouldHave("main h1").TextContent.Trim().ShouldBe(title);
    }

    [Theory]
    [InlineData("Plain words", "Plain words")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("2018", "\"2018\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("Tab\there", "\"Tab\\there\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    public void Should_quote_a_scalar_only_when_yaml_would_read_it_otherwise(string value, string expected)
    {
        // Given a string
        // When written as a YAML scalar
        // Then it is plain only when YAML reads it back as the same string
        ReferenceFileText.Scalar(value).ShouldBe(expected);
    }
}
