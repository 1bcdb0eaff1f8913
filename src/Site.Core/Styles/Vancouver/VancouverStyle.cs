using Markdig.Renderers;
using Site.Core.Content;
using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Parsing.Citations;

namespace Site.Core.Styles.Vancouver;

/// <summary>
/// Vancouver (NLM's <i>Citing Medicine</i>): each page numbers the works it cites in order of first citation, shows
/// the numbers as superscripts with ranges collapsed, and lists the works by number; entries as citation-js's
/// <c>vancouver</c> template formats them.
/// </summary>
public sealed class VancouverStyle : ICitationStyle
{
    /// <summary>The name site.yml gives the style.</summary>
    public const string Name = "vancouver";

    string ICitationStyle.Name => Name;

    /// <inheritdoc />
    public string Summary => "superscript numbers in order of first citation on each page, ranges collapsed (1–3,5), and a numbered reference list in NLM's Citing Medicine format";

    /// <inheritdoc />
    public bool Numbered => true;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Disambiguate(IReadOnlyList<DocumentNode<ReferenceFrontMatter>> references) => new Dictionary<string, string>();

    /// <inheritdoc />
    public FormattedEntry Format(ReferenceFrontMatter reference, string? suffix) => VancouverFormatter.Format(reference);

    /// <inheritdoc />
    public IReadOnlyList<DocumentNode<ReferenceFrontMatter>> Sort(IEnumerable<DocumentNode<ReferenceFrontMatter>> references, PreparedStyle prepared) =>
    [
        // Without numbers to follow, the bibliography sorts as reference lists by author do: first author, year, title.
        .. references
            .OrderBy(r => r.FrontMatter.Authors.FirstOrDefault()?.Family ?? r.FrontMatter.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.FrontMatter.Year ?? int.MaxValue)
            .ThenBy(r => r.FrontMatter.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Id, StringComparer.Ordinal),
    ];

    /// <inheritdoc />
    public IReadOnlyList<CitedWork> ListOrder(PageCitations citations, PreparedStyle prepared) => citations.Works;

    /// <inheritdoc />
    public string ListLabel(CitedWork work, PreparedStyle prepared) => prepared.Strings.FormatNumber("reference_number", "number", work.Order);

    /// <inheritdoc />
    public void Write(HtmlRenderer renderer, CitationGroup group, PageCitations citations, PreparedStyle prepared) =>
        VancouverCitations.Write(renderer, group, citations, prepared);

    /// <inheritdoc />
    public bool SetsAgainstWord(CitationGroup group) => VancouverCitations.SetsAgainstWord(group);
}
