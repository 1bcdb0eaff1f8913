namespace Site.Core.Content;

/// <summary>The kind of evidence a reference provides, strongest designs first.</summary>
public enum EvidenceLevel
{
    /// <summary>systematic-review</summary>
    SystematicReview,

    /// <summary>meta-analysis</summary>
    MetaAnalysis,

    /// <summary>guideline</summary>
    Guideline,

    /// <summary>rct</summary>
    Rct,

    /// <summary>cohort</summary>
    Cohort,

    /// <summary>case-control</summary>
    CaseControl,

    /// <summary>case-series</summary>
    CaseSeries,

    /// <summary>case-report</summary>
    CaseReport,

    /// <summary>narrative-review</summary>
    NarrativeReview,

    /// <summary>expert-opinion</summary>
    ExpertOpinion,

    /// <summary>animal</summary>
    Animal,

    /// <summary>in-vitro</summary>
    InVitro,
}
