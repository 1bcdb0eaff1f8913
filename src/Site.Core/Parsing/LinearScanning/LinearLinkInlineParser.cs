using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>
/// Links: at each <c>](</c> Markdig reads a destination and a title to see whether an inline link closes there, and
/// a destination with an unbalanced '(' or a title in parentheses is read to the end of the paragraph when nothing
/// closes it: <c>[ (](</c> or <c>[a](b(</c> repeated costs the square of the paragraph's length. This one works out
/// first, in time that adds up to the paragraph's length (<see cref="InlineLinkScan"/>), whether an inline link can
/// close there; when it cannot, Markdig is shown the text only up to the '(', so that it finds the same at once,
/// and goes on as it would have (a reference link, or the '[' as text).
/// </summary>
internal sealed class LinearLinkInlineParser(LinkOptions options) : LinkInlineParser(options)
{
    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        if (slice.CurrentChar != ']')
        {
            // '[' or '![': an opener, left open until a ']' closes it or makes it text.
            var opened = base.Match(processor, ref slice);
            if (opened && processor.Inline is LinkDelimiterInline)
            {
                ParagraphState.Of(processor, this).Open.Opened(processor, slice.Text, start, slice.End);
            }

            return opened;
        }

        var opener = processor.Inline?.FirstParentOfType<LinkDelimiterInline>();
        var matched = Close(processor, ref slice);
        if (opener is { Parent: null })
        {
            ParagraphState.Of(processor, this).Open.Closed(processor, slice.Text, start);
        }

        return matched;
    }

    private bool Close(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '(' || processor.Inline is null
            || ParagraphState.Of(processor, this).Links.CanClose(slice.Text, slice.Start + 1, slice.End))
        {
            return base.Match(processor, ref slice);
        }

        var end = slice.End;
        slice.End = slice.Start + 1;
        var matched = base.Match(processor, ref slice);
        slice.End = end;
        return matched;
    }
}
