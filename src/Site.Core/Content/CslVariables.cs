using Kind = Site.Core.Content.CslVariableKind;

namespace Site.Core.Content;

/// <summary>
/// Every variable of CSL-JSON 1.0.2 (the <c>csl-data.json</c> schema) a reference's front matter may hold, with its
/// kind, in the schema's order: the one list from which the reference's known fields, their checks and both exports
/// derive. Three properties of the schema are not fields: <c>id</c> and <c>citation-key</c>, because the file name
/// is the citation key, and <c>custom</c>, where the exports put the site's own <c>evidence</c>.
/// </summary>
public static class CslVariables
{
    /// <summary>The variables, in the schema's order.</summary>
    public static IReadOnlyList<CslVariable> All { get; } =
    [
        new("type", Kind.String),
        new("categories", Kind.StringList),
        new("language", Kind.String),
        new("journalAbbreviation", Kind.String),
        new("shortTitle", Kind.String),

        new("author", Kind.Name),
        new("chair", Kind.Name),
        new("collection-editor", Kind.Name),
        new("compiler", Kind.Name),
        new("composer", Kind.Name),
        new("container-author", Kind.Name),
        new("contributor", Kind.Name),
        new("curator", Kind.Name),
        new("director", Kind.Name),
        new("editor", Kind.Name),
        new("editorial-director", Kind.Name),
        new("executive-producer", Kind.Name),
        new("guest", Kind.Name),
        new("host", Kind.Name),
        new("interviewer", Kind.Name),
        new("illustrator", Kind.Name),
        new("narrator", Kind.Name),
        new("organizer", Kind.Name),
        new("original-author", Kind.Name),
        new("performer", Kind.Name),
        new("producer", Kind.Name),
        new("recipient", Kind.Name),
        new("reviewed-author", Kind.Name),
        new("script-writer", Kind.Name),
        new("series-creator", Kind.Name),
        new("translator", Kind.Name),

        new("accessed", Kind.Date),
        new("available-date", Kind.Date),
        new("event-date", Kind.Date),
        new("issued", Kind.Date),
        new("original-date", Kind.Date),
        new("submitted", Kind.Date),

        new("abstract", Kind.String),
        new("annote", Kind.String),
        new("archive", Kind.String),
        new("archive_collection", Kind.String),
        new("archive_location", Kind.String),
        new("archive-place", Kind.String),
        new("authority", Kind.String),
        new("call-number", Kind.String),
        new("chapter-number", Kind.Number),
        new("citation-number", Kind.Number),
        new("citation-label", Kind.String),
        new("collection-number", Kind.Number),
        new("collection-title", Kind.String),
        new("container-title", Kind.String),
        new("container-title-short", Kind.String),
        new("dimensions", Kind.String),
        new("division", Kind.String),
        new("DOI", Kind.String),
        new("edition", Kind.Number),
        new("event", Kind.String),
        new("event-title", Kind.String),
        new("event-place", Kind.String),
        new("first-reference-note-number", Kind.Number),
        new("genre", Kind.String),
        new("ISBN", Kind.String),
        new("ISSN", Kind.String),
        new("issue", Kind.Number),
        new("jurisdiction", Kind.String),
        new("keyword", Kind.String),
        new("locator", Kind.Number),
        new("medium", Kind.String),
        new("note", Kind.String),
        new("number", Kind.Number),
        new("number-of-pages", Kind.Number),
        new("number-of-volumes", Kind.Number),
        new("original-publisher", Kind.String),
        new("original-publisher-place", Kind.String),
        new("original-title", Kind.String),
        new("page", Kind.Number),
        new("page-first", Kind.Number),
        new("part", Kind.Number),
        new("part-title", Kind.String),
        new("PMCID", Kind.String),
        new("PMID", Kind.String),
        new("printing", Kind.Number),
        new("publisher", Kind.String),
        new("publisher-place", Kind.String),
        new("references", Kind.String),
        new("reviewed-genre", Kind.String),
        new("reviewed-title", Kind.String),
        new("scale", Kind.String),
        new("section", Kind.String),
        new("source", Kind.String),
        new("status", Kind.String),
        new("supplement", Kind.Number),
        new("title", Kind.String),
        new("title-short", Kind.String),
        new("URL", Kind.String),
        new("version", Kind.String),
        new("volume", Kind.Number),
        new("volume-title", Kind.String),
        new("volume-title-short", Kind.String),
        new("year-suffix", Kind.String),
    ];

    /// <summary>The variables' names, in the same order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(v => v.Name)];

    private static readonly Dictionary<string, CslVariable> ByName = All.ToDictionary(v => v.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> ByLowerCase = All.ToDictionary(v => v.Name.ToLowerInvariant(), v => v.Name, StringComparer.Ordinal);

    /// <summary>The variable with exactly this name (case counts: <c>DOI</c>, not <c>doi</c>), or null.</summary>
    public static CslVariable? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The kind of a variable, or null when CSL has no variable of that name.</summary>
    public static CslVariableKind? KindOf(string name) => Find(name)?.Kind;

    /// <summary>
    /// The variable a name stands for, in CSL's spelling, when it differs only by case (<c>doi</c> is <c>DOI</c>, as
    /// some tools write it), or null. For reading other tools' files; front matter takes CSL's spelling only.
    /// </summary>
    public static string? Spelling(string name) =>
        ByName.ContainsKey(name) ? name : ByLowerCase.GetValueOrDefault(name.ToLowerInvariant());
}
