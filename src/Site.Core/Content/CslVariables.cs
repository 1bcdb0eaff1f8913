using System.Collections.Frozen;

namespace Site.Core.Content;

/// <summary>
/// The variables of a CSL-JSON item (CSL 1.0.2 and its JSON schema, which adds a few legacy and
/// identifier variables), by kind. Names are case-sensitive in CSL: <c>DOI</c>, <c>container-title</c>.
/// </summary>
public static class CslVariables
{
    private static readonly FrozenDictionary<string, CslVariableKind> Kinds = Build();

    private static readonly FrozenDictionary<string, string> ByLowerCase =
        Kinds.Keys.ToFrozenDictionary(name => name.ToLowerInvariant(), name => name, StringComparer.Ordinal);

    /// <summary>Every variable name, in no particular order.</summary>
    public static IReadOnlyCollection<string> Names => Kinds.Keys;

    /// <summary>The kind of a variable, or null when CSL has no variable of that name.</summary>
    public static CslVariableKind? KindOf(string name) => Kinds.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>
    /// The variable a name stands for, in CSL's spelling, when it differs only by case (<c>doi</c> is
    /// <c>DOI</c>, as some tools write it), or null.
    /// </summary>
    public static string? Spelling(string name) =>
        Kinds.ContainsKey(name) ? name : ByLowerCase.GetValueOrDefault(name.ToLowerInvariant());

    private static FrozenDictionary<string, CslVariableKind> Build()
    {
        string[] standard =
        [
            "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
            "call-number", "citation-key", "citation-label", "collection-title", "container-title",
            "container-title-short", "dimensions", "division", "DOI", "event", "event-title", "event-place", "genre",
            "ISAN", "ISBN", "ISCI", "ISMN", "ISRC", "ISSN", "ISWC", "jurisdiction", "keyword", "language", "license",
            "medium", "note", "original-publisher", "original-publisher-place", "original-title", "part-title",
            "PMCID", "PMID", "publisher", "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale",
            "source", "status", "title", "title-short", "translated-title", "translated-title-short", "URL",
            "volume-title", "year-suffix",
        ];
        string[] number =
        [
            "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number",
            "issue", "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part",
            "part-number", "printing", "printing-number", "section", "supplement", "supplement-number", "version",
            "volume",
        ];
        string[] date = ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"];
        string[] name =
        [
            "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor",
            "curator", "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest",
            "host", "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer",
            "recipient", "reviewed-author", "script-writer", "series-creator", "translator",
        ];
        return standard.Select(n => (n, CslVariableKind.Standard))
            .Concat(number.Select(n => (n, CslVariableKind.Number)))
            .Concat(date.Select(n => (n, CslVariableKind.Date)))
            .Concat(name.Select(n => (n, CslVariableKind.Name)))
            .ToFrozenDictionary(v => v.n, v => v.Item2, StringComparer.Ordinal);
    }
}
