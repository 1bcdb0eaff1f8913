using Site.Core.Content;

namespace Site.Core.Linking;

/// <summary>Which flag a claim gets from the evidence levels of its references, and how it is named and shown.</summary>
public static class EvidenceFlags
{
    /// <summary>
    /// The flag for a claim whose references have <paramref name="levels"/>: only when there is at least
    /// one reference and every one is of the flagged kinds (a reference not assessed is never assumed weak).
    /// </summary>
    public static EvidenceFlag? Of(IReadOnlyCollection<EvidenceLevel?> levels)
    {
        if (levels.Count == 0)
        {
            return null;
        }

        if (levels.All(l => l is EvidenceLevel.Animal or EvidenceLevel.InVitro))
        {
            return EvidenceFlag.AnimalOrLaboratoryOnly;
        }

        if (levels.All(l => l is EvidenceLevel.CaseReport or EvidenceLevel.CaseSeries))
        {
            return EvidenceFlag.CaseReportsOnly;
        }

        return null;
    }

    /// <summary>The stable name, for claims.json and styling: "animal-or-laboratory-data-only".</summary>
    public static string Name(EvidenceFlag flag) => flag switch
    {
        EvidenceFlag.AnimalOrLaboratoryOnly => "animal-or-laboratory-data-only",
        _ => "case-reports-only",
    };

    /// <summary>What readers see beside the claim: "animal or laboratory data only".</summary>
    public static string Label(EvidenceFlag flag) => flag switch
    {
        EvidenceFlag.AnimalOrLaboratoryOnly => "animal or laboratory data only",
        _ => "case reports only",
    };

    /// <summary>A sentence explaining the flag, for a tooltip or screen readers.</summary>
    public static string Explanation(EvidenceFlag flag) => flag switch
    {
        EvidenceFlag.AnimalOrLaboratoryOnly => "Every reference behind this claim is an animal or laboratory study; it has not been shown in people.",
        _ => "Every reference behind this claim is a case report or case series; no controlled study supports it.",
    };
}
