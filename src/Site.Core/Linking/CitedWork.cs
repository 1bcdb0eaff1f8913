using Site.Core.Parsing;

namespace Site.Core.Linking;

/// <summary>A reference a page cites: its place in the page's order of first citation, and every place the page cites it.</summary>
/// <param name="Order">Its place in order of first citation on the page, from 1 (a numbered style shows it as the number).</param>
/// <param name="Reference">The reference.</param>
/// <param name="Anchors">The ids of the citations that cite it, in document order, each once.</param>
public sealed record CitedWork(int Order, ParsedDocument Reference, IReadOnlyList<string> Anchors);
