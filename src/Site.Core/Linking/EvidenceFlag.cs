namespace Site.Core.Linking;

/// <summary>A warning readers see beside a claim when every reference behind it is of a weak kind.</summary>
public enum EvidenceFlag
{
    /// <summary>Every reference is an animal or in-vitro study.</summary>
    AnimalOrLaboratoryOnly,

    /// <summary>Every reference is a case report or case series.</summary>
    CaseReportsOnly,
}
