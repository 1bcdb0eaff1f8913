using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>Emphasis as Markdig reads it, counting the delimiters it leaves open (<see cref="OpenDelimiters"/>).</summary>
internal sealed class BoundedEmphasisInlineParser : EmphasisInlineParser
{
    private readonly LinearLinkInlineParser _links;

    /// <summary>A parser with <paramref name="original"/>'s delimiters and settings, which extensions have added to, counting with <paramref name="links"/>.</summary>
    public BoundedEmphasisInlineParser(EmphasisInlineParser original, LinearLinkInlineParser links)
    {
        _links = links;
        EmphasisDescriptors.Clear();
        EmphasisDescriptors.AddRange(original.EmphasisDescriptors);
        TryCreateEmphasisInlineList.AddRange(original.TryCreateEmphasisInlineList);
        CjkFriendlyEmphasis = original.CjkFriendlyEmphasis;
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (!base.Match(processor, ref slice))
        {
            return false;
        }

        if (processor.Inline is DelimiterInline { IsClosed: false })
        {
            ParagraphState.Of(processor, _links).Open.Opened(processor, slice.Text, start, slice.End);
        }

        return true;
    }
}
