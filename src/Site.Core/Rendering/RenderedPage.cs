using Site.Core.Parsing;

namespace Site.Core.Rendering;

/// <summary>A page as the theme rendered it.</summary>
/// <param name="Url">Its site URL.</param>
/// <param name="Html">The complete HTML document.</param>
/// <param name="Document">The document it was made from, or null for generated pages.</param>
public sealed record RenderedPage(string Url, string Html, ParsedDocument? Document);
