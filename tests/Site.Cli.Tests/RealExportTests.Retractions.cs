using System.Text.Json;

namespace Site.Cli.Tests;

/// <summary>A references.json whose works carry CSL's <c>status</c>, retracted or under an expression of concern, read by citation-js and pandoc.</summary>
public sealed partial class RealExportTests
{
    [Fact]
    public void Should_keep_references_json_readable_by_citation_js_and_pandoc_with_the_retraction_status()
    {
        // Given a built site whose references are retracted, under an expression of concern, and neither
        using var folder = new SiteFolder(new Dictionary<string, string>
        {
            ["input/site.yml"] = "title: Test site\nseverity:\n  retracted-reference: warning\n",
            ["input/notes.md"] = "---\ntitle: Notes\n---\nSee [@smith-2019; @park-2018; @jones-2018].\n",
            ["input/references/smith-2019.md"] = "---\ntype: article-journal\ntitle: A trial\nauthor: [Smith J]\ncontainer-title: J Ex\nissued: 2019\nstatus: retracted\nretraction-date: 2021-03-04\nretraction-notice: 10.1000/notice\n---\n",
            ["input/references/park-2018.md"] = "---\ntype: article-journal\ntitle: A cohort\nauthor: [Park K]\ncontainer-title: J Ex\nissued: 2018\nstatus: expression-of-concern\n---\n",
            ["input/references/jones-2018.md"] = "---\ntype: article-journal\ntitle: A review\nauthor: [Jones JL]\ncontainer-title: J Ex\nissued: 2018\n---\n",
        });
        var build = CliRun.InProcess(folder.Root, "build");
        build.ExitCode.ShouldBe(0, build.All);
        var references = folder.PathOf("output/references.json");
        using (var json = JsonDocument.Parse(File.ReadAllBytes(references)))
        {
            json.RootElement.EnumerateArray().Select(r => r.TryGetProperty("status", out var s) ? s.GetString() : null)
                .ShouldBe(["expression-of-concern", null, "retracted"], ignoreOrder: true);
        }

        // When citation-js and pandoc format every item
        var scratch = site.Scratch("retractions");
        File.Copy(references, Path.Combine(scratch, "references.json"), overwrite: true);
        var citationJs = CitationJs(Path.Combine(scratch, "references.json"));
        var pandoc = Pandoc(Path.Combine(scratch, "references.json"), scratch);

        // Then both read every item, the status among its variables, and format it
        citationJs.Keys.ShouldBe(["jones-2018", "park-2018", "smith-2019"], ignoreOrder: true);
        pandoc.Keys.ShouldBe(["jones-2018", "park-2018", "smith-2019"], ignoreOrder: true);
        citationJs["smith-2019"].ShouldStartWith("Smith J. A trial.");
        pandoc["smith-2019"].ShouldStartWith("Smith J. A trial.");
    }
}
