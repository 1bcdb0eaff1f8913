namespace Site.Core.Content;

/// <summary>The front matter names of evidence levels and their reader-facing labels.</summary>
public static class EvidenceLevels
{
    private static readonly (EvidenceLevel Level, string Name, string Label)[] Table =
    [
        (EvidenceLevel.SystematicReview, "systematic-review", "Systematic review"),
        (EvidenceLevel.MetaAnalysis, "meta-analysis", "Meta-analysis"),
        (EvidenceLevel.Guideline, "guideline", "Guideline"),
        (EvidenceLevel.Rct, "rct", "Randomised controlled trial"),
        (EvidenceLevel.Cohort, "cohort", "Cohort study"),
        (EvidenceLevel.CaseControl, "case-control", "Case-control study"),
        (EvidenceLevel.CaseSeries, "case-series", "Case series"),
        (EvidenceLevel.CaseReport, "case-report", "Case report"),
        (EvidenceLevel.NarrativeReview, "narrative-review", "Narrative review"),
        (EvidenceLevel.ExpertOpinion, "expert-opinion", "Expert opinion"),
        (EvidenceLevel.Animal, "animal", "Animal study"),
        (EvidenceLevel.InVitro, "in-vitro", "Laboratory (in vitro) study"),
    ];

    /// <summary>Every front matter name, in order of strength.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>Parses a front matter name.</summary>
    public static bool TryParse(string name, out EvidenceLevel level)
    {
        foreach (var entry in Table)
        {
            if (entry.Name == name)
            {
                level = entry.Level;
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>The front matter name of a level.</summary>
    public static string Name(EvidenceLevel level) => Table[(int)level].Name;

    /// <summary>The label readers see.</summary>
    public static string Label(EvidenceLevel level) => Table[(int)level].Label;

    /// <summary>The name of a level, or "not-assessed" for a reference without one (for styling and anchors).</summary>
    public static string Name(EvidenceLevel? level) => level is { } known ? Name(known) : "not-assessed";

    /// <summary>The label of a level, or "Evidence level not assessed".</summary>
    public static string Label(EvidenceLevel? level) => level is { } known ? Label(known) : "Evidence level not assessed";
}
