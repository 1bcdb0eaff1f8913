using Site.Core.Parsing;

namespace Site.Core.Rendering;

/// <summary>A page as the theme rendered it.</summary>
/// <param name="Url">Its site URL.</param>
/// <param name="Html">
/// The complete HTML document. From the render phase's <c>finish</c>, it may be the renderer's own buffer, valid only until the
/// worker renders its next page: what is kept of it is made during the call.
/// </param>
/// <param name="Document">The document it was made from, or null for generated pages.</param>
public sealed record RenderedPage(string Url, ReadOnlyMemory<char> Html, ParsedDocument? Document);
