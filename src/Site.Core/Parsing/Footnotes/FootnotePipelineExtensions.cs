using Markdig;

namespace Site.Core.Parsing.Footnotes;

/// <summary>Registers the footnote extension (in place of Markdig's UseFootnotes, whose markup is an unlabelled div).</summary>
public static class FootnotePipelineExtensions
{
    /// <summary>Adds <c>[^1]</c> references and <c>[^1]: text</c> notes, written as a labelled section at the end of the body.</summary>
    public static MarkdownPipelineBuilder UseFootnoteSection(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FootnoteSectionExtension>();
        return pipeline;
    }
}
