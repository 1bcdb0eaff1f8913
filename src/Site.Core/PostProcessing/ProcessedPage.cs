using Site.Core.Parsing;

namespace Site.Core.PostProcessing;

/// <summary>A finished page: final HTML and every element id it contains.</summary>
/// <param name="Url">Its site URL.</param>
/// <param name="Html">The final HTML document.</param>
/// <param name="Ids">The ids of its elements: the anchors a link can point at.</param>
/// <param name="Document">The document it was made from, or null for generated pages.</param>
public sealed record ProcessedPage(string Url, string Html, IReadOnlySet<string> Ids, ParsedDocument? Document);
