namespace Site.Core.Rendering.Models;

/// <summary>One cell of an evidence grid: a substance and a mechanism (or condition), and the claims that connect them.</summary>
/// <param name="Id">The element id of the pair on the map ("ketamine--nmda-receptor-antagonism").</param>
/// <param name="Substance">The substance.</param>
/// <param name="Target">The mechanism or condition.</param>
/// <param name="Listed">Whether the substance lists it in its front matter.</param>
/// <param name="ClaimCount">How many claims on the substance's page link to it.</param>
/// <param name="References">The number of distinct references behind those claims, retracted ones not counted.</param>
/// <param name="FirstClaim">The anchor of the first of those claims on the substance's page, or null.</param>
/// <param name="Claims">
/// The claims quoted, in document order, when the map is small enough to show them (see
/// <see cref="EvidenceGrid.ShowGrid"/>); otherwise empty, and the map links to <paramref name="FirstClaim"/>.
/// </param>
public sealed record EvidencePair(
    string Id,
    PageLink Substance,
    PageLink Target,
    bool Listed,
    int ClaimCount,
    int References,
    string? FirstClaim,
    IReadOnlyList<PassageLink> Claims)
{
    /// <summary>How many distinct references behind those claims are retracted, and left out of <see cref="References"/>.</summary>
    public int Retracted { get; init; }
}
