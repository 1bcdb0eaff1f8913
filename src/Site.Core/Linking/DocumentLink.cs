using Markdig.Syntax;
using Site.Core.Parsing;

namespace Site.Core.Linking;

/// <summary>
/// One link written in a document to another document, an asset, or an anchor, resolved once by the
/// link phase and used both by the analyzers (broken links and anchors) and by rendering (hrefs).
/// </summary>
/// <param name="From">The document the link is written in.</param>
/// <param name="Node">The syntax node, so rendering can find its resolution.</param>
/// <param name="Syntax">How it was written.</param>
/// <param name="Written">The target as written (id or path, with any anchor).</param>
/// <param name="Target">The document it points to, or null for an asset or a broken link.</param>
/// <param name="TargetUrl">The site URL it points to, or null when nothing exists there.</param>
/// <param name="Anchor">The fragment after '#', or null.</param>
/// <param name="Offset">Where the target is written, as an offset in the source file.</param>
/// <param name="Length">How long the written target is.</param>
public sealed record DocumentLink(
    ParsedDocument From,
    MarkdownObject Node,
    LinkSyntax Syntax,
    string Written,
    ParsedDocument? Target,
    string? TargetUrl,
    string? Anchor,
    int Offset,
    int Length)
{
    /// <summary>True when the link points at something that exists.</summary>
    public bool IsResolved => TargetUrl is not null;
}
