namespace Site.Core.Rendering.Models;

/// <summary>An entry in a page's numbered reference list.</summary>
/// <param name="Number">Its number on the page.</param>
/// <param name="Reference">The reference.</param>
/// <param name="Backlinks">The ids of the citations on the page that cite it, in document order.</param>
/// <param name="Mark">Whether the work is retracted or under an expression of concern; null for neither.</param>
public sealed record CitedReference(int Number, ReferenceEntry Reference, IReadOnlyList<string> Backlinks, Retractions.RetractionNature? Mark = null);
