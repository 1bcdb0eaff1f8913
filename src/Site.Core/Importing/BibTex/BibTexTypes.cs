using System.Collections.Frozen;

namespace Site.Core.Importing.BibTex;

/// <summary>
/// BibTeX and BibLaTeX entry types and the CSL types they are read as, after the BibLaTeX manual and pandoc's reading
/// of it; where CSL 1.0.2 has a type of its own (<c>software</c>, <c>standard</c>, <c>document</c>, <c>periodical</c>)
/// it is used.
/// </summary>
internal static class BibTexTypes
{
    /// <summary>The CSL type of entries whose type neither format knows.</summary>
    public const string Fallback = "document";

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["article"] = "article-journal",
        ["suppperiodical"] = "article-journal",
        ["periodical"] = "periodical",
        ["book"] = "book",
        ["mvbook"] = "book",
        ["collection"] = "book",
        ["mvcollection"] = "book",
        ["proceedings"] = "book",
        ["mvproceedings"] = "book",
        ["reference"] = "book",
        ["mvreference"] = "book",
        ["commentary"] = "book",

        // A manual (a guideline's handbook, a device's instructions) is published as a book is, as pandoc reads it.
        ["manual"] = "book",
        ["booklet"] = "pamphlet",
        ["inbook"] = "chapter",
        ["incollection"] = "chapter",
        ["bookinbook"] = "chapter",
        ["suppbook"] = "chapter",
        ["suppcollection"] = "chapter",
        ["inreference"] = "entry-encyclopedia",
        ["inproceedings"] = "paper-conference",
        ["conference"] = "paper-conference",
        ["techreport"] = "report",
        ["report"] = "report",
        ["phdthesis"] = "thesis",
        ["mastersthesis"] = "thesis",
        ["thesis"] = "thesis",
        ["online"] = "webpage",
        ["electronic"] = "webpage",
        ["www"] = "webpage",

        // BibTeX's type for whatever fits no other; CSL 1.0.2's is 'document'.
        ["misc"] = "document",
        ["unpublished"] = "manuscript",
        ["patent"] = "patent",
        ["dataset"] = "dataset",
        ["data"] = "dataset",
        ["software"] = "software",
        ["standard"] = "standard",
        ["artwork"] = "graphic",
        ["image"] = "graphic",
        ["audio"] = "song",
        ["music"] = "song",
        ["video"] = "motion_picture",
        ["movie"] = "motion_picture",
        ["legislation"] = "legislation",
        ["jurisdiction"] = "legal_case",
        ["legal"] = "treaty",
        ["letter"] = "personal_communication",
        ["performance"] = "performance",
        ["review"] = "review",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Types whose entry is part of a book: their <c>booktitle</c> is the CSL container title.</summary>
    public static bool IsPartOfBook(string type) =>
        type is "inbook" or "incollection" or "inproceedings" or "conference" or "inreference" or "bookinbook" or "suppbook" or "suppcollection";

    /// <summary>Types that are a whole book, which a part of one inherits its title from as its <c>booktitle</c>.</summary>
    public static bool IsBook(string type) =>
        type is "book" or "mvbook" or "collection" or "mvcollection" or "reference" or "mvreference" or "proceedings" or "mvproceedings";

    /// <summary>Types in a periodical: their <c>number</c> is the CSL issue.</summary>
    public static bool IsInPeriodical(string type) => type is "article" or "periodical" or "suppperiodical";

    /// <summary>
    /// The CSL type of an entry type (lower case), with BibLaTeX's <c>entrysubtype</c> of an article (magazine,
    /// newspaper) and whether it is an event (an unpublished talk is a speech); null when neither format knows the type.
    /// </summary>
    public static string? CslType(string type, string? subtype, bool isEvent)
    {
        if (!Types.TryGetValue(type, out var csl))
        {
            return null;
        }

        return (csl, subtype?.ToLowerInvariant()) switch
        {
            ("article-journal" or "periodical", "magazine") => "article-magazine",
            ("article-journal" or "periodical", "newspaper") => "article-newspaper",
            ("manuscript", _) when isEvent => "speech",
            _ => csl,
        };
    }

    /// <summary>What a thesis or report is called when its <c>type</c> field names it by BibLaTeX's key, or by default.</summary>
    public static string? Genre(string type, string? typeField) => typeField?.ToLowerInvariant() switch
    {
        "phdthesis" => "PhD thesis",
        "mathesis" or "mastersthesis" => "Master's thesis",
        "techreport" => "Technical report",
        "resreport" => "Research report",
        null or "" => type switch
        {
            "phdthesis" => "PhD thesis",
            "mastersthesis" => "Master's thesis",
            _ => null,
        },
        _ => typeField,
    };
}
