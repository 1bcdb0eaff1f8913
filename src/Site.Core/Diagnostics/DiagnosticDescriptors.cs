namespace Site.Core.Diagnostics;

/// <summary>
/// The rules the phases and readers raise themselves, outside the analyzers (which own theirs): loading, parsing,
/// the build, importing. Each is listed by the phase that raises it, and <see cref="DiagnosticRegistry"/> gathers them.
/// Codes are stable: tools and site.yml overrides refer to them.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>Front matter that is not valid YAML, is never closed, or holds a value of the wrong type.</summary>
    public static readonly DiagnosticDescriptor InvalidFrontMatter = new(
        "invalid-front-matter", DiagnosticSeverity.Error, "Front matter must be a YAML mapping between '---' lines, with values of the expected types; a field that is written has a value.",
        When: "YAML that does not parse (reported at the mistake: an unclosed bracket at its `[` or `{`, a tab at the tab), an unclosed block, a list or mapping as a field name, a value of the wrong type or form, a field written with no value");

    /// <summary>A required front matter field is absent or empty.</summary>
    public static readonly DiagnosticDescriptor MissingField = new(
        "missing-field", DiagnosticSeverity.Error, "A required front matter field is missing.",
        When: "a required field is absent or empty (`title`; a reference's `type` and the fields its type needs)");

    /// <summary>A front matter field the kind does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new(
        "unknown-field", DiagnosticSeverity.Error, "A front matter field is not defined for this kind of document.",
        When: "a field the kind does not define (with a did-you-mean)");

    /// <summary>An id, file name or identifier that is not in the required form.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = new(
        "invalid-identifier", DiagnosticSeverity.Error, "An identifier is not in the required form.",
        When: "a file name that is not a lower-case kebab id; a DOI, PMID, URL or date not in its form; a pinned claim anchor (`{#…}`) that is not `claim-` and lower-case kebab");

    /// <summary>Markdown that cannot be parsed (nested beyond any sensible depth).</summary>
    public static readonly DiagnosticDescriptor InvalidMarkdown = new(
        "invalid-markdown", DiagnosticSeverity.Error, "The markdown body cannot be parsed.",
        When: "markdown nested too deeply to parse or show (past 128 blocks, or 128 inlines: see [Limits](#reliability-and-security))");

    /// <summary>A site language the theme ships no strings for: its labels and dates are English.</summary>
    public static readonly DiagnosticDescriptor UnsupportedLanguage = new(
        "unsupported-language", DiagnosticSeverity.Warning, "The theme has no strings file for the site's language; its labels and dates are English.",
        When: $"site.yml's `language` is one the theme ships no labels for (shipped: {string.Join(", ", Languages.SiteStrings.Shipped)}; a region such as `de-AT` uses its language's); the pages keep the tag in `<html lang>`");

    /// <summary>A file whose bytes are not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidEncoding = new(
        "invalid-encoding", DiagnosticSeverity.Error, "Source files must be UTF-8.",
        When: "a file that is not UTF-8");

    /// <summary>A file that could not be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new(
        "unreadable-file", DiagnosticSeverity.Error, "A source file could not be read.",
        When: "a file that cannot be read: a link to nowhere, a loop of links, a named pipe, socket or device");

    /// <summary>A symbolic link that leads outside the input folder (or to a folder outside it): never read, copied or served.</summary>
    public static readonly DiagnosticDescriptor UnsafeLink = new(
        "unsafe-link", DiagnosticSeverity.Error, "Nothing outside the input folder is published: a symbolic link must lead to a file inside it.",
        When: "a symbolic link that leads outside the input folder; never read or published, and cannot be lowered",
        PinnedBecause: "a link out of the input folder could publish any file on the machine that builds the site");

    /// <summary>A bibliography file, or an entry of one, that cannot be read as its format says (site import).</summary>
    public static readonly DiagnosticDescriptor InvalidBibliography = new(
        "invalid-bibliography", DiagnosticSeverity.Error, "An entry of a bibliography file cannot be read: a syntax error, a date that is no date, an entry without a title.",
        When: "`site import`: an entry of a bibliography file that cannot be read (a syntax error, a date that is no date)");

    /// <summary>An entry type a bibliography format has and CSL does not: mapped to the nearest CSL type (site import).</summary>
    public static readonly DiagnosticDescriptor UnknownEntryType = new(
        "unknown-entry-type", DiagnosticSeverity.Warning, "A bibliography entry's type has no CSL equivalent; the nearest CSL type is used.",
        When: "`site import`: an entry type CSL has no equivalent for; the nearest CSL type is used");

    /// <summary>An imported entry whose DOI or PMID is already a reference's, or another entry's of the same import: not written twice.</summary>
    public static readonly DiagnosticDescriptor AlreadyPresent = new(
        "already-present", DiagnosticSeverity.Info, "An imported entry is already a reference of the site (same DOI or PMID), or appears twice in the import.",
        When: "`site import`: an entry whose DOI or PMID is already a reference's, or earlier in the same import; not written again");

    /// <summary>The retraction data file is missing, unreadable, or not the Retraction Watch CSV, or one of its rows cannot be read.</summary>
    public static readonly DiagnosticDescriptor InvalidRetractions = new(
        "invalid-retractions", DiagnosticSeverity.Error, "The retraction data (site.yml 'retractions', or --retractions) must be a readable Retraction Watch CSV file inside the input folder.",
        When: "the retraction data cannot be used: no such file, a site.yml path that leads outside the input folder, no header, a missing column; a row that cannot be read (at its line; left out)");

    /// <summary>The site's theme folder (site.yml's <c>theme</c>, or <c>--theme</c>) cannot be used: the default theme is used alone.</summary>
    public static readonly DiagnosticDescriptor InvalidTheme = new(
        "invalid-theme", DiagnosticSeverity.Error, "The site's theme folder (site.yml 'theme', or --theme) must be a folder inside the input folder.",
        When: "the theme folder cannot be used: no such folder, a file, a site.yml path that leads outside the input folder or is the input folder itself");

    /// <summary>A template of the site's own theme folder does not parse, or fails while rendering a page.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplate = new(
        "invalid-template", DiagnosticSeverity.Error, "A template of the site's theme folder must parse, and render every page within the theme's limits.",
        When: "a template of the site's theme folder does not parse (at its line and column; the default theme's is used instead), or fails while rendering a page: an error, a loop or nesting past the limits");

    /// <summary>A build with <c>--previous</c> on a site without <c>baseUrl</c>: the Atom feed of changes needs absolute ids and links, so only /changes/ is written.</summary>
    public static readonly DiagnosticDescriptor FeedWithoutBaseUrl = new(
        "feed-without-base-url", DiagnosticSeverity.Warning, "The Atom feed of changes (/changes.xml) needs site.yml's baseUrl for its absolute ids and links; without it only /changes/ is written.",
        When: "`build --previous` on a site without `baseUrl`: the Atom feed of changes is not written (its ids and links must be absolute); `/changes/` is");
}
