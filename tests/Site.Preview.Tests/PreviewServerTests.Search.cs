using System.Text.Json;

namespace Site.Preview.Tests;

/// <summary>The search index the preview serves follows the edits, made from the latest build when first asked for.</summary>
public sealed partial class PreviewServerTests
{
    [Fact]
    public async Task Should_serve_a_search_index_that_finds_a_word_added_by_an_edit()
    {
        // Given a running preview whose index does not know a word
        await using var site = await PreviewSite.StartAsync();
        (await SearchFindsAsync(site, "zygomatic")).ShouldBeFalse(site.Log);
        var builds = site.RebuildCount;

        // When the word is saved into a page
        await File.WriteAllTextAsync(
            site.Folder.PathOf("substances/ketamine.md"),
            SiteFolder.Ketamine.Replace("Ketamine is an anaesthetic.", "Ketamine is an anaesthetic with zygomatic effects."));

        // Then, once the page is rebuilt, the index served finds it, as the search box looks it up: the manifest, the
        // shard it names, the word's records
        await site.WaitUntilAsync(() => Task.FromResult(site.RebuildCount > builds), "a rebuild");
        await site.WaitUntilAsync(() => SearchFindsAsync(site, "zygomatic"), "the index to find the new word");
        (await site.GetStatusAsync("/search/manifest.json")).ShouldBe(200);
    }

    // Whether the index served finds records for the term, by the manifest's shard of it.
    private static async Task<bool> SearchFindsAsync(PreviewSite site, string term)
    {
        using var manifest = JsonDocument.Parse(await site.Http.GetStringAsync("/search/manifest.json"));
        var firsts = manifest.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
        var shard = firsts.FindLastIndex(f => string.CompareOrdinal(f, term) <= 0);
        if (shard < 0)
        {
            return false;
        }

        using var terms = JsonDocument.Parse(await site.Http.GetStringAsync($"/search/terms/{shard}.json"));
        return terms.RootElement.TryGetProperty(term, out var postings) && postings.GetArrayLength() >= 2;
    }
}
