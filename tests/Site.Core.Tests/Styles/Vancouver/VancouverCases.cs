using System.Globalization;
using System.Text.Json;
using Site.Core.Content;

namespace Site.Core.Tests.Styles.Vancouver;

/// <summary>
/// The golden cases: CSL-JSON items (vancouver-cases.json) and, line for line, what citation-js formats
/// for each (vancouver-expected.txt, written by regenerate.sh), as copied next to the test assembly.
/// </summary>
internal static class VancouverCases
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Styles", "Vancouver");

    private static readonly Lazy<IReadOnlyList<JsonElement>> LazyItems = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "vancouver-cases.json")));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    });

    private static readonly Lazy<IReadOnlyList<string>> LazyExpected = new(() =>
        File.ReadAllText(Path.Combine(Folder, "vancouver-expected.txt")).TrimEnd('\n').Split('\n'));

    /// <summary>The CSL-JSON items, in file order.</summary>
    public static IReadOnlyList<JsonElement> Items => LazyItems.Value;

    /// <summary>citation-js's text for each item, in the same order, without the citation number.</summary>
    public static IReadOnlyList<string> Expected => LazyExpected.Value;

    /// <summary>The items' ids, in file order.</summary>
    public static IEnumerable<string> Ids => Items.Select(i => i.GetProperty("id").GetString()!);

    /// <summary>One case by id: the item read as front matter, and the line citation-js wrote for it.</summary>
    public static (ReferenceFrontMatter Reference, string Expected) Get(string id)
    {
        var index = Ids.ToList().IndexOf(id);
        return (ToReference(Items[index]), Expected[index]);
    }

    /// <summary>Reads a CSL-JSON item as the site's reference front matter; fields the model lacks are ignored.</summary>
    public static ReferenceFrontMatter ToReference(JsonElement item) => new(Text(item, "title")!)
    {
        Type = Text(item, "type"),
        Authors = item.TryGetProperty("author", out var authors) ? [.. authors.EnumerateArray().Select(ToAuthor)] : [],
        ContainerTitle = Text(item, "container-title"),
        Publisher = Text(item, "publisher"),
        PublisherPlace = Text(item, "publisher-place"),
        Issued = Date(item, "issued"),
        Accessed = Date(item, "accessed"),
        Volume = Text(item, "volume"),
        Issue = Text(item, "issue"),
        Page = Text(item, "page"),
        Doi = Text(item, "DOI"),
        Pmid = Text(item, "PMID"),
        Url = Text(item, "URL"),
    };

    // An organisation is a CSL "literal" name; the model keeps it whole as a family name without given names.
    private static Author ToAuthor(JsonElement name) =>
        Text(name, "literal") is { } literal ? new Author(literal, null) : new Author(Text(name, "family")!, Text(name, "given"));

    // CSL-JSON allows numbers for number variables ("volume": 9); they are read as written.
    private static string? Text(JsonElement item, string name) =>
        !item.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.GetRawText();

    private static PartialDate? Date(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var date))
        {
            return null;
        }

        var parts = date.GetProperty("date-parts")[0].EnumerateArray()
            .Select(p => p.ValueKind == JsonValueKind.Number ? p.GetInt32() : int.Parse(p.GetString()!, CultureInfo.InvariantCulture))
            .ToArray();
        return new PartialDate(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null);
    }
}
