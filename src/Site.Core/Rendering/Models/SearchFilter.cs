namespace Site.Core.Rendering.Models;

/// <summary>A value the search box can narrow its results to: an evidence level, by name and label.</summary>
/// <param name="Name">What the index calls it ("rct").</param>
/// <param name="Label">What readers see ("Randomised controlled trial").</param>
public sealed record SearchFilter(string Name, string Label);
