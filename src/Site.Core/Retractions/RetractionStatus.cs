using Site.Core.Content;

namespace Site.Core.Retractions;

/// <summary>
/// The names of the marks, as the CSL <c>status</c> variable, claims.json and styling spell them, and the words
/// readers see; and the mark a reference's front matter gives by hand.
/// </summary>
public static class RetractionStatus
{
    /// <summary>The <c>status</c> of a retracted work.</summary>
    public const string Retracted = "retracted";

    /// <summary>The <c>status</c> of a work under an expression of concern.</summary>
    public const string ExpressionOfConcern = "expression-of-concern";

    /// <summary>The <c>status</c> value of a nature: "retracted" or "expression-of-concern".</summary>
    public static string Name(RetractionNature nature) => nature == RetractionNature.Retraction ? Retracted : ExpressionOfConcern;

    /// <summary>What readers see beside a claim: "cites a retracted study".</summary>
    public static string FlagLabel(RetractionNature nature) =>
        nature == RetractionNature.Retraction ? "cites a retracted study" : "cites a study under an expression of concern";

    /// <summary>What readers see beside the work's entry in a page's reference list: "retracted".</summary>
    public static string ListLabel(RetractionNature nature) =>
        nature == RetractionNature.Retraction ? "retracted" : "under an expression of concern";

    /// <summary>The heading of the notice on the reference's page: "This study was retracted".</summary>
    public static string Heading(RetractionNature nature) =>
        nature == RetractionNature.Retraction ? "This study was retracted" : "Expression of concern";

    /// <summary>The nature in words, after "the study was": "retracted", "placed under an expression of concern".</summary>
    public static string Words(RetractionNature nature) =>
        nature == RetractionNature.Retraction ? "retracted" : "placed under an expression of concern";

    /// <summary>The mark a reference's <c>status</c>, <c>retraction-date</c> and <c>retraction-notice</c> give, or null.</summary>
    public static RetractionNotice? ByHand(ReferenceFrontMatter reference) => reference.Text("status")?.Trim() switch
    {
        Retracted => new RetractionNotice(RetractionNature.Retraction, reference.RetractionDate, [], null, reference.RetractionNoticeUrl),
        ExpressionOfConcern => new RetractionNotice(RetractionNature.ExpressionOfConcern, reference.RetractionDate, [], null, reference.RetractionNoticeUrl),
        _ => null,
    };
}
