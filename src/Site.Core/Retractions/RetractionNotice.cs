using Site.Core.Content;

namespace Site.Core.Retractions;

/// <summary>Why a reference is marked: the nature of the notice, when it was published, why, and where to read it.</summary>
/// <param name="Nature">Retracted, or under an expression of concern.</param>
/// <param name="Date">When the notice was published, or null when not known.</param>
/// <param name="Reasons">The reasons the Retraction Watch record gives, as it words them; none when marked by hand.</param>
/// <param name="RecordId">The Retraction Watch record's id, or null when marked by hand in the reference's <c>status</c>.</param>
/// <param name="NoticeUrl">The notice's address (its DOI at doi.org, its PubMed page, or the URL given), or null.</param>
public sealed record RetractionNotice(
    RetractionNature Nature,
    PartialDate? Date,
    IReadOnlyList<string> Reasons,
    string? RecordId,
    string? NoticeUrl)
{
    /// <summary>Whether the mark comes from the reference's own <c>status</c> rather than the Retraction Watch data.</summary>
    public bool ByHand => RecordId is null;

    /// <summary>The date as written in messages and pages: <c>2021-03-04</c>, or null.</summary>
    public string? DateText => Date?.ToString();

    /// <summary>The stable name of its nature ("retracted", "expression-of-concern").</summary>
    public string Name => RetractionStatus.Name(Nature);

    /// <summary>The heading of the notice on the work's page.</summary>
    public string Heading => RetractionStatus.Heading(Nature);

    /// <summary>What happened to the work, as the end of "this study was ...".</summary>
    public string Words => RetractionStatus.Words(Nature);

    /// <summary>Whether it is a retraction (the findings withdrawn), not an expression of concern.</summary>
    public bool IsRetraction => Nature == RetractionNature.Retraction;
}
