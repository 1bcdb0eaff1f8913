namespace Site.Core.Rendering.Models;

/// <summary>A reference on the bibliography page and how many pages cite it.</summary>
/// <param name="Reference">The reference.</param>
/// <param name="CitingPages">The number of pages that cite it.</param>
public sealed record BibliographyEntry(ReferenceEntry Reference, int CitingPages);
