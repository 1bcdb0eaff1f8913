using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>
/// Keeps Markdig's inline parsers linear on hostile input. Several of them, where a construct is opened and never
/// closed, scan to the end of the paragraph and fail, and then do the same from the next opener: a paragraph of
/// <c>[ (](</c>, <c>[a](b(</c>, <c>&lt;!--</c> or code spans of every length takes time in the square of its length.
/// The replacements here find first, in time that adds up to the paragraph's length, whether the construct can be
/// closed at all, and leave Markdig to parse only those that can: the tree is the one Markdig makes. And it counts the
/// emphasis delimiters and brackets a paragraph leaves open, through which Markdig walks for every inline it adds
/// (<see cref="OpenDelimiters"/>).
/// </summary>
public sealed class LinearScanningExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // In place, so that the order of the parsers is kept; Markdig's lists find parsers by their exact type, so
        // this extension is set up after every other one that places its parser relative to these (SiteMarkdown).
        LinearLinkInlineParser? links = null;
        Replace<LinkInlineParser>(pipeline.InlineParsers, link => links = new LinearLinkInlineParser(link.Options));
        if (links is not null)
        {
            Replace<EmphasisInlineParser>(pipeline.InlineParsers, emphasis => new BoundedEmphasisInlineParser(emphasis, links));
        }

        Replace<AutolinkInlineParser>(pipeline.InlineParsers, autolink => new LinearHtmlInlineParser(autolink.Options));
        Replace<CodeInlineParser>(pipeline.InlineParsers, _ => new LinearCodeInlineParser());
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Replace<T>(OrderedList<InlineParser> parsers, Func<T, InlineParser> replacement)
        where T : InlineParser
    {
        for (var i = 0; i < parsers.Count; i++)
        {
            if (parsers[i].GetType() == typeof(T))
            {
                parsers[i] = replacement((T)parsers[i]);
            }
        }
    }
}
