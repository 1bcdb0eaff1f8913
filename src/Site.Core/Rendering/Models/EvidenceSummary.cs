namespace Site.Core.Rendering.Models;

/// <summary>"Evidence behind this page": the distinct references a page cites, counted by evidence level, strongest first.</summary>
/// <param name="Bars">One bar per level the page cites; levels it does not cite are left out.</param>
/// <param name="Claims">How many claims the page makes.</param>
/// <param name="FlaggedClaims">How many of them rest on animal or laboratory data, or on case reports, only.</param>
public sealed record EvidenceSummary(IReadOnlyList<EvidenceBar> Bars, int Claims, int FlaggedClaims)
{
    /// <summary>How many of the distinct references the page cites are retracted: left out of the bars and the total.</summary>
    public int Retracted { get; init; }

    /// <summary>The number of distinct references counted.</summary>
    public int Total => Bars.Sum(b => b.Count);

    /// <summary>The largest count, which a full-width bar stands for.</summary>
    public int Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Count);
}
