using Site.Core.Content;
using Site.Core.Kinds;

namespace Site.Core.Styles.Apa;

/// <summary>
/// The order of an APA reference list (APA 7, 9.44–9.47): by the authors' family names, then initials, one name
/// at a time, a shorter list first; a work without authors by its title, leaving out an opening "A", "An" or "The";
/// then by year, undated works first; then by title.
/// </summary>
internal sealed class ApaOrder : IComparer<DocumentNode<ReferenceFrontMatter>>
{
    /// <summary>The one instance.</summary>
    public static ApaOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(DocumentNode<ReferenceFrontMatter>? x, DocumentNode<ReferenceFrontMatter>? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var (a, b) = (x.FrontMatter, y.FrontMatter);
        var byAuthors = CompareAuthors(Names(a), Names(b));
        if (byAuthors != 0)
        {
            return byAuthors;
        }

        var byYear = (a.Year ?? int.MinValue).CompareTo(b.Year ?? int.MinValue);
        if (byYear != 0)
        {
            return byYear;
        }

        var byTitle = StringComparer.OrdinalIgnoreCase.Compare(WithoutArticle(a.Title), WithoutArticle(b.Title));
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Id, y.Id);
    }

    // Each author as its family name and initials; a work without one as its title.
    private static IReadOnlyList<(string Family, string Initials)> Names(ReferenceFrontMatter r) =>
        r.Authors.Count == 0 ? [(WithoutArticle(r.Title), "")] : [.. r.Authors.Select(a => (a.Family, ApaNames.Initials(a)))];

    private static int CompareAuthors(IReadOnlyList<(string Family, string Initials)> a, IReadOnlyList<(string Family, string Initials)> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var family = StringComparer.OrdinalIgnoreCase.Compare(a[i].Family, b[i].Family);
            if (family != 0)
            {
                return family;
            }

            var initials = StringComparer.OrdinalIgnoreCase.Compare(a[i].Initials, b[i].Initials);
            if (initials != 0)
            {
                return initials;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    private static string WithoutArticle(string title)
    {
        var trimmed = title.Trim();
        foreach (var article in (ReadOnlySpan<string>)["A ", "An ", "The "])
        {
            if (trimmed.StartsWith(article, StringComparison.OrdinalIgnoreCase) && trimmed.Length > article.Length)
            {
                return trimmed[article.Length..];
            }
        }

        return trimmed;
    }
}
