namespace Site.Core.Diagnostics;

/// <summary>Every rule the generator knows. Codes are stable: tools and site.yml overrides refer to them.</summary>
public static class DiagnosticDescriptors
{
    /// <summary>Front matter that is not valid YAML, is never closed, or holds a value of the wrong type.</summary>
    public static readonly DiagnosticDescriptor InvalidFrontMatter = new("invalid-front-matter", DiagnosticSeverity.Error, "Front matter must be a YAML mapping between '---' lines, with values of the expected types; a field that is written has a value.");

    /// <summary>A required front matter field is absent or empty.</summary>
    public static readonly DiagnosticDescriptor MissingField = new("missing-field", DiagnosticSeverity.Error, "A required front matter field is missing.");

    /// <summary>A front matter field the kind does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new("unknown-field", DiagnosticSeverity.Error, "A front matter field is not defined for this kind of document.");

    /// <summary>An id, file name or identifier that is not in the required form.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = new("invalid-identifier", DiagnosticSeverity.Error, "An identifier is not in the required form.");

    /// <summary>Two documents share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new(
        "duplicate-id", DiagnosticSeverity.Error, "Document ids must be unique across the whole site.",
        PinnedBecause: "two documents with one id would be published at one URL, and links to either would lead to the other");

    /// <summary>A pinned claim anchor that another claim, pin or heading of its page already has, or a claim's second pin.</summary>
    public static readonly DiagnosticDescriptor DuplicateAnchor = new(
        "duplicate-anchor", DiagnosticSeverity.Error, "A claim's pinned anchor must be the only element of its page with that id, and a claim has one pin.");

    /// <summary>A page would be written where the generator writes one of its own pages.</summary>
    public static readonly DiagnosticDescriptor ReservedUrl = new(
        "reserved-url", DiagnosticSeverity.Error, "A page's URL is one the generator uses for its own pages.",
        PinnedBecause: "a page on a URL the site uses itself would replace one of its own pages");

    /// <summary>A substance names a mechanism that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownMechanism = new("unknown-mechanism", DiagnosticSeverity.Error, "A substance lists a mechanism id that no mechanism page has.");

    /// <summary>A link to a page or file that does not exist.</summary>
    public static readonly DiagnosticDescriptor BrokenLink = new("broken-link", DiagnosticSeverity.Error, "A link points to a page or file that does not exist.");

    /// <summary>A link to an anchor the target page does not have.</summary>
    public static readonly DiagnosticDescriptor BrokenAnchor = new("broken-anchor", DiagnosticSeverity.Error, "A link points to an anchor that the target page does not contain.");

    /// <summary>A citation whose key is not a reference.</summary>
    public static readonly DiagnosticDescriptor UnknownCitation = new("unknown-citation", DiagnosticSeverity.Error, "A citation key does not name a reference.");

    /// <summary>A claim (or, under the sentence policy, a sentence) with no reference behind it.</summary>
    public static readonly DiagnosticDescriptor UncitedClaim = new("uncited-claim", DiagnosticSeverity.Error, "Every claim must cite a reference that supports it.");

    /// <summary>A reference that nothing cites.</summary>
    public static readonly DiagnosticDescriptor UnusedReference = new("unused-reference", DiagnosticSeverity.Warning, "A reference is not cited by any page.");

    /// <summary>Markdown that cannot be parsed (nested beyond any sensible depth).</summary>
    public static readonly DiagnosticDescriptor InvalidMarkdown = new("invalid-markdown", DiagnosticSeverity.Error, "The markdown body cannot be parsed.");

    /// <summary>Raw HTML in markdown, which is escaped rather than passed through.</summary>
    public static readonly DiagnosticDescriptor RawHtml = new("raw-html", DiagnosticSeverity.Warning, "Raw HTML in markdown is shown as text, not passed through.");

    /// <summary>A file whose bytes are not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding = new("invalid-encoding", DiagnosticSeverity.Error, "Source files must be UTF-8.");

    /// <summary>A file that could not be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new("unreadable-file", DiagnosticSeverity.Error, "A source file could not be read.");

    /// <summary>A symbolic link that leads outside the input folder (or to a folder outside it): never read, copied or served.</summary>
    public static readonly DiagnosticDescriptor UnsafeLink = new(
        "unsafe-link", DiagnosticSeverity.Error, "Nothing outside the input folder is published: a symbolic link must lead to a file inside it.",
        PinnedBecause: "a link out of the input folder could publish any file on the machine that builds the site");

    /// <summary>A bibliography file, or an entry of one, that cannot be read as its format says (site import).</summary>
    public static readonly DiagnosticDescriptor InvalidBibliography = new("invalid-bibliography", DiagnosticSeverity.Error, "An entry of a bibliography file cannot be read: a syntax error, a date that is no date, an entry without a title.");

    /// <summary>An entry type a bibliography format has and CSL does not: mapped to the nearest CSL type (site import).</summary>
    public static readonly DiagnosticDescriptor UnknownEntryType = new("unknown-entry-type", DiagnosticSeverity.Warning, "A bibliography entry's type has no CSL equivalent; the nearest CSL type is used.");

    /// <summary>An imported entry whose DOI or PMID is already a reference's, or another entry's of the same import: not written twice.</summary>
    public static readonly DiagnosticDescriptor AlreadyPresent = new("already-present", DiagnosticSeverity.Info, "An imported entry is already a reference of the site (same DOI or PMID), or appears twice in the import.");

    /// <summary>A page whose review is overdue, or dated after the build.</summary>
    public static readonly DiagnosticDescriptor StaleReview = new("stale-review", DiagnosticSeverity.Warning, "A page's 'reviewed' date is older than reviewMaxAgeMonths, or in the future.");

    /// <summary>The retraction data file is missing, unreadable, or not the Retraction Watch CSV, or one of its rows cannot be read.</summary>
    public static readonly DiagnosticDescriptor InvalidRetractions = new("invalid-retractions", DiagnosticSeverity.Error, "The retraction data (site.yml 'retractions', or --retractions) must be a readable Retraction Watch CSV file inside the input folder.");

    /// <summary>A citation of a retracted work.</summary>
    public static readonly DiagnosticDescriptor RetractedReference = new("retracted-reference", DiagnosticSeverity.Error, "A page cites a work that has been retracted.");

    /// <summary>A citation of a work under an expression of concern.</summary>
    public static readonly DiagnosticDescriptor ExpressionOfConcern = new("expression-of-concern", DiagnosticSeverity.Warning, "A page cites a work its journal has published an expression of concern about.");

    /// <summary>A claim whose references are all older than evidenceMaxAgeYears.</summary>
    public static readonly DiagnosticDescriptor DatedEvidence = new("dated-evidence", DiagnosticSeverity.Warning, "Every reference behind a claim was published more than evidenceMaxAgeYears before the build.");

    /// <summary>A build with <c>--previous</c> on a site without <c>baseUrl</c>: the Atom feed of changes needs absolute ids and links, so only /changes/ is written.</summary>
    public static readonly DiagnosticDescriptor FeedWithoutBaseUrl = new("feed-without-base-url", DiagnosticSeverity.Warning, "The Atom feed of changes (/changes.xml) needs site.yml's baseUrl for its absolute ids and links; without it only /changes/ is written.");

    /// <summary>A page that still carries the scaffold's instructions or a value marked unfinished.</summary>
    public static readonly DiagnosticDescriptor UnfinishedPage = new(
        "unfinished-page", DiagnosticSeverity.Error, "A page still carries text marked unfinished: the scaffold's '::: unfinished' instructions or a '!unfinished' value.",
        PinnedBecause: "the page would publish the scaffold's instructions and placeholders to readers");

    /// <summary>A page that no other page, list or navigation of the built site links to.</summary>
    public static readonly DiagnosticDescriptor UnlinkedPage = new("unlinked-page", DiagnosticSeverity.Warning, "A page is not linked from any other page of the site, so readers cannot find it.");

    /// <summary>All rules, in a stable order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        InvalidFrontMatter, MissingField, UnknownField, InvalidIdentifier, DuplicateId, DuplicateAnchor, ReservedUrl,
        UnknownMechanism, UnknownCitation, UncitedClaim, UnusedReference, UnlinkedPage, BrokenLink, BrokenAnchor, StaleReview, UnfinishedPage, InvalidMarkdown, RawHtml, InvalidEncoding, UnreadableFile, UnsafeLink, InvalidBibliography, UnknownEntryType, AlreadyPresent,
        InvalidRetractions, RetractedReference, ExpressionOfConcern, DatedEvidence, FeedWithoutBaseUrl,
    ];

    /// <summary>The rule with this code, or null.</summary>
    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => d.Code == code);
}
