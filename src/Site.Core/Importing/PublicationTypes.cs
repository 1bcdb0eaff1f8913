using Site.Core.Content;

namespace Site.Core.Importing;

/// <summary>
/// The evidence level PubMed's publication types state (efetch's <c>PublicationType</c>, esummary's <c>pubtype</c>,
/// MEDLINE's <c>PT</c>): only the types that name one level unambiguously. "Review", "Clinical Trial" or
/// "Observational Study" could be more than one, and say nothing; so does a record with none of these.
/// </summary>
public static class PublicationTypes
{
    private static readonly Dictionary<string, EvidenceLevel> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Systematic Review"] = EvidenceLevel.SystematicReview,
        ["Meta-Analysis"] = EvidenceLevel.MetaAnalysis,
        ["Practice Guideline"] = EvidenceLevel.Guideline,
        ["Guideline"] = EvidenceLevel.Guideline,
        ["Randomized Controlled Trial"] = EvidenceLevel.Rct,
        ["Case Reports"] = EvidenceLevel.CaseReport,
    };

    /// <summary>
    /// The CSL <c>status</c> a work with these publication types has: <c>retracted</c> for PubMed's "Retracted
    /// Publication", the type it gives the retracted work itself; else null. PubMed's "Retraction of Publication" and
    /// "Expression of Concern" are the types of the notices, not of the works they concern, and mark nothing.
    /// </summary>
    public static string? StatusOf(IEnumerable<string> publicationTypes) =>
        publicationTypes.Any(t => string.Equals(t.Trim(), "Retracted Publication", StringComparison.OrdinalIgnoreCase)) ? Retractions.RetractionStatus.Retracted : null;

    /// <summary>
    /// The level of a work with these publication types, or null. A work of two (a systematic review with a
    /// meta-analysis, as PubMed often types one) has the stronger, in the order of <see cref="EvidenceLevel"/>.
    /// </summary>
    public static EvidenceLevel? EvidenceOf(IEnumerable<string> publicationTypes) =>
        publicationTypes.Select(t => Levels.TryGetValue(t.Trim(), out var level) ? level : (EvidenceLevel?)null).Where(l => l is not null).Min();
}
