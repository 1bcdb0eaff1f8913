using System.Text;
using System.Text.RegularExpressions;
using Site.Core.Content;
using static Site.Core.Styles.EntryRun;

namespace Site.Core.Styles.Vancouver;

/// <summary>
/// Formats a reference as the CSL style "NLM/Vancouver: Citing Medicine 2nd edition
/// (citation-sequence)" does (citation-js's <c>vancouver</c> template), without the citation number:
/// <c>Jones JL, Mateus CF. Title. Front Psychiatry. 2018 Jul 24;9:277. doi:10.3389/fpsyt.2018.00277 PubMed PMID: 30140240.</c>
/// </summary>
/// <remarks>
/// The private methods follow the style's macros and mostly carry their names (<c>MediumAfterTitle</c> is
/// <c>type-of-medium</c> where the bibliography calls it), so the two can be read side by side. Variables the record has no property for (editor, edition, number, genre, medium, collection-title,
/// PMCID, archive...), kept in its <see cref="ReferenceFrontMatter.Variables"/> for the exports, are not formatted: the
/// entry is the style's for an item that lacks them.
/// </remarks>
public static partial class VancouverFormatter
{
    private const int EtAlMin = 7;
    private const int EtAlUseFirst = 6;

    // Short month terms, with the periods the style strips.
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Formats one reference as segments; <see cref="FormattedEntry.Text"/> is the plain text.</summary>
    public static FormattedEntry Format(ReferenceFrontMatter reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var r = EntryFields.Cleaned(reference);

        var description = Join(
            ". ",
            Author(r),
            Join(" ", Title(r), MediumAfterTitle(r)),
            ContainerTitle(r).Wrap(IsPartOfWhole(r.Type) ? "In: " : "", ""),
            Join("; ", Publisher(r), Join(";", Date(r), IdentifierSerial(r))),
            LocationPaginationMonographic(r),
            WebpagePart(r)).Wrap("", ".");

        return new FormattedEntry(Join(" ", description, Availability(r), Notes(r)).Segments, VancouverStyle.Name);
    }

    private static EntryRun Author(ReferenceFrontMatter r)
    {
        if (r.Authors.Count == 0)
        {
            // The style would substitute editors here; the model has none.
            return Empty;
        }

        var shown = r.Authors.Count >= EtAlMin ? r.Authors.Take(EtAlUseFirst) : r.Authors;
        var names = string.Join(", ", shown.Select(a => a.Vancouver));
        return Of(r.Authors.Count >= EtAlMin ? names + ", et al." : names, EntryPart.Authors);
    }

    // A page of a website is listed under the website's name, its own title coming later (webpage-part).
    private static EntryRun Title(ReferenceFrontMatter r) =>
        IsWebpageOnSite(r) ? Of(r.ContainerTitle, EntryPart.Container) : Of(r.Title, EntryPart.Title);

    // "[Internet]" goes after whatever names the work first: the title when there is no container.
    private static EntryRun MediumAfterTitle(ReferenceFrontMatter r) =>
        (IsWebpageOnSite(r) || r.ContainerTitle is null) && !IsPartOfWhole(r.Type) && r.Url is not null
            ? Words("[Internet]")
            : Empty;

    private static EntryRun ContainerTitle(ReferenceFrontMatter r)
    {
        if (r.Type == "webpage")
        {
            return Empty;
        }

        if (r.ContainerTitle is { } container)
        {
            // Journal titles are abbreviations written without periods (N Engl J Med).
            var name = r.Type is "article-journal" or "review" or "review-book" ? StripPeriods(container) : container;
            var medium = r.Url is not null && !IsIndexedArticle(r) ? Words("[Internet]") : Empty;
            return Join(" ", Of(name, EntryPart.Container), medium);
        }

        // Bills, legislation and speeches show a section, number or event here; the model has none.
        if (r.Type is "bill" or "legislation" or "speech" || r.Volume is not { } volume)
        {
            return Empty;
        }

        var label = CslNumbers.IsNumeric(volume) ? CslNumbers.IsPlural(volume) ? "Vols. " : "Vol. " : "";
        return Of(CslNumbers.Number(volume), EntryPart.Locator).Wrap(label, "");
    }

    private static EntryRun Publisher(ReferenceFrontMatter r)
    {
        // A serial's publisher is not given: the journal identifies it.
        if (CslTypes.IsSerial(r.Type))
        {
            return Empty;
        }

        var place = r.Type switch
        {
            "thesis" => Of(r.PublisherPlace, EntryPart.Publication).Wrap("[", "]"),
            "speech" => Empty,
            _ => Of(r.PublisherPlace, EntryPart.Publication),
        };
        return Join(": ", place, Of(r.Publisher, EntryPart.Publication));
    }

    private static EntryRun Date(ReferenceFrontMatter r)
    {
        if (CslTypes.IsSerial(r.Type))
        {
            var cited = IsIndexedArticle(r) ? Empty : DateOfCitation(r);
            var page = r.Type == "article-newspaper" ? Page(r) : Empty;
            return Join(":", Join(" ", IssuedDate(r.Issued, DateParts.Full), cited), page);
        }

        return r.Type switch
        {
            "bill" or "legislation" => IssuedDate(r.Issued, DateParts.Full),
            "speech" => Join(" ", IssuedDate(r.Issued, DateParts.Full), DateOfCitation(r)),
            "report" => Join(" ", IssuedDate(r.Issued, DateParts.YearMonth), DateOfCitation(r)),
            _ => Join(" ", IssuedDate(r.Issued, DateParts.Year), DateOfCitation(r)),
        };
    }

    private static EntryRun IdentifierSerial(ReferenceFrontMatter r)
    {
        if (r.Type is not ("article-journal" or "article-magazine" or "periodical" or "post-weblog" or "review" or "review-book"))
        {
            return Empty;
        }

        var volumeAndIssue = Join("", Locator(r.Volume), Locator(r.Issue).Wrap("(", ")"));
        return Join(":", volumeAndIssue, Page(r));
    }

    private static EntryRun DateOfCitation(ReferenceFrontMatter r) =>
        r.Url is null ? Empty : FormatDate(r.Accessed, DateParts.Full, EntryPart.Accessed).Wrap("[cited ", "]");

    private static EntryRun LocationPaginationMonographic(ReferenceFrontMatter r) =>
        // A serial's pages follow its volume; a book's extent would be its number of pages, which the model lacks.
        r.Type is "article-journal" or "article-magazine" or "article-newspaper" or "review" or "review-book" or "book"
            ? Empty
            : Page(r).Wrap("p. ", "");

    private static EntryRun WebpagePart(ReferenceFrontMatter r) =>
        IsWebpageOnSite(r) ? Of(r.Title, EntryPart.Title) : Empty;

    private static EntryRun Availability(ReferenceFrontMatter r)
    {
        var url = IsIndexedArticle(r) ? Empty : Of(r.Url, EntryPart.Availability, r.Url).Wrap("Available from: ", "");
        var doi = Of(r.Doi, EntryPart.Doi, r.DoiUrl).Wrap("doi:", "");
        return Join(" ", url, doi);
    }

    private static EntryRun Notes(ReferenceFrontMatter r) =>
        Of(r.Pmid, EntryPart.Pmid, r.PubMedUrl).Wrap("PubMed PMID: ", ".");

    private static EntryRun Page(ReferenceFrontMatter r) =>
        r.Page is null ? Empty : Of(CslNumbers.Pages(r.Page), EntryPart.Locator);

    private static EntryRun Locator(string? value) =>
        value is null ? Empty : Of(CslNumbers.Number(value), EntryPart.Locator);

    private static EntryRun IssuedDate(PartialDate? date, DateParts parts) => FormatDate(date, parts, EntryPart.Publication);

    // "2018 Jul 24", "2018 Jul" or "2018", never more precise than the date is.
    private static EntryRun FormatDate(PartialDate? date, DateParts parts, EntryPart part)
    {
        if (date is not { } d)
        {
            return Empty;
        }

        var text = new StringBuilder(d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (parts != DateParts.Year && d.Month is { } month)
        {
            text.Append(' ').Append(Months[month - 1]);
            if (parts == DateParts.Full && d.Day is { } day)
            {
                text.Append(' ').Append(day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return Of(text.ToString(), part);
    }

    // An article a reader finds through its DOI or PubMed id is not marked as online, nor given its URL
    // or the date it was seen: the identifier replaces them.
    private static bool IsIndexedArticle(ReferenceFrontMatter r) =>
        r.Type == "article-journal" && (r.Doi is not null || r.Pmid is not null);

    private static bool IsWebpageOnSite(ReferenceFrontMatter r) => r.Type == "webpage" && r.ContainerTitle is not null;

    // Parts of a larger work: "In: " goes before the whole, which alone carries "[Internet]".
    private static bool IsPartOfWhole(string? type) =>
        type is "chapter" or "paper-conference" or "entry-dictionary" or "entry-encyclopedia";

    // citeproc-js's strip-periods: a period followed by a lower-case letter ("Wiley.com") stays.
    private static string StripPeriods(string text) => PeriodToStrip().Replace(text, "$1");

    [GeneratedRegex(@"\.([^a-z]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodToStrip();
}
