using Markdig;

namespace Site.Core.Parsing.Citations;

/// <summary>Registers the citation extension (Markdig's own UseCitations is the unrelated ""cite"" emphasis).</summary>
public static class CitationPipelineExtensions
{
    /// <summary>Adds <c>[@key]</c>, <c>[@a; @b]</c>, <c>[@a, p. 3]</c> and <c>[see @a]</c> citations.</summary>
    public static MarkdownPipelineBuilder UsePandocCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationExtension>();
        return pipeline;
    }
}
