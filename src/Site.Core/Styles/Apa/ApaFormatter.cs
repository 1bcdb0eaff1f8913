using System.Globalization;
using Site.Core.Content;
using static Site.Core.Styles.EntryRun;

namespace Site.Core.Styles.Apa;

/// <summary>
/// Formats a reference as an APA 7 reference-list entry, as citation-js's <c>apa</c> template does (the CSL style
/// "American Psychological Association 7th edition"):
/// <c>Jones, J. L., Mateus, C. F., &amp; Back, S. E. (2018). Title. <i>Front Psychiatry</i>, <i>9</i>(3), 277. https://doi.org/10.3389/fpsyt.2018.00277</c>
/// </summary>
/// <remarks>
/// The differences kept from citation-js, each for its reason, are listed in the test that compares the two
/// (<c>ApaFormatterTests</c>). Variables the record has no property for (editor, edition, report number, genre...)
/// are not formatted: the entry is the style's for an item that lacks them.
/// </remarks>
public static class ApaFormatter
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Formats one reference; <paramref name="suffix"/> is its year suffix ("a" in "2018a"), or null.</summary>
    public static FormattedEntry Format(ReferenceFrontMatter reference, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var r = EntryFields.Cleaned(reference);
        var authors = Of(ApaNames.List(r.Authors), EntryPart.Authors);
        var date = Of(Date(r, suffix), EntryPart.Publication).Wrap("(", ").");
        var title = Join(" ", Title(r), Descriptors(r));

        // A work without an author is listed under its title, which then is not repeated.
        var head = authors.IsEmpty
            ? Join(" ", title.Wrap("", "."), date)
            : Join(" ", authors.Wrap("", "."), date, title.Wrap("", "."));
        return new FormattedEntry(Join(" ", head, Source(r).Wrap("", "."), Link(r)).Segments, ApaStyle.Name);
    }

    /// <summary>
    /// Whether the work is part of a periodical or a book, so that its title is plain and the whole's title is the
    /// one in italics; a standalone work (a book, a report, a web page) has its own title in italics.
    /// </summary>
    internal static bool IsPart(ReferenceFrontMatter r) =>
        IsPeriodical(r.Type) || IsInBook(r) || r.Type is "paper-conference";

    /// <summary>"2018a", "2023, May 10", "n.d.-a": the date as the reference list and the text show it.</summary>
    internal static string Year(PartialDate? issued, string? suffix) =>
        issued is { } date ? date.Year.ToString(CultureInfo.InvariantCulture) + suffix : "n.d." + (suffix is null ? "" : "-" + suffix);

    private static string Date(ReferenceFrontMatter r, string? suffix)
    {
        var year = Year(r.Issued, suffix);
        // Works of a day or a month (news, magazines, web pages) carry their month and day; the rest the year alone.
        if (r.Issued is not { Month: { } month } date || r.Type is not ("article-magazine" or "article-newspaper" or "webpage" or "post" or "post-weblog"))
        {
            return year;
        }

        return date.Day is { } day
            ? $"{year}, {Months[month - 1]} {day.ToString(CultureInfo.InvariantCulture)}"
            : $"{year}, {Months[month - 1]}";
    }

    private static EntryRun Title(ReferenceFrontMatter r)
    {
        var title = Of(r.Title, EntryPart.Title);
        return IsPart(r) ? title : title.Italic();
    }

    // A standalone work's volume and pages go in parentheses after its title: "(Vol. 2, pp. 100–120)"; a dataset says what it is.
    private static EntryRun Descriptors(ReferenceFrontMatter r)
    {
        if (IsPart(r))
        {
            return Empty;
        }

        var volume = Of(r.Volume is { } v ? CslNumbers.Number(v) : null, EntryPart.Locator).Wrap(r.Volume is { } vs && CslNumbers.IsPlural(vs) ? "Vols. " : "Vol. ", "");
        var parts = Join(", ", volume, Pages(r)).Wrap("(", ")");
        return Join(" ", parts, r.Type == "dataset" ? Words("[Dataset]") : Empty);
    }

    private static EntryRun Source(ReferenceFrontMatter r)
    {
        if (IsPeriodical(r.Type) || r.Type is "paper-conference")
        {
            var volumeAndIssue = Join(
                "",
                Of(r.Volume is { } volume ? CslNumbers.Number(volume) : null, EntryPart.Locator).Italic(),
                Of(r.Issue is { } issue ? CslNumbers.Number(issue) : null, EntryPart.Locator).Wrap("(", ")"));
            var pages = r.Page is { } page ? Of(CslNumbers.ExpandedPages(page), EntryPart.Locator) : Empty;
            return Join(", ", Of(r.ContainerTitle, EntryPart.Container).Italic(), volumeAndIssue, pages);
        }

        var publisher = Of(r.Publisher, EntryPart.Publication);
        if (IsInBook(r))
        {
            var whole = Join(" ", Of(r.ContainerTitle, EntryPart.Container).Italic(), Pages(r).Wrap("(", ")")).Wrap("In ", "");
            return Join(". ", whole, publisher);
        }

        // A web page's site is named after its title, as its publisher would be.
        return Join(". ", r.Type == "webpage" ? Of(r.ContainerTitle, EntryPart.Container) : Empty, publisher);
    }

    private static EntryRun Pages(ReferenceFrontMatter r) =>
        r.Page is not { } page ? Empty
            : Of(CslNumbers.ExpandedPages(page), EntryPart.Locator).Wrap(CslNumbers.IsPlural(page) ? "pp. " : "p. ", "");

    // The DOI as an address, else the URL; nothing follows it, not even a period (APA 7, 9.35). An undated page that may
    // change says when it was seen (9.16): "Retrieved March 15, 2024, from https://...".
    private static EntryRun Link(ReferenceFrontMatter r)
    {
        if (r.Doi is { } doi)
        {
            return Of("https://doi.org/" + doi, EntryPart.Doi, r.DoiUrl);
        }

        var url = Of(r.Url, EntryPart.Availability, r.Url);
        if (r.Issued is not null || r.Accessed is not { Month: { } month } seen)
        {
            return url;
        }

        var day = seen.Day is { } d ? " " + d.ToString(CultureInfo.InvariantCulture) + "," : ",";
        return url.Wrap($"Retrieved {Months[month - 1]}{day} {seen.Year.ToString(CultureInfo.InvariantCulture)}, from ", "");
    }

    private static bool IsPeriodical(string? type) =>
        type is "article-journal" or "article-magazine" or "article-newspaper" or "review" or "review-book" or "periodical";

    // A chapter or an entry is in a book; a preprint or other article with a container is in its series or server.
    private static bool IsInBook(ReferenceFrontMatter r) =>
        r.Type is "chapter" or "entry" or "entry-dictionary" or "entry-encyclopedia" || (r.Type == "article" && r.ContainerTitle is not null);
}
