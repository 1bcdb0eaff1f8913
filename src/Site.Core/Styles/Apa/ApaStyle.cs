using Markdig.Renderers;
using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Parsing.Citations;

namespace Site.Core.Styles.Apa;

/// <summary>
/// APA 7 author-date: citations read "(Jones et al., 2018, p. 3)", with "et al." from three authors, and every page's
/// reference list and the bibliography are sorted by author; entries as citation-js's <c>apa</c> template formats them.
/// Works the label would confuse (the same names and year) get year suffixes, "2018a" and "2018b", assigned once for
/// the whole site in the order of the reference list, so a work has the same label on every page.
/// </summary>
public sealed class ApaStyle : ICitationStyle
{
    /// <summary>The name site.yml gives the style.</summary>
    public const string Name = "apa";

    string ICitationStyle.Name => Name;

    /// <inheritdoc />
    public string Summary => "APA 7 author-date citations in parentheses, (Jones et al., 2018, p. 3), year suffixes (2018a, 2018b) for works the label would confuse, and reference lists sorted by author";

    /// <inheritdoc />
    public bool Numbered => false;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Disambiguate(IReadOnlyList<DocumentNode<ReferenceFrontMatter>> references)
    {
        var suffixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var sorted = references.Order(ApaOrder.Instance);
        foreach (var same in sorted.GroupBy(r => ApaLabel.Of(r.FrontMatter, null), LabelComparer.Instance))
        {
            var works = same.ToList();
            if (works.Count < 2)
            {
                continue;
            }

            for (var i = 0; i < works.Count; i++)
            {
                suffixes[works[i].Id] = Letters.Of(i);
            }
        }

        return suffixes;
    }

    /// <inheritdoc />
    public FormattedEntry Format(ReferenceFrontMatter reference, string? suffix) => ApaFormatter.Format(reference, suffix);

    /// <inheritdoc />
    public IReadOnlyList<DocumentNode<ReferenceFrontMatter>> Sort(IEnumerable<DocumentNode<ReferenceFrontMatter>> references, PreparedStyle prepared) =>
        [.. references.Order(ApaOrder.Instance)];

    /// <inheritdoc />
    public IReadOnlyList<CitedWork> ListOrder(PageCitations citations, PreparedStyle prepared) => [.. citations.Works.Order(WorkOrder(prepared))];

    /// <inheritdoc />
    public string ListLabel(CitedWork work, PreparedStyle prepared) =>
        ApaLabel.Of(prepared.ReferenceOf(work).FrontMatter, prepared.SuffixOf(work.Reference.Id)).Text;

    /// <inheritdoc />
    public void Write(HtmlRenderer renderer, CitationGroup group, PageCitations citations, PreparedStyle prepared) =>
        ApaCitations.Write(renderer, group, citations, prepared, WorkOrder(prepared));

    /// <inheritdoc />
    public bool SetsAgainstWord(CitationGroup group) => false;

    // A page's works in the reference list's order.
    private static IComparer<CitedWork> WorkOrder(PreparedStyle prepared) =>
        Comparer<CitedWork>.Create((x, y) => ApaOrder.Instance.Compare(prepared.ReferenceOf(x), prepared.ReferenceOf(y)));

    // Two works are confused when their labels read the same: names (or title) and year, whatever the case of the names.
    private sealed class LabelComparer : IEqualityComparer<ApaLabel>
    {
        public static LabelComparer Instance { get; } = new();

        public bool Equals(ApaLabel? x, ApaLabel? y) =>
            x is not null && y is not null && string.Equals(x.Text, y.Text, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(ApaLabel obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Text);
    }
}
