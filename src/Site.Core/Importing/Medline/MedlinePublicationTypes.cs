using Site.Core.Content;

namespace Site.Core.Importing.Medline;

/// <summary>
/// The evidence level a MEDLINE record's publication types (<c>PT</c>) state without doubt. Only types that name a
/// study design count: "Review", "Clinical Trial", "Comparative Study" and the rest leave the level unassessed.
/// </summary>
internal static class MedlinePublicationTypes
{
    private static readonly Dictionary<string, EvidenceLevel> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Randomized Controlled Trial"] = EvidenceLevel.Rct,
        ["Systematic Review"] = EvidenceLevel.SystematicReview,
        ["Meta-Analysis"] = EvidenceLevel.MetaAnalysis,
        ["Case Reports"] = EvidenceLevel.CaseReport,
        ["Practice Guideline"] = EvidenceLevel.Guideline,
        ["Guideline"] = EvidenceLevel.Guideline,
    };

    /// <summary>
    /// The level of the record, or null when no type states one. A record of two (a systematic review with a
    /// meta-analysis, PubMed's commonest pair) takes the strongest, by <see cref="EvidenceLevel"/>'s order: a
    /// systematic review.
    /// </summary>
    public static EvidenceLevel? Evidence(IEnumerable<string> publicationTypes)
    {
        EvidenceLevel? strongest = null;
        foreach (var type in publicationTypes)
        {
            if (Levels.TryGetValue(type, out var level) && (strongest is null || level < strongest))
            {
                strongest = level;
            }
        }

        return strongest;
    }
}
