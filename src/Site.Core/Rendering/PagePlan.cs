using Site.Core.Parsing;

namespace Site.Core.Rendering;

/// <summary>A page to produce: its URL and the document it comes from (null for generated pages).</summary>
public sealed record PagePlan(string Url, ParsedDocument? Document);
