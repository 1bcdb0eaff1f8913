using System.Text.Json;
using Site.Core.Content;
using Site.Core.Tests.Styles.Vancouver;

namespace Site.Core.Tests.Styles.Apa;

/// <summary>
/// The APA golden cases: CSL-JSON items (apa-cases.json: the Vancouver cases and APA's own edge cases) and what
/// citation-js's <c>apa</c> template writes for each (apa-expected.json, written by regenerate.sh): the text, and the
/// parts it sets in italics.
/// </summary>
internal static class ApaCases
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Styles", "Apa");

    private static readonly Lazy<IReadOnlyList<JsonElement>> LazyItems = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "apa-cases.json")));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    });

    private static readonly Lazy<IReadOnlyDictionary<string, (string Text, IReadOnlyList<string> Italic)>> LazyExpected = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "apa-expected.json")));
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (p.Value.GetProperty("text").GetString()!, (IReadOnlyList<string>)[.. p.Value.GetProperty("italic").EnumerateArray().Select(i => i.GetString()!)]),
            StringComparer.Ordinal);
    });

    /// <summary>The items' ids, in file order.</summary>
    public static IEnumerable<string> Ids => LazyItems.Value.Select(i => i.GetProperty("id").GetString()!);

    /// <summary>citation-js's entry for each id.</summary>
    public static IReadOnlyDictionary<string, (string Text, IReadOnlyList<string> Italic)> Expected => LazyExpected.Value;

    /// <summary>One case by id: the item read as front matter, as the Vancouver cases read it, and citation-js's entry.</summary>
    public static (ReferenceFrontMatter Reference, string Text, IReadOnlyList<string> Italic) Get(string id)
    {
        var item = LazyItems.Value.Single(i => i.GetProperty("id").GetString() == id);
        var (text, italic) = Expected[id];
        return (VancouverCases.ToReference(item), text, italic);
    }
}
