using Site.Core.Content;

namespace Site.Core.Styles;

/// <summary>What every style does to a reference's fields before it formats them.</summary>
internal static class EntryFields
{
    /// <summary>
    /// The fields trimmed, and blank ones left out: surrounding spaces would otherwise hide a final period from the
    /// doubled-punctuation rule, and a blank field would print its punctuation around nothing.
    /// </summary>
    public static ReferenceFrontMatter Cleaned(ReferenceFrontMatter r) => r with
    {
        Title = r.Title.Trim(),
        Type = Clean(r.Type),
        ContainerTitle = Clean(r.ContainerTitle),
        Publisher = Clean(r.Publisher),
        PublisherPlace = Clean(r.PublisherPlace),
        Volume = Clean(r.Volume),
        Issue = Clean(r.Issue),
        Page = Clean(r.Page),
        Doi = Clean(r.Doi),
        Pmid = Clean(r.Pmid),
        Url = Clean(r.Url),
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
