namespace Site.Core.Rendering.Models;

/// <summary>A row of an evidence grid: a substance and, for each column in order, its pair with that column or null.</summary>
/// <param name="Substance">The substance.</param>
/// <param name="Cells">One cell a column, in the grid's column order: the pair, or null where the two are not connected.</param>
public sealed record EvidenceRow(PageLink Substance, IReadOnlyList<EvidencePair?> Cells);
