namespace Site.Core.Rendering.Models;

/// <summary>An entry in a page's reference list.</summary>
/// <param name="Number">Its number on the page, in a numbered style; null in an author-date style.</param>
/// <param name="Label">How back-links name it: "reference 3", "Jones et al., 2018a".</param>
/// <param name="Reference">The reference.</param>
/// <param name="Backlinks">The ids of the citations on the page that cite it, in document order.</param>
/// <param name="Mark">Whether the work is retracted or under an expression of concern; null for neither.</param>
public sealed record CitedReference(int? Number, string Label, ReferenceEntry Reference, IReadOnlyList<string> Backlinks, Retractions.RetractionNature? Mark = null)
{
    /// <summary>The mark of <see cref="Mark"/> as a reference list shows it, in the site's language, or null.</summary>
    public Mark? RetractionMark { get; init; }

    /// <summary>The ways back to each citation of the work on the page, in document order.</summary>
    public IReadOnlyList<Backlink> Returns => field ??= [.. Backlinks.Select((id, i) => new Backlink(id, i + 1, Styles.Letters.Of(i)))];
}
