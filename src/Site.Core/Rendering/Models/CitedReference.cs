namespace Site.Core.Rendering.Models;

/// <summary>An entry in a page's numbered reference list.</summary>
/// <param name="Number">Its number on the page.</param>
/// <param name="Reference">The reference.</param>
/// <param name="Backlinks">The ids of the citations on the page that cite it, in document order.</param>
public sealed record CitedReference(int Number, ReferenceEntry Reference, IReadOnlyList<string> Backlinks);
