using System.Collections.Frozen;

namespace Site.Core.Importing.Online;

/// <summary>
/// The variables of a CSL-JSON 1.0.2 item (the properties of the <c>csl-data.json</c> schema), by the shape of their
/// values: what a registration agency's answer is cut down to. <c>id</c>, <c>citation-key</c> and <c>custom</c> are
/// left out: an imported entry carries none of them.
/// </summary>
internal static class CslSchema
{
    /// <summary>Name variables: arrays of <c>{family, given}</c> or <c>{literal}</c>.</summary>
    public static FrozenSet<string> Names { get; } = FrozenSet.ToFrozenSet(
    [
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "executive-producer", "guest", "host", "interviewer",
        "illustrator", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator",
    ], StringComparer.Ordinal);

    /// <summary>Date variables: <c>{"date-parts": [[year, month, day]]}</c>.</summary>
    public static FrozenSet<string> Dates { get; } = FrozenSet.ToFrozenSet(
        ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"], StringComparer.Ordinal);

    /// <summary>Variables whose value is a list of strings.</summary>
    public static FrozenSet<string> Lists { get; } = FrozenSet.ToFrozenSet(["categories"], StringComparer.Ordinal);

    /// <summary>Every other variable: one string (or number, written as a string).</summary>
    public static FrozenSet<string> Texts { get; } = FrozenSet.ToFrozenSet(
    [
        "type", "language", "journalAbbreviation", "shortTitle", "abstract", "annote", "archive",
        "archive_collection", "archive_location", "archive-place", "authority", "call-number", "chapter-number",
        "citation-number", "citation-label", "collection-number", "collection-title", "container-title",
        "container-title-short", "dimensions", "division", "DOI", "edition", "event", "event-title", "event-place",
        "first-reference-note-number", "genre", "ISBN", "ISSN", "issue", "jurisdiction", "keyword", "locator",
        "medium", "note", "number", "number-of-pages", "number-of-volumes", "original-publisher",
        "original-publisher-place", "original-title", "page", "page-first", "part", "part-title", "PMCID", "PMID",
        "printing", "publisher", "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale",
        "section", "source", "status", "supplement", "title", "title-short", "URL", "version", "volume",
        "volume-title", "volume-title-short", "year-suffix",
    ], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a CSL variable.</summary>
    public static bool IsVariable(string name) => Texts.Contains(name) || Names.Contains(name) || Dates.Contains(name) || Lists.Contains(name);
}
