using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Site.Core.Tests.Importing.BibTex;

/// <summary>
/// Our BibTeX reading agrees with pandoc's (<c>pandoc -f bibtex -t csljson</c>) on every spec example, for the
/// variables both read, except where this class lists a deliberate difference and its reason.
/// </summary>
public sealed class BibTexPandocAgreementTests
{
    private static readonly string[] Compared = ["type", "title", "author", "editor", "issued", "container-title", "DOI", "page", "volume", "issue"];

    // BibLaTeX's own fields and types: an example with one is read with pandoc's biblatex reader, others with bibtex.
    private static readonly string[] BibLaTeXMarks =
    [
        "date =", "journaltitle", "urldate", "location =", "eprinttype", "entrysubtype", "xdata", "subtitle", "@online",
        "eventtitle", "pagetotal",
    ];

    // Deliberate differences that hold wherever they occur.
    private static readonly PandocDifference[] Differences =
    [
        new("title", "pandoc turns an English title into sentence case, CSL's convention for styles that change case; the site changes no case, so we keep the title as written", (o, p) => (Map(o, Lower), Map(p, Lower))),
        new("container-title", "pandoc turns a book's English title into sentence case; we keep it as written", (o, p) => (Map(o, Lower), Map(p, Lower))),
        new("title", "pandoc's smart quotes make an apostrophe ’; we keep the ' that was typed, as readers search for it", (o, p) => (o, Map(p, Apostrophe))),
        new("author", "pandoc's smart quotes make the apostrophe of O'Neill ’; we keep the ' that was typed", (o, p) => (o, Map(p, Apostrophe))),
        new("title", "pandoc accents \\'\\i as a dotless i with a combining accent (ı́); we accent the i (í), as TeX prints it", (o, p) => (o, Map(p, DottedI))),
        new("author", "pandoc accents \\'\\i as a dotless i with a combining accent (ı́); we accent the i (í), as TeX prints it", (o, p) => (o, Map(p, DottedI))),
        new("author", "pandoc keeps 'and others' as a literal name 'others'; CSL has no marker for a shortened list, so we drop it and a style adds 'et al.' by its own rules", (o, p) => (o, WithoutOthers(p))),
        new("author", "pandoc keeps the von part of a name (van, de la) as a particle; we keep it in the family name, where the NLM style and the site's two-part names have it", (o, p) => (o, ParticlesInFamily(p))),
        new("DOI", "pandoc keeps a DOI as written; we store it bare, without a resolver or a 'doi:' label", (o, p) => (o, Map(p, BareDoi))),
        new("DOI", "pandoc keeps the TeX escape of an underscore in a DOI; we undo it, as a DOI holds no backslash", (o, p) => (o, Map(p, t => t.Replace("\\_", "_", StringComparison.Ordinal)))),
        new("page", "pandoc keeps the spaces and the em dash of a range as written; we write every range with a bare hyphen", (o, p) => (o, Map(p, Range))),
        new("type", "BibTeX's @misc, and types no format knows, are CSL 1.0.2's 'document'; pandoc leaves the type empty", (o, p) => TypePair(o, p, "document", "")),
        new("type", "@conference is BibTeX's old name for @inproceedings; pandoc 2.17 does not know it", (o, p) => TypePair(o, p, "paper-conference", "")),
        new("type", "CSL 1.0.2 has types for a periodical, software and a standard; pandoc reads them as an article, a book and legislation", (o, p) => TypePair(TypePair(TypePair(o, p, "periodical", "article-journal"), "software", "book"), "standard", "legislation")),
        new("issued", "pandoc keeps both ends of a BibLaTeX date range; a reference has one date, so we keep its start", (o, p) => (o, FirstDate(p))),
        new("issued", "pandoc reads a month only as a macro (jul) or a number and drops 'July', 'Sept.' or a span; we read English month names and date a span by its first month", (o, p) => YearOnly(o, p)),
        new("issued", "pandoc gives a year it cannot read ('in press') an empty date; we report it and give no date", (o, p) => (o, o is null && IsEmptyDate(p) ? null : p)),
        new("issued", "pandoc gives a span of years (1998--1999) an empty date; we date it by its start", (o, p) => (o, IsEmptyDate(p) && o is not null ? o.DeepClone() : p)),
    ];

    // Deliberate differences in one entry of the spec.
    private static readonly PandocException[] Exceptions =
    [
        new("dashes", "title", "we write plain text, pandoc CSL rich text (<i>in vivo</i>); pandoc 2.17 drops {\\textendash} and \\textemdash{}, and reads `bad' as “bad”"),
        new("math", "title", "pandoc 2.17 leaves TeX math as TeX ($\\beta$ stays \\beta); we decode Greek letters and symbols (β, ≤, °)"),
        new("nutt2020", "container-title", "a chapter takes its book's title as its container through crossref, as BibLaTeX has it; pandoc 2.17 does not"),
        new("lee2021", "container-title", "a crossref finds its parent named in another case, as BibTeX does; pandoc does not"),
        new("t18", "container-title", "pandoc reads a @periodical as an article in a journal of its title; CSL 1.0.2 has 'periodical', whose title is its own"),
        new("twice", "title", "of a field written twice BibTeX keeps the first; pandoc keeps the last"),
        new("macro", "container-title", "pandoc takes a @string name nothing defines for its value ('nejm'); we report it, and BibTeX leaves it empty"),
        new("commas", "author", "names separated by commas cannot be told apart; pandoc reads them as one name, we report them"),
        new("baddate", "issued", "pandoc keeps a day the month does not have (2019-02-30); we report it and give no date"),
    ];

    // Examples pandoc cannot read at all, as it stops at the first thing it does not parse.
    private static readonly Dictionary<string, string> Unreadable = new()
    {
        ["Entry types and field names in any case; space before the brace; parentheses around an entry"] = "BibTeX allows an entry in parentheses, @book(key, ...); pandoc does not",
        ["Odd spacing, a field on one line, doubled and trailing commas, comments between fields"] = "we pass over a doubled comma and a % comment line between fields; pandoc stops at them",
    };

    [Fact]
    public void Should_read_every_spec_example_as_pandoc_does_but_for_the_listed_differences()
    {
        // Given pandoc, and the spec's examples
        var pandoc = Pandoc.Find();
        pandoc.ShouldNotBeNull($"pandoc is the oracle of this test and is not installed: {Pandoc.Install}");
        var examples = BibTexSpecTests.Examples().Select(row => ((string)row[0], (string)row[1])).ToList();

        // When each is read by us and by pandoc, and the variables both read are compared
        var unexplained = new List<string>();
        var used = new HashSet<object>();
        var results = examples.AsParallel().AsOrdered().WithDegreeOfParallelism(2)
            .Select(example => Compare(pandoc, example.Item1, example.Item2))
            .ToList();
        foreach (var (problems, differences) in results)
        {
            unexplained.AddRange(problems);
            used.UnionWith(differences);
        }

        // Then every difference is one listed, and every one listed is still needed
        unexplained.ShouldBeEmpty();
        Differences.Where(d => !used.Contains(d)).Select(d => $"{d.Variable}: {d.Reason}").ShouldBeEmpty("differences no example shows any more");
        Exceptions.Where(e => !used.Contains(e)).ShouldBeEmpty("exceptions no example needs any more");
        Unreadable.Keys.Where(title => !used.Contains(title)).ShouldBeEmpty("examples pandoc now reads");
    }

    private static (List<string> Unexplained, List<object> Used) Compare(string pandoc, string title, string input)
    {
        var unexplained = new List<string>();
        var used = new List<object>();
        var bytes = BibliographySpec.Bytes(input);
        var ours = BibliographySpec.Read(input, ".bib").File!;
        var dialect = BibLaTeXMarks.Any(mark => input.Contains(mark, StringComparison.OrdinalIgnoreCase)) ? "biblatex" : "bibtex";
        var theirs = Pandoc.Read(pandoc, bytes, dialect);
        if (theirs is null)
        {
            // Pandoc stops at the first syntax error and reads nothing; we report it and read on.
            if (Unreadable.ContainsKey(title))
            {
                used.Add(title);
            }
            else if (!ours.Diagnostics.Any(d => d.Code == "invalid-bibliography"))
            {
                unexplained.Add($"{title}: pandoc cannot read it, and we report nothing");
            }

            return (unexplained, used);
        }

        var pandocById = theirs.OfType<JsonObject>().ToDictionary(item => item["id"]!.GetValue<string>());
        foreach (var key in pandocById.Keys.Except(ours.Entries.Select(e => e.SourceKey!)))
        {
            // An entry we drop is one we report a syntax error in.
            if (!ours.Diagnostics.Any(d => d.Code == "invalid-bibliography"))
            {
                unexplained.Add($"{title}: '{key}' is read by pandoc, not by us, and we report nothing");
            }
        }

        foreach (var entry in ours.Entries)
        {
            if (!pandocById.TryGetValue(entry.SourceKey!, out var item))
            {
                unexplained.Add($"{title}: '{entry.SourceKey}' is not read by pandoc");
                continue;
            }

            foreach (var variable in Compared)
            {
                var (a, b) = (entry.Item[variable], item[variable]);
                var applied = new List<PandocDifference>();
                foreach (var difference in Differences.Where(d => d.Variable == variable))
                {
                    if (JsonNode.DeepEquals(a, b))
                    {
                        break;
                    }

                    var (na, nb) = difference.Apply(a?.DeepClone(), b?.DeepClone());
                    if (!JsonNode.DeepEquals(na, a) || !JsonNode.DeepEquals(nb, b))
                    {
                        applied.Add(difference);
                        (a, b) = (na, nb);
                    }
                }

                if (JsonNode.DeepEquals(a, b))
                {
                    used.AddRange(applied);
                }
                else if (Exceptions.FirstOrDefault(e => e.Key == entry.SourceKey && e.Variable == variable) is { } exception)
                {
                    used.Add(exception);
                }
                else
                {
                    unexplained.Add($"{title}: '{entry.SourceKey}' {variable}: ours {a?.ToJsonString() ?? "none"}, pandoc's {b?.ToJsonString() ?? "none"}");
                }
            }
        }

        return (unexplained, used);
    }

    private static JsonNode? Map(JsonNode? node, Func<string, string> map) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(map(text)),
        JsonArray array => new JsonArray([.. array.Select(item => Map(item?.DeepClone(), map))]),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Map(p.Value?.DeepClone(), map)))),
        _ => node,
    };

    private static string Lower(string text) => text.ToLowerInvariant();

    private static string Apostrophe(string text) => text.Replace('\u2019', '\'');

    private static string DottedI(string text) => text.Replace("\u0131\u0301", "\u00ED", StringComparison.Ordinal);

    private static string Range(string text) => Regex.Replace(text, @"\s*[-\u2013\u2014]+\s*", "-");

    private static string BareDoi(string text)
    {
        var match = Regex.Match(text, @"^(https?://(dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase);
        return match.Success
            ? (match.Value.Contains('/', StringComparison.Ordinal) ? Uri.UnescapeDataString(text[match.Length..]) : text[match.Length..])
            : text;
    }

    private static JsonNode? WithoutOthers(JsonNode? names) => names is JsonArray array
        ? new JsonArray([.. array.Where(n => n?["literal"]?.GetValue<string>() != "others").Select(n => n?.DeepClone())])
        : names;

    private static JsonNode? ParticlesInFamily(JsonNode? names) => names is JsonArray array
        ? new JsonArray([.. array.Select(n => n is JsonObject name ? (JsonNode)JoinParticles(name) : n?.DeepClone())])
        : names;

    private static JsonObject JoinParticles(JsonObject name)
    {
        var joined = new JsonObject();
        var particle = string.Join(' ', new[] { "dropping-particle", "non-dropping-particle" }.Select(p => name[p]?.GetValue<string>()).Where(p => p is not null));
        foreach (var (key, value) in name)
        {
            if (key is "dropping-particle" or "non-dropping-particle")
            {
                continue;
            }

            joined[key] = key == "family" && particle.Length > 0 ? particle + " " + value!.GetValue<string>() : value?.DeepClone();
        }

        return joined;
    }

    private static (JsonNode?, JsonNode?) TypePair((JsonNode? Ours, JsonNode? Pandoc) pair, string ours, string pandoc) =>
        TypePair(pair.Ours, pair.Pandoc, ours, pandoc);

    private static (JsonNode?, JsonNode?) TypePair(JsonNode? o, JsonNode? p, string ours, string pandoc) =>
        o?.GetValue<string>() == ours && p?.GetValue<string>() == pandoc ? (o, o.DeepClone()) : (o, p);

    private static JsonNode? FirstDate(JsonNode? date) =>
        date?["date-parts"] is JsonArray { Count: > 1 } parts ? new JsonObject { ["date-parts"] = new JsonArray(parts[0]!.DeepClone()) } : date;

    private static bool IsEmptyDate(JsonNode? date) => date?["date-parts"] is JsonArray { Count: 0 };

    // Pandoc's date has the year of ours and nothing more: the month it could not read.
    private static (JsonNode?, JsonNode?) YearOnly(JsonNode? o, JsonNode? p) =>
        o?["date-parts"]?[0] is JsonArray { Count: > 1 } ours && p?["date-parts"] is JsonArray { Count: 1 } theirs
            && theirs[0] is JsonArray { Count: 1 } year && JsonNode.DeepEquals(year[0], ours[0])
            ? (o, o.DeepClone())
            : (o, p);
}
