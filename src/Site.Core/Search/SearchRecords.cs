using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Search;

/// <summary>
/// What the search index holds, in the order it numbers them: the pages of each document kind in the registry's order
/// (references as their entries: title, authors, journal, year, abstract and annotation, with their evidence level),
/// each kind in page path order, then every claim, page by page in document order (its text, its page's title and URL with
/// its anchor, the evidence levels behind it). Records of one kind are numbered together, so a range says a record's kind;
/// a page's claims are numbered together, so the results of one page sit in one or two record shards.
/// </summary>
public static class SearchRecords
{
    /// <summary>How much of a page's text a record keeps to quote from, in characters: a result quotes the start when the match lies beyond.</summary>
    public const int MaxQuotedText = 1200;

    /// <summary>The most authors a result lists before "et al."; every author is indexed.</summary>
    public const int MaxListedAuthors = 6;

    private const int TitleWeight = 4;
    private const int DetailsWeight = 2;

    /// <summary>A record with the text it is found by, weighted by field: the title counts most, then a reference's details, then the text.</summary>
    /// <param name="Record">What a result shows.</param>
    /// <param name="Fields">The text of each field with its weight.</param>
    public readonly record struct Indexed(SearchRecord Record, (string Text, int Weight)[] Fields);

    /// <summary>The records of the site, in the index's order.</summary>
    public static IReadOnlyList<Indexed> Of(SiteGraph graph) => Of(graph, static record => record);

    /// <summary>
    /// What <paramref name="keep"/> makes of each record of the site, in the index's order, made on the worker that made the
    /// record: a page's whole text is needed only to count its terms, and is let go at once.
    /// </summary>
    internal static IReadOnlyList<T> Of<T>(SiteGraph graph, Func<Indexed, T> keep)
    {
        var pages = graph.Pages;
        var byId = graph.ById;
        var pageRecords = new T[pages.Count];
        var claimRecords = new T[pages.Count][];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            pageRecords[i] = keep(page.Source.Kind == DocumentKinds.Reference ? OfReference(graph, page, byId) : OfPage(graph, page, byId));
            claimRecords[i] = [.. graph.ClaimsOf(page).Select(c => keep(OfClaim(page, c)))];
        });

        var records = new List<T>(pages.Count);
        foreach (var kind in DocumentKinds.All)
        {
            records.AddRange(pageRecords.Where((_, i) => pages[i].Source.Kind == kind));
        }

        foreach (var claims in claimRecords)
        {
            records.AddRange(claims);
        }

        return records;
    }

    private static Indexed OfPage(SiteGraph graph, ParsedDocument page, IReadOnlyDictionary<string, ParsedDocument> byId)
    {
        var text = PassageText.OfBlock(graph.BodyOf(page), PassageText.TitlesFor(page, byId), graph.WordsOf, editorial: true);
        var title = page.Source.Title;
        return new Indexed(
            new SearchRecord(page.Source.Kind.Name, title, page.Url, Quoted(text), []),
            [(title, TitleWeight), (text, 1)]);
    }

    private static Indexed OfReference(SiteGraph graph, ParsedDocument page, IReadOnlyDictionary<string, ParsedDocument> byId)
    {
        var reference = graph.References[page.Source.Id].FrontMatter;
        var annotation = PassageText.OfBlock(graph.BodyOf(page), PassageText.TitlesFor(page, byId), graph.WordsOf, editorial: true);
        var text = string.Join(" ", new[] { reference.Text("abstract"), annotation }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var authors = reference.Authors.Select(a => a.Vancouver).ToArray();
        var listed = authors.Length > MaxListedAuthors ? string.Join(", ", authors.Take(MaxListedAuthors)) + ", et al." : string.Join(", ", authors);
        var year = reference.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var details = string.Join(" · ", new[] { listed, reference.ContainerTitle, year }
            .Where(d => !string.IsNullOrEmpty(d)));
        return new Indexed(
            new SearchRecord(SearchRecordKind.ReferenceName, page.Source.Title, page.Url, Quoted(text), [EvidenceLevels.Name(reference.Evidence)]) { Details = details },
            [(page.Source.Title, TitleWeight), (string.Join(" ", authors), DetailsWeight), (reference.ContainerTitle ?? "", DetailsWeight), (year ?? "", DetailsWeight), (text, 1)]);
    }

    private static Indexed OfClaim(ParsedDocument page, ClaimEvidence claim)
    {
        var levels = LevelsOf(claim.Levels);
        return new Indexed(
            new SearchRecord(SearchRecordKind.Claim, page.Source.Title, page.Url + "#" + claim.Claim.Anchor, Quoted(claim.FullText), levels),
            [(claim.FullText, 1)]);
    }

    // The names of the levels, each once, strongest first and "not-assessed" last, as SearchShardWriter.LevelNames orders
    // them: a bit for each, set in one pass, where sorting every claim's levels took a tenth of the index.
    internal static string[] LevelsOf(IReadOnlyList<EvidenceLevel?> levels)
    {
        var notAssessed = EvidenceLevels.Names.Count;
        var present = 0;
        foreach (var level in levels)
        {
            present |= 1 << (level is { } known ? (int)known : notAssessed);
        }

        var names = new string[System.Numerics.BitOperations.PopCount((uint)present)];
        var at = 0;
        for (var bit = 0; present != 0; bit++, present >>= 1)
        {
            if ((present & 1) != 0)
            {
                names[at++] = SearchShardWriter.LevelNames[bit];
            }
        }

        return names;
    }

    private static string Quoted(string text) => PassageText.Shorten(text, MaxQuotedText, ",;:");

}
