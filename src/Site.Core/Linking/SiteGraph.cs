using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Parsing;
using Site.Core.Rendering.Dependencies;
using Site.Core.Retractions;

namespace Site.Core.Linking;

/// <summary>
/// The site as one graph of plain maps keyed by id: documents, their URLs, substance-mechanism
/// relations, links and backlinks, citations. Built once by the link phase; read by analyzers and rendering.
/// A recording view of it (<see cref="RecordingInto"/>) answers the same queries and records each read a page makes.
/// </summary>
public sealed class SiteGraph
{
    internal SiteGraph(
        SiteConfig config,
        IReadOnlyList<ParsedDocument> documents,
        IReadOnlyList<ParsedDocument> pages,
        IReadOnlyDictionary<string, ParsedDocument> byId,
        IReadOnlyList<DuplicateDocument> duplicates,
        IReadOnlyList<ParsedDocument> reservedUrlPages,
        KindLists<ParsedDocument> kinds,
        IReadOnlyDictionary<(ListedKind List, string Id), IReadOnlyList<ParsedDocument>> listed,
        IReadOnlyDictionary<(ListedKind List, string Id), IReadOnlyList<ParsedDocument>> listing,
        IReadOnlyDictionary<(ListedKind List, ParsedDocument Document), IReadOnlyList<ParsedDocument>> mapped,
        IReadOnlyDictionary<ParsedDocument, IReadOnlyList<DocumentLink>> linksFrom,
        IReadOnlyDictionary<string, IReadOnlyList<DocumentLink>> linksTo,
        CitationIndex citations,
        ClaimIndex claims,
        IReadOnlyList<AssetFile> assets,
        IReadOnlyDictionary<string, RetractionNotice>? retractions = null,
        DateOnly? today = null)
        : this(
            config, documents, pages, byId, duplicates, reservedUrlPages,
            new GraphKinds(
                Nodes(DocumentKinds.Page, kinds.Pages),
                Nodes(DocumentKinds.Substance, kinds.Substances),
                Nodes(DocumentKinds.Mechanism, kinds.Mechanisms),
                Nodes(DocumentKinds.Condition, kinds.Conditions),
                Nodes(DocumentKinds.Reference, kinds.References)),
            listed, listing, mapped, linksFrom, linksTo, citations, claims, assets, retractions, today)
    {
    }

    // The graph of nodes already in their order: a patched graph keeps the previous graph's order with new documents in it.
    internal SiteGraph(
        SiteConfig config,
        IReadOnlyList<ParsedDocument> documents,
        IReadOnlyList<ParsedDocument> pages,
        IReadOnlyDictionary<string, ParsedDocument> byId,
        IReadOnlyList<DuplicateDocument> duplicates,
        IReadOnlyList<ParsedDocument> reservedUrlPages,
        GraphKinds nodes,
        IReadOnlyDictionary<(ListedKind List, string Id), IReadOnlyList<ParsedDocument>> listed,
        IReadOnlyDictionary<(ListedKind List, string Id), IReadOnlyList<ParsedDocument>> listing,
        IReadOnlyDictionary<(ListedKind List, ParsedDocument Document), IReadOnlyList<ParsedDocument>> mapped,
        IReadOnlyDictionary<ParsedDocument, IReadOnlyList<DocumentLink>> linksFrom,
        IReadOnlyDictionary<string, IReadOnlyList<DocumentLink>> linksTo,
        CitationIndex citations,
        ClaimIndex claims,
        IReadOnlyList<AssetFile> assets,
        IReadOnlyDictionary<string, RetractionNotice>? retractions,
        DateOnly? today)
    {
        _today = today;
        _retractions = retractions ?? new Dictionary<string, RetractionNotice>();
        _config = config;
        _address = SiteAddress.Of(config.BaseUrl);
        _documents = documents;
        _pages = pages;
        _byId = byId;
        _duplicates = duplicates;
        _reservedUrlPages = reservedUrlPages;
        _listed = listed;
        _listing = listing;
        _mapped = mapped;
        ContentPages = nodes.Pages;
        Substances = nodes.Substances;
        Mechanisms = nodes.Mechanisms;
        Conditions = nodes.Conditions;
        References = nodes.References;
        _references = References;
        _linksFrom = linksFrom;
        _linksTo = linksTo;
        _citations = citations;
        _claims = claims;
        _assets = assets;
    }

    // The same graph, recording what is read of it; its typed nodes record too.
    private SiteGraph(SiteGraph graph, PageReads reads)
    {
        (_today, _retractions, _config, _address, _documents, _pages, _byId, _duplicates, _reservedUrlPages) =
            (graph._today, graph._retractions, graph._config, graph._address, graph._documents, graph._pages, graph._byId, graph._duplicates, graph._reservedUrlPages);
        (_listed, _listing, _mapped, _linksFrom, _linksTo, _citations, _claims, _assets, _references) =
            (graph._listed, graph._listing, graph._mapped, graph._linksFrom, graph._linksTo, graph._citations, graph._claims, graph._assets, graph._references);
        _reads = reads;
        Number = graph.Number;
        ContentPages = graph.ContentPages.Recording(() => NotRecorded(0), () => NotRecorded(0), _ => NotRecorded(0));
        Substances = Recording(graph.Substances, DependencyKinds.Substances);
        Mechanisms = Recording(graph.Mechanisms, DependencyKinds.Mechanisms);
        Conditions = Recording(graph.Conditions, DependencyKinds.Conditions);
        References = Recording(graph.References, DependencyKinds.References);
    }

    private readonly IReadOnlyDictionary<(ListedKind List, string Id), IReadOnlyList<ParsedDocument>> _listed;
    private readonly IReadOnlyDictionary<(ListedKind List, string Id), IReadOnlyList<ParsedDocument>> _listing;
    private readonly IReadOnlyDictionary<(ListedKind List, ParsedDocument Document), IReadOnlyList<ParsedDocument>> _mapped;
    private readonly IReadOnlyDictionary<ParsedDocument, IReadOnlyList<DocumentLink>> _linksFrom;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<DocumentLink>> _linksTo;
    private readonly CitationIndex _citations;
    private readonly ClaimIndex _claims;
    private readonly IReadOnlyDictionary<string, RetractionNotice> _retractions;
    private readonly DateOnly? _today;
    private readonly SiteConfig _config;
    private readonly SiteAddress? _address;
    private readonly IReadOnlyList<ParsedDocument> _documents;
    private readonly IReadOnlyList<ParsedDocument> _pages;
    private readonly IReadOnlyDictionary<string, ParsedDocument> _byId;
    private readonly IReadOnlyList<DuplicateDocument> _duplicates;
    private readonly IReadOnlyList<ParsedDocument> _reservedUrlPages;
    private readonly IReadOnlyList<AssetFile> _assets;
    private readonly KindNodes<ReferenceFrontMatter> _references;

    // Null but in a recording view.
    private readonly PageReads? _reads;
    // Made once: a lambda reading this graph is a new delegate at every use, and every citation asks.
    private Func<string, bool>? _isReference;

    /// <summary>The listed rows by list and lister's id, for the next link to patch.</summary>
    internal IReadOnlyDictionary<(ListedKind List, string Id), IReadOnlyList<ParsedDocument>> ListedRows => _listed;

    /// <summary>The listing rows by list and listed id, for the next link to patch.</summary>
    internal IReadOnlyDictionary<(ListedKind List, string Id), IReadOnlyList<ParsedDocument>> ListingRows => _listing;

    /// <summary>The evidence map's rows, for the next link to patch.</summary>
    internal IReadOnlyDictionary<(ListedKind List, ParsedDocument Document), IReadOnlyList<ParsedDocument>> MappedRows => _mapped;

    /// <summary>The links of each document, for the next link to patch.</summary>
    internal IReadOnlyDictionary<ParsedDocument, IReadOnlyList<DocumentLink>> LinksFromMap => _linksFrom;

    /// <summary>The links to each id, for the next link to patch.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<DocumentLink>> LinksToMap => _linksTo;

    /// <summary>The retraction notices by reference id, for the next link to keep.</summary>
    internal IReadOnlyDictionary<string, RetractionNotice> RetractionNotices => _retractions;

    /// <summary>The retraction data the notices were found in, for the next link to tell whether it is the same.</summary>
    internal RetractionData? RetractionData { get; init; }

    /// <summary>The resolver the links were resolved with, for the next link to patch.</summary>
    internal LinkResolver? Resolver { get; init; }

    /// <summary>
    /// When this graph is the previous one patched (<see cref="LinkPatch"/>), that graph's <see cref="Number"/> and the paths
    /// of the documents about which a query can answer otherwise now: a query about other documents alone (their links,
    /// claims, rows, the links to them) answers with what the previous graph answered, or with new entries that say the
    /// same (the same paths, words and front matter; only an edited document they name is its new version). Null for a
    /// graph linked afresh.
    /// </summary>
    internal (long Previous, IReadOnlySet<string> Paths)? PatchedFrom { get; init; }

    /// <summary>
    /// This graph's number, which no other graph of this process has (a recording view has its graph's): what a patched
    /// graph names its previous one by, without keeping it and every graph before it alive.
    /// </summary>
    internal long Number { get; } = Interlocked.Increment(ref _numbers);

    private static long _numbers;

    /// <summary>The build date as given to the link, not recorded: for the next link to tell whether it is the same.</summary>
    internal DateOnly? LinkedOn => _today;

    /// <summary>The citations resolved, for the next link to reuse.</summary>
    internal CitationIndex CitationIndex => _citations;

    /// <summary>The claims with their evidence, for the next link to reuse.</summary>
    internal ClaimIndex ClaimIndex => _claims;

    /// <summary>The build date evidence is dated against, or null when the graph dates nothing.</summary>
    public DateOnly? Today => Read(DependencyKinds.BuildDate, _today);

    /// <summary>The site settings.</summary>
    public SiteConfig Config => Read(DependencyKinds.Settings, _config);

    /// <summary>Where the site is published, from site.yml's <c>baseUrl</c>, or null when it has none.</summary>
    public SiteAddress? Address => Read(DependencyKinds.Settings, _address);

    /// <summary>Every loaded document, in ordinal path order, duplicates included.</summary>
    public IReadOnlyList<ParsedDocument> Documents => NotRecorded(_documents);

    /// <summary>The documents that get a page: each id once, none on a reserved URL.</summary>
    public IReadOnlyList<ParsedDocument> Pages => Read(DependencyKinds.Pages, string.Empty, _pages);

    /// <summary>Documents by id; the first in path order wins a duplicate id.</summary>
    public IReadOnlyDictionary<string, ParsedDocument> ById => NotRecorded(_byId);

    /// <summary>Documents whose id was taken by an earlier one.</summary>
    public IReadOnlyList<DuplicateDocument> Duplicates => NotRecorded(_duplicates);

    /// <summary>Plain pages whose URL the generator keeps for itself.</summary>
    public IReadOnlyList<ParsedDocument> ReservedUrlPages => NotRecorded(_reservedUrlPages);

    /// <summary>The files under input/assets.</summary>
    public IReadOnlyList<AssetFile> Assets => NotRecorded(_assets);

    /// <summary>A view of this graph that records in <paramref name="reads"/> every query answered through it.</summary>
    internal SiteGraph RecordingInto(PageReads reads) => new(this, reads);

    /// <summary>Records a read of something outside the graph that a page shows (the build date, the edition's changes).</summary>
    internal void Reading(DependencyKind kind) => _reads?.Read(kind, string.Empty, null);

    /// <summary>Records that a document was handed to the reader (a page's own document).</summary>
    internal void Reading(ParsedDocument document) => _reads?.Read(document);

    /// <summary>A document's markdown body, for its own page to render.</summary>
    public Markdig.Syntax.MarkdownDocument BodyOf(ParsedDocument document) => Read(DependencyKinds.Body, document, document).Markdown;

    /// <summary>The plain pages that have a page (the home page's index.md among them), in title order.</summary>
    public KindNodes<PageFrontMatter> ContentPages { get; }

    /// <summary>The substances, in title order.</summary>
    public KindNodes<SubstanceFrontMatter> Substances { get; }

    /// <summary>The references that have a page, in id order.</summary>
    public KindNodes<ReferenceFrontMatter> References { get; }

    /// <summary>The mechanisms, in title order.</summary>
    public KindNodes<MechanismFrontMatter> Mechanisms { get; }

    /// <summary>The conditions, in title order.</summary>
    public KindNodes<ConditionFrontMatter> Conditions { get; }

    /// <summary>The URL of a document's page.</summary>
    public static string UrlOf(ParsedDocument document) => document.Url;

    /// <summary>The documents of its list's target kind that a document lists and that exist, in the order listed.</summary>
    public IReadOnlyList<ParsedDocument> Listed(ListedKind list, ParsedDocument document) =>
        Read(DependencyKinds.Listed, DependencyKinds.KeyOf(list, document), ListedBy(list, document));

    /// <summary>The documents that list <paramref name="target"/> in <paramref name="list"/>, in title order.</summary>
    public IReadOnlyList<ParsedDocument> Listing(ListedKind list, ParsedDocument target) =>
        Read(DependencyKinds.Listing, DependencyKinds.KeyOf(list, target), _listing.TryGetValue((list, target.Id), out var found) ? found : []);

    /// <summary>
    /// The documents of a list's target kind that a document lists or links to (its row in the evidence map), in
    /// title order.
    /// </summary>
    public IReadOnlyList<ParsedDocument> Mapped(ListedKind list, ParsedDocument document) =>
        Read(DependencyKinds.Mapped, DependencyKinds.KeyOf(list, document), _mapped.TryGetValue((list, document), out var row) ? row : MappedBy(list, document));

    /// <summary>Every document a document lists, or is listed by, in any list of any kind.</summary>
    public IEnumerable<ParsedDocument> Related(ParsedDocument document) =>
        DocumentKinds.All.SelectMany(k => k.Lists).SelectMany(l => Listed(l, document).Concat(Listing(l, document)));

    /// <summary>The mechanisms a substance lists that exist, in the order listed.</summary>
    public IReadOnlyList<ParsedDocument> MechanismsOf(ParsedDocument substance) => Listed(DocumentKinds.Substance.MechanismList, substance);

    /// <summary>The mechanisms a substance lists or links to (the evidence map's row for it), in title order.</summary>
    public IReadOnlyList<ParsedDocument> MappedMechanismsOf(ParsedDocument substance) => Mapped(DocumentKinds.Substance.MechanismList, substance);

    /// <summary>The substances that list a mechanism, in title order.</summary>
    public IReadOnlyList<ParsedDocument> SubstancesOf(ParsedDocument mechanism) => Listing(DocumentKinds.Substance.MechanismList, mechanism);

    /// <summary>The conditions a substance lists (it has been studied for them) that exist, in the order listed.</summary>
    public IReadOnlyList<ParsedDocument> ConditionsOf(ParsedDocument substance) => Listed(DocumentKinds.Substance.ConditionList, substance);

    /// <summary>The substances that list a condition (they have been studied for it), in title order.</summary>
    public IReadOnlyList<ParsedDocument> SubstancesStudiedFor(ParsedDocument condition) => Listing(DocumentKinds.Substance.ConditionList, condition);

    /// <summary>The links written in a document, in document order.</summary>
    public IReadOnlyList<DocumentLink> LinksFrom(ParsedDocument document) => Read(DependencyKinds.LinksFrom, document, Links(document));

    /// <summary>The links that point at a document, in source order.</summary>
    public IReadOnlyList<DocumentLink> LinksTo(ParsedDocument document) =>
        Read(DependencyKinds.LinksTo, document, _linksTo.TryGetValue(document.Id, out var list) ? list : []);

    /// <summary>All links in the site, in source order.</summary>
    public IEnumerable<DocumentLink> AllLinks => NotRecorded(_documents).SelectMany(Links);

    /// <summary>A document's citations and the works they cite, in order of first citation.</summary>
    public PageCitations CitationsOf(ParsedDocument document) => Read(DependencyKinds.Citations, document, _citations.Of(document));

    /// <summary>Every citation of a key in any document, resolved or not, in source order.</summary>
    public IReadOnlyList<Citation> CitationsOfKey(string key) => NotRecorded(_citations).OfKey(key);

    /// <summary>The passages on other pages that cite a reference, in page path and document order.</summary>
    public IReadOnlyList<CitingPassage> CitedBy(ParsedDocument reference) => Read(DependencyKinds.CitedBy, reference, _citations.CitedBy(reference));

    /// <summary>The pages whose passages cite a reference, each once, in page path order.</summary>
    public IReadOnlyList<ParsedDocument> PagesCiting(ParsedDocument reference) => Read(DependencyKinds.PagesCiting, reference, _citations.PagesCiting(reference));

    /// <summary>Whether a citation reads as the text written: an author-in-text citation whose key names no reference ("@twitter").</summary>
    public bool IsText(Parsing.Citations.CitationGroup group) => InTextCitations.IsText(group, _isReference ??= key => References.Find(key) is not null);

    /// <summary>How an author-in-text citation reads in plain text: the authors' names, or the text written when it names no reference.</summary>
    public Parsing.Citations.InTextWords? WordsOf(Parsing.Citations.CitationGroup group) =>
        InTextCitations.Words(group, key => References.Find(key)?.FrontMatter, Config.Strings["and"]);

    /// <summary>All citations in the site, in source order.</summary>
    public IEnumerable<Citation> AllCitations => NotRecorded(_documents).SelectMany(d => _citations.Of(d).Citations);

    /// <summary>A document's claims with the evidence behind each, in document order (none when its kind does not check claims).</summary>
    public IReadOnlyList<ClaimEvidence> ClaimsOf(ParsedDocument document) => Read(DependencyKinds.Claims, document, _claims.Of(document));

    /// <summary>Every claim of every page, in page path and document order.</summary>
    public IEnumerable<ClaimEvidence> AllClaims => NotRecorded(_pages).SelectMany(_claims.Of);

    /// <summary>The claims on a substance's page that link to a mechanism, in document order.</summary>
    public IReadOnlyList<ClaimEvidence> ClaimsLinking(ParsedDocument substance, ParsedDocument mechanism) =>
        Read(DependencyKinds.ClaimsLinking, DependencyKinds.KeyOf(substance, mechanism), _claims.Linking(substance, mechanism));

    /// <summary>The retraction or expression of concern a reference is under (from the retraction data or its own status), or null.</summary>
    public RetractionNotice? RetractionOf(ParsedDocument reference) => Read(DependencyKinds.Retraction, reference, Notice(reference));

    /// <summary>Whether a reference is retracted: it is left out of evidence counts.</summary>
    public bool IsRetracted(ParsedDocument reference) => RetractionOf(reference)?.Nature == RetractionNature.Retraction;

    /// <summary>The strongest mark among a claim's references: a retraction before an expression of concern; null when none is marked.</summary>
    public RetractionNature? RetractionIn(ClaimEvidence claim)
    {
        RetractionNature? strongest = null;
        foreach (var reference in claim.References)
        {
            if (Notice(reference) is { } notice && (strongest is null || notice.Nature < strongest))
            {
                strongest = notice.Nature;
            }
        }

        return strongest;
    }

    /// <summary>
    /// For a claim whose every reference was issued more than <c>evidenceMaxAgeYears</c> before the build date, the
    /// year readers see ("based on studies from before 2011": the year after the newest reference's); otherwise null.
    /// A reference with no issued date is never assumed old; nothing is dated when the setting is off.
    /// </summary>
    public int? EvidenceDatedBefore(ClaimEvidence claim)
    {
        if (_config.EvidenceMaxAgeYears is not { } years || _today is not { } today || claim.References.Count == 0)
        {
            return null;
        }

        var limit = today.AddYears(-years);
        var newest = int.MinValue;
        foreach (var reference in claim.References)
        {
            if (_references.Of(reference)?.FrontMatter.Issued is not { } issued || LastDay(issued) >= limit)
            {
                return null;
            }

            newest = Math.Max(newest, issued.Year);
        }

        return newest + 1;
    }

    // The last day a partial date can mean: 2015 is dated as 2015-12-31, so a work is never made older than it is.
    private static DateOnly LastDay(PartialDate date)
    {
        var month = date.Month ?? 12;
        var year = Math.Clamp(date.Year, 1, 9999);
        return new DateOnly(year, month, date.Day ?? DateTime.DaysInMonth(year, month));
    }

    private IReadOnlyList<ParsedDocument> ListedBy(ListedKind list, ParsedDocument document) =>
        _listed.TryGetValue((list, document.Id), out var found) ? found : [];

    /// <summary>The listed rows of the previous link, for the next to keep where a row holds the same documents.</summary>
    internal IReadOnlyList<ParsedDocument>? ListedRow(ListedKind list, string id) => _listed.GetValueOrDefault((list, id));

    /// <summary>The evidence map's rows of the previous link, for the next to keep where a row holds the same documents.</summary>
    internal IReadOnlyList<ParsedDocument>? MappedRow(ListedKind list, ParsedDocument document) => _mapped.GetValueOrDefault((list, document));

    private List<ParsedDocument> MappedBy(ListedKind list, ParsedDocument document) => MappedRow(list, ListedBy(list, document), Links(document), []);

    /// <summary>
    /// Into <paramref name="row"/> (emptied first), the documents of <paramref name="list"/>'s target kind that a document
    /// lists or links to, in title order: its row of the evidence map.
    /// </summary>
    internal static List<ParsedDocument> MappedRow(ListedKind list, IReadOnlyList<ParsedDocument> listed, IReadOnlyList<DocumentLink> links, List<ParsedDocument> row)
    {
        row.Clear();
        var mapped = row;
        mapped.AddRange(listed);
        foreach (var link in links)
        {
            if (link.Target is { } target && target.Kind == list.Target && !mapped.Contains(target))
            {
                mapped.Add(target);
            }
        }

        // An insertion sort, stable as OrderBy is: a row holds a few documents.
        for (var i = 1; i < mapped.Count; i++)
        {
            var next = mapped[i];
            var j = i - 1;
            for (; j >= 0 && ByTitle(mapped[j], next) > 0; j--)
            {
                mapped[j + 1] = mapped[j];
            }

            mapped[j + 1] = next;
        }

        return mapped;
    }

    private static int ByTitle(ParsedDocument first, ParsedDocument second)
    {
        var byTitle = StringComparer.OrdinalIgnoreCase.Compare(first.Source.Title, second.Source.Title);
        return byTitle != 0 ? byTitle : StringComparer.Ordinal.Compare(first.Id, second.Id);
    }

    private IReadOnlyList<DocumentLink> Links(ParsedDocument document) => _linksFrom.TryGetValue(document, out var list) ? list : [];

    // Most sites have no retraction: asked for every passage of every claim, that is answered without a lookup.
    private RetractionNotice? Notice(ParsedDocument reference) => _retractions.Count > 0 && _retractions.GetValueOrDefault(reference.Id) is { } notice
        && ReferenceEquals(_byId.GetValueOrDefault(reference.Id), reference) ? notice : null;

    // Reading the whole list, or its count, is a read of the kind's list; looking one document up, of that document.
    private KindNodes<TFront> Recording<TFront>(KindNodes<TFront> nodes, DependencyKind kind)
        where TFront : FrontMatter =>
        nodes.Recording(
            () => _reads!.Read(kind, string.Empty, nodes.Documents),
            () => _reads!.Read(kind, string.Empty, nodes.Documents, countOnly: true),
            document => _reads!.Read(document));

    // What a page reads is recorded; a list is handed out so that reading its count alone is recorded as such.
    private IReadOnlyList<T> Read<T>(DependencyKind kind, string key, IReadOnlyList<T> value) =>
        _reads is null ? value : new RecordingList<T>(value, _reads, kind, key);

    private IReadOnlyList<T> Read<T>(DependencyKind kind, ParsedDocument document, IReadOnlyList<T> value) => Read(kind, DependencyKinds.KeyOf(document), value);

    private T Read<T>(DependencyKind kind, ParsedDocument document, T value)
    {
        _reads?.Read(kind, DependencyKinds.KeyOf(document), value);
        return value;
    }

    private T Read<T>(DependencyKind kind, T value)
    {
        _reads?.Read(kind, string.Empty, value);
        return value;
    }

    // A page that read this would not be made again when it changes: no page may, until a kind of read records it.
    private T NotRecorded<T>(T value) => _reads is null
        ? value
        : throw new InvalidOperationException("A page read a part of the site graph that no kind of dependency records; add one to DependencyKinds.");

    private static KindNodes<TFront> Nodes<TFront>(DocumentKind kind, List<(ParsedDocument Item, TFront FrontMatter)> documents)
        where TFront : FrontMatter
    {
        var nodes = documents.Select(d => new DocumentNode<TFront>(d.Item, d.FrontMatter));
        return new KindNodes<TFront>(kind.ListedByTitle
            ? nodes.OrderBy(n => n.Title, StringComparer.OrdinalIgnoreCase).ThenBy(n => n.Id, StringComparer.Ordinal)
            : nodes.OrderBy(n => n.Id, StringComparer.Ordinal));
    }
}
