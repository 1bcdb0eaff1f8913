using Markdig;

namespace Site.Core.Parsing.PinnedAnchors;

/// <summary>Registers the pinned anchor extension.</summary>
public static class PinnedAnchorPipelineExtensions
{
    /// <summary>Adds <c>{#claim-dose}</c> at the end of a claim, which pins the claim's anchor.</summary>
    public static MarkdownPipelineBuilder UsePinnedAnchors(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<PinnedAnchorExtension>();
        return pipeline;
    }
}
