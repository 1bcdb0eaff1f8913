using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Site.Core.Parsing.LinearScanning;

/// <summary>
/// Raw HTML comments, processing instructions, declarations and CDATA (<c>&lt;!-- … --&gt;</c>, <c>&lt;? … ?&gt;</c>,
/// <c>&lt;!DOCTYPE …&gt;</c>, <c>&lt;![CDATA[ … ]]&gt;</c>): Markdig looks for the end from each opener to the end of
/// the paragraph, so a paragraph of openers never closed costs the square of its length. This one finds the next
/// end once for all the openers before it: an opener with no end after it is text, as Markdig would have found, and
/// only the others are left to Markdig.
/// </summary>
internal sealed class LinearHtmlInlineParser(AutolinkOptions options) : AutolinkInlineParser(options)
{
    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() is '!' or '?' && !processor.GetParserState(this, static () => new HtmlEnds()).CanClose(slice) && !IsAutolink(slice))
        {
            return false;
        }

        return base.Match(processor, ref slice);
    }

    // '<!x@example.org>' and '<?x@example.org>' are e-mail autolinks, which Markdig tries first. Their scan stops at the
    // next '<', so trying it from every opener adds up to the paragraph's length.
    private static bool IsAutolink(StringSlice slice) => LinkHelper.TryParseAutolink(ref slice, out _, out _);

    /// <summary>The ends found in one paragraph, each search remembered for the openers before what it found.</summary>
    private sealed class HtmlEnds
    {
        private readonly ForwardSearch _comment = new("-->");
        private readonly ForwardSearch _instruction = new("?>");
        private readonly ForwardSearch _data = new("]]>");
        private readonly ForwardSearch _tagEnd = new(">");
        private readonly ForwardSearch _nul = new("\0");

        /// <summary>False when the construct opened at the slice's '&lt;' is one that cannot be closed in what is left.</summary>
        public bool CanClose(StringSlice slice)
        {
            var text = slice.Text;
            var at = slice.Start;
            var end = slice.End;
            if (slice.PeekChar() == '?')
            {
                // '<?' then anything up to the first '?>' whose '?' is not the opener's own; a NUL ends the scan.
                return Before(_instruction.Next(text, at + 2, end), _nul.Next(text, at + 2, end));
            }

            var third = slice.PeekCharExtra(2);
            if (third == '-')
            {
                // '<!-->' and '<!--->' hold '-->' from the third character on, and a longer comment after its '<!--'.
                return slice.PeekCharExtra(3) != '-' || _comment.Next(text, at + 2, end) >= 0;
            }

            if (third == '[')
            {
                // '<![CDATA[' then anything up to ']]>'; a NUL ends the scan.
                return !slice.Match("<![CDATA[") || Before(_data.Next(text, at + 9, end), _nul.Next(text, at + 9, end));
            }

            // A declaration, '<!' and capital letters then white space, runs to the next '>'; a NUL ends the scan.
            return Before(_tagEnd.Next(text, at + 2, end), _nul.Next(text, at + 2, end));
        }

        private static bool Before(int found, int nul) => found >= 0 && (nul < 0 || found < nul);
    }
}
