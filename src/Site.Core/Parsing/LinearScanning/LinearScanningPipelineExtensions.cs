using Markdig;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>Registers the linear scanning extension.</summary>
public static class LinearScanningPipelineExtensions
{
    /// <summary>Replaces the link, raw HTML and code span parsers with ones that stay linear; use it after every other extension.</summary>
    public static MarkdownPipelineBuilder UseLinearScanning(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LinearScanningExtension>();
        return pipeline;
    }
}
