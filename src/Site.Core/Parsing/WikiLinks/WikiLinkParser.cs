using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Core.Parsing.WikiLinks;

/// <summary>Parses <c>[[target#anchor|label]]</c> on one line; anything else is left to the link parser.</summary>
public sealed class WikiLinkParser : InlineParser
{
    /// <summary>Creates the parser, triggered by '['.</summary>
    public WikiLinkParser()
    {
        OpeningCharacters = ['['];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '[')
        {
            return false;
        }

        var close = -1;
        for (var i = start + 2; i < slice.End; i++)
        {
            var c = text[i];
            if (c == ']' && text[i + 1] == ']')
            {
                close = i;
                break;
            }

            if (c is '[' or ']' or '\n' or '\r')
            {
                return false;
            }
        }

        if (close < 0)
        {
            return false;
        }

        var content = text.AsSpan(start + 2, close - start - 2);
        var pipe = content.IndexOf('|');
        var targetPart = pipe < 0 ? content : content[..pipe];
        var hash = targetPart.IndexOf('#');
        var target = (hash < 0 ? targetPart : targetPart[..hash]).Trim();
        var anchor = hash < 0 ? null : targetPart[(hash + 1)..].Trim().ToString();
        if (target.IsEmpty && string.IsNullOrEmpty(anchor))
        {
            return false;
        }

        var label = pipe < 0 ? null : content[(pipe + 1)..].Trim().ToString();
        var leading = targetPart.Length - targetPart.TrimStart().Length;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new WikiLink
        {
            Target = target.ToString(),
            Anchor = string.IsNullOrEmpty(anchor) ? null : anchor,
            Label = string.IsNullOrEmpty(label) ? null : label,
            TargetStart = position + 2 + leading,
            TargetLength = targetPart.Trim().Length,
            Span = new SourceSpan(position, position + close + 1 - start),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
