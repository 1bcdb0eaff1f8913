namespace Site.Core.Rendering.Models;

/// <summary>The substances connected to one column of an evidence grid too large to draw: what the map lists instead.</summary>
/// <param name="Target">The column: a mechanism or a condition.</param>
/// <param name="Pairs">Its pairs, in the grid's order.</param>
public sealed record EvidenceTargetGroup(PageLink Target, IReadOnlyList<EvidencePair> Pairs);
