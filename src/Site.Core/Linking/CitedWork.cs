using Site.Core.Parsing;

namespace Site.Core.Linking;

/// <summary>A reference in a page's reference list: its number and every place the page cites it.</summary>
/// <param name="Number">Its number on the page, in order of first citation, from 1.</param>
/// <param name="Reference">The reference.</param>
/// <param name="Anchors">The ids of the citations that cite it, in document order, each once.</param>
public sealed record CitedWork(int Number, ParsedDocument Reference, IReadOnlyList<string> Anchors);
