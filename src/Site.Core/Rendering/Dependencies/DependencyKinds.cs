using Site.Core.Content;
using Site.Core.Editions;
using Site.Core.Editions.Formatting;
using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Rendering.Dependencies;

/// <summary>
/// Every kind of read a page can make of the site, each defined once: how its value is found again by key and
/// what of it is fingerprinted. The graph's recording view records these reads as it answers; a rebuild makes
/// again exactly the pages one of whose reads has a different fingerprint now. A new graph query gets its kind here.
/// </summary>
public static class DependencyKinds
{
    /// <summary>A document's front matter, URL and kind: what a page that is handed the document sees of it (title, summary, entry).</summary>
    public static DependencyKind FrontMatter { get; } = new TypedDependencyKind<ParsedDocument>(
        "front-matter",
        (scope, path) => scope.DocumentAt(path),
        (writer, document, _) => writer.Text(document.Url).Text(document.Kind.Name).Text(document.Source.Source.Text.AsSpan(0, document.Source.BodyOffset)),
        fromValueAlone: true,
        pathsOfKey: OnePath);

    /// <summary>A document's markdown body, which its own page renders.</summary>
    public static DependencyKind Body { get; } = new TypedDependencyKind<ParsedDocument>(
        "body",
        (scope, path) => scope.DocumentAt(path),
        (writer, document, _) => writer.Text(document.Source.Source.Text.AsSpan(document.Source.BodyOffset)),
        fromValueAlone: true,
        pathsOfKey: OnePath);

    /// <summary>The site settings of site.yml: every page shows the site's title and language.</summary>
    public static DependencyKind Settings { get; } = new TypedDependencyKind<SiteConfig>(
        "settings",
        (scope, _) => scope.Graph.Config,
        WriteSettings,
        fromValueAlone: true);

    /// <summary>The build date, which overdue reviews are told by.</summary>
    public static DependencyKind BuildDate { get; } = new TypedDependencyKind<DependencyScope>(
        "build-date",
        (scope, _) => scope,
        (writer, scope, _) => writer.Number(scope.Today.DayNumber));

    /// <summary>What changed since the previous edition (/changes/).</summary>
    public static DependencyKind EditionChanges { get; } = new TypedDependencyKind<EditionChanges>(
        "edition-changes",
        (scope, _) => scope.Changes,
        WriteChanges,
        fromValueAlone: true);

    /// <summary>The documents that have a page, in path order.</summary>
    public static DependencyKind Pages { get; } = DocumentList("pages", graph => graph.Pages);

    /// <summary>The substances, in title order.</summary>
    public static DependencyKind Substances { get; } = DocumentList("substances", graph => graph.Substances.Documents);

    /// <summary>The mechanisms, in title order.</summary>
    public static DependencyKind Mechanisms { get; } = DocumentList("mechanisms", graph => graph.Mechanisms.Documents);

    /// <summary>The conditions, in title order.</summary>
    public static DependencyKind Conditions { get; } = DocumentList("conditions", graph => graph.Conditions.Documents);

    /// <summary>The references that have a page, in id order.</summary>
    public static DependencyKind References { get; } = DocumentList("references", graph => graph.References.Documents);

    /// <summary>The documents a document lists in one of its front matter's lists (a substance's mechanisms), keyed by the list's field and the path.</summary>
    public static DependencyKind Listed { get; } = OfList("listed", (graph, list, document) => graph.Listed(list, document));

    /// <summary>The documents that list a document in one of their lists (the substances of a mechanism).</summary>
    public static DependencyKind Listing { get; } = OfList("listing", (graph, list, document) => graph.Listing(list, document));

    /// <summary>The documents of a list's kind a document lists or links to: its row of the evidence map.</summary>
    public static DependencyKind Mapped { get; } = OfList("mapped", (graph, list, document) => graph.Mapped(list, document));

    /// <summary>The links written in a document, each with what it resolved to.</summary>
    public static DependencyKind LinksFrom { get; } = OfDocument<IReadOnlyList<DocumentLink>>(
        "links-from",
        (graph, document) => graph.LinksFrom(document),
        (writer, links, _) =>
        {
            foreach (var link in links)
            {
                writer.Number((long)link.Syntax).Text(link.Written).Text(link.Target?.Source.RelativePath).Text(link.TargetUrl).Text(link.Anchor);
            }
        },
        links => links.Select(l => l.Target).OfType<ParsedDocument>(),
        count: links => links.Count,
        fromValueAlone: true);

    /// <summary>The links that point at a document, from where.</summary>
    public static DependencyKind LinksTo { get; } = OfDocument<IReadOnlyList<DocumentLink>>(
        "links-to",
        (graph, document) => graph.LinksTo(document),
        (writer, links, _) =>
        {
            foreach (var link in links)
            {
                writer.Text(link.From.Source.RelativePath).Number((long)link.Syntax).Text(link.Written).Text(link.Anchor);
            }
        },
        links => links.Select(l => l.From),
        count: links => links.Count,
        fromValueAlone: true);

    /// <summary>A document's citations and its numbered reference list.</summary>
    public static DependencyKind Citations { get; } = OfDocument<PageCitations>(
        "citations",
        (graph, document) => graph.CitationsOf(document),
        (writer, citations, _) =>
        {
            foreach (var citation in citations.Citations)
            {
                writer.Text(citation.Anchor).Text(citation.Item.Key).Text(citation.Item.Prefix).Text(citation.Item.Locator).Text(citation.Reference?.Source.RelativePath);
            }

            writer.Number(-1);
            foreach (var work in citations.Works)
            {
                writer.Text(work.Reference.Source.RelativePath).Number(work.Anchors.Count);
                foreach (var anchor in work.Anchors)
                {
                    writer.Text(anchor);
                }
            }
        },
        citations => citations.Works.Select(w => w.Reference),
        fromValueAlone: true);

    /// <summary>A document's claims with the evidence behind each, its flags and its retraction and dated-evidence marks.</summary>
    public static DependencyKind Claims { get; } = OfDocument<IReadOnlyList<ClaimEvidence>>(
        "claims",
        (graph, document) => graph.ClaimsOf(document),
        (writer, claims, scope) => WriteClaims(writer, claims, scope.Graph),
        claims => claims.SelectMany(c => c.References),
        count: claims => claims.Count,
        readsMarks: true);

    /// <summary>The claims on a substance's page that link to a mechanism, keyed by the two paths.</summary>
    public static DependencyKind ClaimsLinking { get; } = new TypedDependencyKind<IReadOnlyList<ClaimEvidence>>(
        "claims-linking",
        (scope, key) => Split(key, out var substance, out var mechanism) && scope.DocumentAt(substance) is { } s && scope.DocumentAt(mechanism) is { } m
            ? scope.Graph.ClaimsLinking(s, m)
            : null,
        (writer, claims, scope) => WriteClaims(writer, claims, scope.Graph),
        claims => claims.Count,
        claims => claims.SelectMany(c => c.References),
        readsMarks: true,
        pathsOfKey: TwoPaths);

    /// <summary>The passages that cite a reference, with their quotes and claims.</summary>
    public static DependencyKind CitedBy { get; } = OfDocument<IReadOnlyList<CitingPassage>>(
        "cited-by",
        (graph, document) => graph.CitedBy(document),
        (writer, passages, scope) =>
        {
            foreach (var passage in passages)
            {
                writer.Text(passage.From.Source.RelativePath).Text(passage.Anchor).Text(passage.Text).Flag(passage.Claim is not null);
                if (passage.Claim is { } claim)
                {
                    WriteClaim(writer, claim, scope.Graph);
                }
            }
        },
        passages => passages.Select(p => p.From),
        count: passages => passages.Count,
        readsMarks: true);

    /// <summary>The pages that cite a reference (the bibliography counts them).</summary>
    public static DependencyKind PagesCiting { get; } = DocumentList("pages-citing", (graph, document) => graph.PagesCiting(document));

    /// <summary>The suffix of a work's label in the citation style (2018a), which other works of the same author and year decide; keyed by its id.</summary>
    public static DependencyKind StyleSuffix { get; } = new TypedDependencyKind<string>(
        "style-suffix",
        (scope, key) => scope.Style?.SuffixOf(key),
        (writer, suffix, _) => writer.Text(suffix),
        fromValueAlone: true);

    /// <summary>The retraction or expression of concern a reference is under.</summary>
    public static DependencyKind Retraction { get; } = OfDocument<Retractions.RetractionNotice>(
        "retraction",
        (graph, document) => graph.RetractionOf(document),
        (writer, notice, _) =>
        {
            writer.Number((long)notice.Nature).Text(notice.DateText).Text(notice.RecordId).Text(notice.NoticeUrl).Number(notice.Reasons.Count);
            foreach (var reason in notice.Reasons)
            {
                writer.Text(reason);
            }
        },
        fromValueAlone: true);

    /// <summary>Every kind defined here, in the order defined: each property of this class is one, so none is left out of the list.</summary>
    public static IReadOnlyList<DependencyKind> All => AllKinds.Value;

    // Read from this class's own properties when first asked, after they are all set.
    private static readonly Lazy<IReadOnlyList<DependencyKind>> AllKinds = new(() =>
    [
        .. typeof(DependencyKinds).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(DependencyKind))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (DependencyKind)p.GetValue(null)!),
    ]);

    // Every kind's lists by field, the first kind's where two share a field: a read's key names its list by field.
    private static readonly Dictionary<string, ListedKind>.AlternateLookup<ReadOnlySpan<char>> ListsByField = DocumentKinds.All
        .SelectMany(k => k.Lists)
        .DistinctBy(l => l.Field, StringComparer.Ordinal)
        .ToDictionary(l => l.Field, StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The key of a read of something about one document: its path under input/.</summary>
    internal static string KeyOf(ParsedDocument document) => document.Source.RelativePath;

    /// <summary>The key of a read of one of a document's lists: the list's field and the document's path.</summary>
    internal static string KeyOf(ListedKind list, ParsedDocument document) => list.Field + "\n" + document.Source.RelativePath;

    /// <summary>The key of a read about a pair of documents.</summary>
    internal static string KeyOf(ParsedDocument first, ParsedDocument second) => first.Source.RelativePath + "\n" + second.Source.RelativePath;

    // The paths a key of one document names: the key itself.
    private static string[] OnePath(string key) => [key];

    // The paths a key of a pair of documents names.
    private static string[] TwoPaths(string key) => Split(key, out var first, out var second) ? [first.ToString(), second.ToString()] : [];

    // The two parts of a key made by KeyOf(list, document) or KeyOf(first, second), without copying them out.
    private static bool Split(string key, out ReadOnlySpan<char> first, out ReadOnlySpan<char> second)
    {
        var newline = key.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0 || key.AsSpan(newline + 1).Contains('\n'))
        {
            first = default;
            second = default;
            return false;
        }

        first = key.AsSpan(0, newline);
        second = key.AsSpan(newline + 1);
        return true;
    }

    private static TypedDependencyKind<T> OfDocument<T>(
        string name,
        Func<SiteGraph, ParsedDocument, T?> query,
        Action<FingerprintWriter, T, DependencyScope> write,
        Func<T, IEnumerable<ParsedDocument>>? documents = null,
        Func<T, int>? count = null,
        bool fromValueAlone = false,
        bool readsMarks = false)
        where T : class =>
        new(name, (scope, path) => scope.DocumentAt(path) is { } document ? query(scope.Graph, document) : null, write, count, documents, fromValueAlone, readsMarks, OnePath);

    private static TypedDependencyKind<IReadOnlyList<ParsedDocument>> DocumentList(string name, Func<SiteGraph, ParsedDocument, IReadOnlyList<ParsedDocument>> query) =>
        OfDocument(name, query, WritePaths, documents => documents, documents => documents.Count, fromValueAlone: true);

    private static TypedDependencyKind<IReadOnlyList<ParsedDocument>> OfList(string name, Func<SiteGraph, ListedKind, ParsedDocument, IReadOnlyList<ParsedDocument>> query) =>
        new(
            name,
            (scope, key) => Split(key, out var field, out var path)
                && ListsByField.TryGetValue(field, out var list)
                && scope.DocumentAt(path) is { } document
                    ? query(scope.Graph, list, document)
                    : null,
            WritePaths,
            documents => documents.Count,
            documents => documents,
            fromValueAlone: true,
            pathsOfKey: key => Split(key, out _, out var path) ? [path.ToString()] : []);

    private static TypedDependencyKind<IReadOnlyList<ParsedDocument>> DocumentList(string name, Func<SiteGraph, IReadOnlyList<ParsedDocument>> query) =>
        new(name, (scope, _) => query(scope.Graph), WritePaths, documents => documents.Count, documents => documents, fromValueAlone: true);

    private static void WritePaths(FingerprintWriter writer, IReadOnlyList<ParsedDocument> documents, DependencyScope scope)
    {
        foreach (var document in documents)
        {
            writer.Text(document.Source.RelativePath);
        }
    }

    private static void WriteClaims(FingerprintWriter writer, IReadOnlyList<ClaimEvidence> claims, SiteGraph graph)
    {
        foreach (var claim in claims)
        {
            WriteClaim(writer, claim, graph);
        }
    }

    // Everything a reader sees of a claim: where it is, its words, what stands behind it and how it is marked.
    private static void WriteClaim(FingerprintWriter writer, ClaimEvidence claim, SiteGraph graph)
    {
        writer.Text(claim.Document.Source.RelativePath).Text(claim.Claim.Anchor).Text(claim.FullText)
            .Flag(claim.HasUnknownCitation).Maybe(claim.Flag is { } flag ? (int)flag : null)
            .Maybe(graph.RetractionIn(claim) is { } nature ? (int)nature : null).Maybe(graph.EvidenceDatedBefore(claim))
            .Number(claim.References.Count);
        for (var i = 0; i < claim.References.Count; i++)
        {
            writer.Text(claim.References[i].Source.RelativePath).Maybe(claim.Levels[i] is { } level ? (int)level : null);
        }
    }

    private static void WriteSettings(FingerprintWriter writer, SiteConfig config, DependencyScope scope)
    {
        writer.Text(config.Title).Text(config.Description).Text(config.BaseUrl).Text(config.Language).Number(config.ReviewMaxAgeMonths)
            .Maybe(config.EvidenceMaxAgeYears).Text(config.Retractions?.Path).Text(config.CitationStyle);
        foreach (var (kind, policy) in config.Claims.OrderBy(c => c.Key.Name, StringComparer.Ordinal))
        {
            writer.Text(kind.Name).Number((long)policy);
        }

        foreach (var (code, severity) in config.Severity.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            writer.Text(code).Number((long)severity);
        }
    }

    private static void WriteChanges(FingerprintWriter writer, EditionChanges changes, DependencyScope scope)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ChangesJson.Write(text, changes);
        writer.Text(text.ToString());
        foreach (var claim in changes.Added.Concat(changes.Removed))
        {
            writer.Number(claim.Keys.Count).Number(claim.Evidence.Count).Number(claim.Statuses.Count);
            foreach (var value in claim.Keys.Concat(claim.Evidence).Concat(claim.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).SelectMany(s => new[] { s.Key, s.Value })))
            {
                writer.Text(value);
            }
        }
    }
}
