using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.PinnedAnchors;

/// <summary>
/// <c>{#claim-dose}</c> at the end of a line: an editor's pin of the anchor of the claim it ends. Its
/// <see cref="Markdig.Syntax.MarkdownObject.Span"/> covers the braces. The claim finder takes the pins that end
/// a claim out of the tree; any other (in a heading, in editorial text, mid-paragraph) stays text as written.
/// </summary>
public sealed class PinnedAnchor : LeafInline
{
    /// <summary>What is written between "{#" and "}", untrimmed.</summary>
    public required string Written { get; init; }

    /// <summary>The pin as written, braces included.</summary>
    public string Text => "{#" + Written + "}";
}
