using System.Text;
using System.Text.Json;

namespace Site.Core.Tests.Exporting;

public sealed class ClaimsJsonExportTests
{
    [Fact]
    public void Should_stream_every_claim_of_a_site_larger_than_a_batch_one_line_each_in_page_order()
    {
        // Given a site of more pages than claims.json writes at once, pages with claims among pages without
        const int Substances = 600;
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = "title: Many pages\n",
            ["index.md"] = "---\ntitle: Home\n---\n\n::: editorial\nWelcome.\n:::\n",
            ["references/smith-2020.md"] = "---\ntype: article-journal\ntitle: A trial\nauthor: [Smith J]\ncontainer-title: Trials\nissued: 2020\nevidence: rct\n---\n\nA trial.\n",
        };
        for (var i = 0; i < Substances; i++)
        {
            files[$"substances/s{i:D3}.md"] = i % 3 == 0
                ? $"---\ntitle: Substance {i}\n---\n\n::: editorial\nNo claims here.\n:::\n"
                : $"---\ntitle: Substance {i}\n---\n\nSubstance {i} was studied [@smith-2020].\n";
        }

        using var site = TestSite.Build(files, output: true);
        site.Result.HasErrors.ShouldBeFalse(string.Join("\n", site.Result.Diagnostics));

        // When its claims.json is read
        var text = File.ReadAllText(Path.Combine(site.OutputDirectory, "claims.json"), Encoding.UTF8);
        using var json = JsonDocument.Parse(text);

        // Then it holds one claim of each page that has one, in page order, each on a line of its own between the brackets
        var expected = Enumerable.Range(0, Substances).Where(i => i % 3 != 0).Select(i => $"/substances/s{i:D3}/").ToList();
        json.RootElement.EnumerateArray().Select(c => c.GetProperty("page").GetString()).ShouldBe(expected);
        var lines = text.Split('\n');
        lines.Length.ShouldBe(expected.Count + 3);
        (lines[0], lines[^2], lines[^1]).ShouldBe(("[", "]", ""));
        var last = lines[^3];
        lines[1..^3].ShouldAllBe(line => line.StartsWith('{') && line.EndsWith("},", StringComparison.Ordinal));
        (last.StartsWith('{') && last.EndsWith('}')).ShouldBeTrue(last);
    }
}
