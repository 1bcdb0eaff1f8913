namespace Site.Core.Rendering.Models;

/// <summary>A mark a theme shows beside a claim or a work, in words: a retraction, a flag on the evidence.</summary>
/// <param name="Name">Its stable name, for the <c>data-</c> attribute themes and scripts select by ("retracted").</param>
/// <param name="Label">What readers read ("Cites a retracted study").</param>
/// <param name="Explanation">A longer explanation, for a tooltip; null when the label says it all.</param>
public sealed record Mark(string Name, string Label, string? Explanation = null);
