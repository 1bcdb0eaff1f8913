using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// A bracketed citation, Pandoc style: <c>[@a]</c>, <c>[@a; @b]</c>, <c>[see @a, p. 3]</c>. Its
/// <see cref="Markdig.Syntax.MarkdownObject.Span"/> covers the brackets.
/// </summary>
public sealed class CitationGroup : LeafInline
{
    /// <summary>The cited works, in the order written; never empty.</summary>
    public required IReadOnlyList<CitationItem> Items { get; init; }

    /// <summary>The citation as written, for messages and for pages shown while it does not resolve.</summary>
    public required string Written { get; init; }
}
