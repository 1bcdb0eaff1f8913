using System.Text.Json;
using Site.Core.Search;

namespace Site.Core.Tests.Search;

public sealed class SearchIndexTests
{
    private static Dictionary<string, string> SmallSite() => new()
    {
        ["site.yml"] = "title: Searched\n",
        ["index.md"] = TestSite.HomeLinking("ketamine", "nmda-receptor-antagonism", "about"),
        ["references/jones-2018.md"] =
            "---\ntype: article-journal\ntitle: Ketamine for cocaine use disorder\ncontainer-title: Drug and Alcohol Dependence\n" +
            "author: [Jones JL, Mendoza S]\nissued: 2018\nevidence: rct\nabstract: A single infusion lowered craving for five days.\n---\n\nA small randomised trial.\n",
        ["references/smith-2020.md"] =
            "---\ntype: article-journal\ntitle: Glutamate in addiction\ncontainer-title: Neuron\nauthor: [Smith A]\nissued: 2020\nevidence: animal\n---\n\nRats.\n",
        ["substances/ketamine.md"] =
            "---\ntitle: Ketamine\nsummary: An anaesthetic.\nmechanisms: [nmda-receptor-antagonism]\n---\n\n" +
            "A single ketamine infusion reduced craving in a randomised trial [@jones-2018].\n\n" +
            "Ketamine changed glutamate signalling in rats [@smith-2020; @jones-2018].\n",
        ["mechanisms/nmda-receptor-antagonism.md"] =
            "---\ntitle: NMDA receptor antagonism\nsummary: Blocking the NMDA receptor.\n---\n\nKetamine blocks NMDA receptors [@smith-2020].\n",
        ["about.md"] = "---\ntitle: About this site\n---\n\nWho writes the Zygomatic pages.\n",
    };

    [Fact]
    public void Should_hold_every_page_reference_and_claim_with_its_fields()
    {
        // Given a small site with a substance, a mechanism, two references and plain pages, built
        using var site = TestSite.Build(SmallSite(), output: true);

        // When its index's records are read
        var index = Index.Read(site);

        // Then each page is a record of its kind with its title, URL and text
        var substance = index.Record("/substances/ketamine/");
        substance.Kind.ShouldBe("substance");
        substance.Title.ShouldBe("Ketamine");
        substance.Text.ShouldContain("reduced craving in a randomised trial");
        index.Record("/mechanisms/nmda-receptor-antagonism/").Kind.ShouldBe("mechanism");
        var about = index.Record("/about/");
        (about.Kind, about.Title, about.Text).ShouldBe(("page", "About this site", "Who writes the Zygomatic pages."));

        // And each reference carries its authors, journal and year, its abstract and annotation, and its evidence level
        var reference = index.Record("/references/jones-2018/");
        reference.Kind.ShouldBe("reference");
        reference.Title.ShouldBe("Ketamine for cocaine use disorder");
        reference.Details.ShouldBe("Jones JL, Mendoza S · Drug and Alcohol Dependence · 2018");
        reference.Text.ShouldBe("A single infusion lowered craving for five days. A small randomised trial.");
        reference.Levels.ShouldBe(["rct"]);

        // And each claim carries its text, its page's title, the URL of its anchor and the levels behind it, strongest first
        var claims = index.Records.Where(r => r.Kind == "claim").ToList();
        claims.Count.ShouldBe(3);
        var glutamate = claims.Single(c => c.Text.StartsWith("Ketamine changed glutamate", StringComparison.Ordinal));
        glutamate.Title.ShouldBe("Ketamine");
        glutamate.Url.ShouldStartWith("/substances/ketamine/#claim-");
        site.Page("/substances/ketamine/").GetElementById(glutamate.Url.Split('#')[1])!.HasAttribute("data-claim").ShouldBeTrue();
        glutamate.Levels.ShouldBe(["rct", "animal"]);
        glutamate.Text.ShouldBe("Ketamine changed glutamate signalling in rats.");
    }

    [Fact]
    public void Should_find_a_term_in_the_shard_the_manifest_points_to_with_its_records_best_first_by_title()
    {
        // Given the small site, built
        using var site = TestSite.Build(SmallSite(), output: true);
        var index = Index.Read(site);

        // When the records of "ketamine" and of the prefix "zy" are looked up as the browser does
        var ketamine = index.Lookup("ketamine");
        var zy = index.Lookup("zy*");

        // Then "ketamine" finds its substance page, its reference and its claims, the page whose title it is scoring highest
        ketamine.Keys.Select(r => index.Records[r].Url).ShouldContain("/substances/ketamine/");
        ketamine.Keys.Select(r => index.Records[r].Url).ShouldContain("/references/jones-2018/");
        ketamine.Keys.Count(r => index.Records[r].Kind == "claim").ShouldBe(3);
        index.Records[ketamine.MaxBy(p => p.Value).Key].Url.ShouldBe("/substances/ketamine/");

        // And the prefix finds the page with the word it begins
        zy.Keys.Select(r => index.Records[r].Url).ShouldBe(["/about/"]);
        index.Lookup("zygomatic").Keys.ShouldBe(zy.Keys);
    }

    [Fact]
    public void Should_write_the_same_bytes_for_the_same_site()
    {
        // Given the small site
        using var site = TestSite.Build(SmallSite(), output: true);

        // When it is built again into another folder
        site.BuildInto("again").Written.ShouldBeTrue();

        // Then the index's files are the same, byte for byte
        var first = site.Snapshot("output").Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).ToList();
        var second = site.Snapshot("again").Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).ToList();
        first.Count.ShouldBeGreaterThan(3);
        second.Select(f => f.Key).ShouldBe(first.Select(f => f.Key));
        for (var i = 0; i < first.Count; i++)
        {
            second[i].Value.ShouldBe(first[i].Value, first[i].Key);
        }
    }

    /// <summary>A record as the browser reads it from a record shard.</summary>
    private sealed record Record(string Kind, string Title, string Url, string Text, string[] Levels, string? Details);

    /// <summary>A built site's index, read from its files as the browser reads them.</summary>
    private sealed record Index(string Folder, JsonElement Manifest, IReadOnlyList<Record> Records)
    {
        public static Index Read(TestSite site)
        {
            var folder = Path.Combine(site.OutputDirectory, "search");
            var manifest = Json(Path.Combine(folder, "manifest.json"));
            manifest.GetProperty("version").GetInt32().ShouldBe(SearchShardWriter.Version);
            var kinds = manifest.GetProperty("kinds").EnumerateArray().Select(k => k[0].GetString()!).ToArray();
            var records = new List<Record>();
            var start = 0;
            var shards = manifest.GetProperty("recordShards").EnumerateArray().ToArray();
            for (var s = 0; s < shards.Length; s++)
            {
                start += shards[s].GetInt32();
                records.Count.ShouldBe(start);
                foreach (var r in Json(Path.Combine(folder, "records", $"{s}.json")).EnumerateArray())
                {
                    records.Add(new Record(
                        kinds[r[0].GetInt32()], r[1].GetString()!, r[2].GetString()!, r[3].GetString()!,
                        [.. r[4].EnumerateArray().Select(l => l.GetString()!)], r[5].ValueKind == JsonValueKind.Null ? null : r[5].GetString()));
                }
            }

            records.Count.ShouldBe(manifest.GetProperty("records").GetInt32());
            return new Index(folder, manifest, records);
        }

        public Record Record(string url) => Records.Single(r => r.Url == url);

        // The key's records and scores, from the last term shard whose first key is not after it.
        public Dictionary<int, int> Lookup(string key)
        {
            var firsts = Manifest.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
            var shard = firsts.FindLastIndex(f => string.CompareOrdinal(f, key) <= 0);
            var postings = new Dictionary<int, int>();
            if (shard >= 0 && Json(Path.Combine(Folder, "terms", $"{shard}.json")).TryGetProperty(key, out var list))
            {
                var numbers = list.EnumerateArray().Select(n => n.GetInt32()).ToArray();
                var record = 0;
                for (var i = 0; i < numbers.Length; i += 2)
                {
                    record += numbers[i];
                    postings[record] = numbers[i + 1];
                }
            }

            return postings;
        }

        private static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.Clone();
    }
}
