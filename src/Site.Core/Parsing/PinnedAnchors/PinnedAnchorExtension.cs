using Markdig;
using Markdig.Renderers;

namespace Site.Core.Parsing.PinnedAnchors;

/// <summary>
/// Adds <c>{#claim-dose}</c> pins. Not Markdig's generic attributes: those would let untrusted content set any
/// attribute on any element (<c>{onclick=...}</c>) and would change headings, links and code, which keep their rules.
/// </summary>
public sealed class PinnedAnchorExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // No other parser opens on '{', so order does not matter.
        if (!pipeline.InlineParsers.Contains<PinnedAnchorParser>())
        {
            pipeline.InlineParsers.Add(new PinnedAnchorParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlPinnedAnchorRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlPinnedAnchorRenderer());
        }
    }
}
