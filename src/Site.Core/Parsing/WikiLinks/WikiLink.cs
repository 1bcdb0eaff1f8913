using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.WikiLinks;

/// <summary>
/// <c>[[id]]</c>, <c>[[id|text]]</c>, <c>[[id#anchor]]</c> or <c>[[#anchor]]</c>: a link to another
/// document by id. Its <see cref="Markdig.Syntax.MarkdownObject.Span"/> covers the whole link.
/// </summary>
public sealed class WikiLink : LeafInline
{
    /// <summary>The target document id; empty for a link within the same page.</summary>
    public required string Target { get; init; }

    /// <summary>The anchor after '#', or null.</summary>
    public string? Anchor { get; init; }

    /// <summary>The text after '|', or null to show the target's title.</summary>
    public string? Label { get; init; }

    /// <summary>The offset, relative to the parsed text, where the target (or the '#' of a same-page anchor) starts.</summary>
    public int TargetStart { get; init; }

    /// <summary>The length of the target part as written (id and anchor).</summary>
    public int TargetLength { get; init; }
}
