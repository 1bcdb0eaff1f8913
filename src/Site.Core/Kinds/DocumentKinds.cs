using Site.Core.Content;

namespace Site.Core.Kinds;

/// <summary>
/// The registry of document kinds: every list of kinds (the folders the loader knows, <c>site.yml</c>'s <c>claims:</c>
/// keys, <c>site new</c>'s kinds, the sections in breadcrumbs, the kinds' list pages) derives from <see cref="All"/>.
/// </summary>
public static class DocumentKinds
{
    /// <summary>Any markdown file outside the kind folders; <c>index.md</c> is the home page.</summary>
    public static PageKind Page { get; } = new();

    /// <summary><c>input/mechanisms/*.md</c>.</summary>
    public static MechanismKind Mechanism { get; } = new();

    /// <summary><c>input/conditions/*.md</c>.</summary>
    public static ConditionKind Condition { get; } = new();

    /// <summary><c>input/substances/*.md</c>.</summary>
    public static SubstanceKind Substance { get; } = new(Mechanism, Condition);

    /// <summary><c>input/references/*.md</c>; the id is the citation key.</summary>
    public static ReferenceKind Reference { get; } = new();

    /// <summary>Every kind, in the order the site lists them (navigation, breadcrumbs, <c>site new</c>).</summary>
    public static IReadOnlyList<DocumentKind> All { get; } = [Substance, Mechanism, Condition, Reference, Page];

    /// <summary>The kinds that have a folder of their own, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<DocumentKind> WithFolder { get; } = [.. All.Where(k => k.Folder is not null)];

    private static readonly Dictionary<string, DocumentKind> ByFolder = WithFolder.ToDictionary(k => k.Folder!, StringComparer.Ordinal);

    /// <summary>The names of the kinds, as <c>site new</c> takes them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(k => k.Name)];

    /// <summary>The kind of a file from its path relative to input/ ('/' separators).</summary>
    public static DocumentKind FromPath(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? Page : ByFolder.GetValueOrDefault(relativePath[..slash]) ?? Page;
    }

    /// <summary>The kind of a name (<c>site new</c>'s argument), or null.</summary>
    public static DocumentKind? Named(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>The kind a <c>site.yml</c> <c>claims:</c> key names ("substances" or "substance"), or null.</summary>
    public static DocumentKind? OfClaimsKey(string key) => All.FirstOrDefault(k => k.ClaimsKey == key || k.Name == key);

    /// <summary>The keys <c>site.yml</c>'s <c>claims:</c> takes: each kind's name and its plural.</summary>
    public static IReadOnlyList<string> ClaimsKeys { get; } = [.. All.SelectMany(k => new[] { k.Name, k.ClaimsKey })];

    /// <summary>Each kind's claim policy when site.yml does not set one.</summary>
    public static IReadOnlyDictionary<DocumentKind, ClaimPolicy> DefaultClaims => All.ToDictionary(k => k, k => k.DefaultClaims);
}
