namespace Site.Core.Rendering.Models;

/// <summary>The references of one evidence level on the bibliography page.</summary>
/// <param name="Id">The section's element id ("systematic-review", "not-assessed").</param>
/// <param name="Label">The heading ("Systematic review").</param>
/// <param name="Entries">The references, by first author, then year, then title.</param>
public sealed record BibliographyGroup(string Id, string Label, IReadOnlyList<BibliographyEntry> Entries);
