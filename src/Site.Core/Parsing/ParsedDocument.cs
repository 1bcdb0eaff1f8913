using Markdig.Syntax;
using Site.Core.Content;

namespace Site.Core.Parsing;

/// <summary>A loaded document with its markdown syntax tree, parsed once and kept.</summary>
/// <param name="Source">The loaded document.</param>
/// <param name="Markdown">The syntax tree of the body; spans are relative to the body.</param>
public sealed record ParsedDocument(SourceDocument Source, MarkdownDocument Markdown)
{
    /// <summary>The document id.</summary>
    public string Id => Source.Id;

    /// <summary>The document kind.</summary>
    public DocumentKind Kind => Source.Kind;

    /// <summary>The offset in the source file of a position in the body.</summary>
    public int FileOffset(int bodyPosition) => Source.BodyOffset + bodyPosition;
}
