using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Site.Core.Parsing.Headings;

/// <summary>Keeps the source positions of links and citations in headings written with a tab after the '#'s.</summary>
public sealed class TabbedHeadingExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // In place of the standard heading parser, which it extends.
        if (!pipeline.BlockParsers.Contains<TabbedHeadingBlockParser>())
        {
            pipeline.BlockParsers.Replace<HeadingBlockParser>(new TabbedHeadingBlockParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
