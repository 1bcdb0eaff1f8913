using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// Writes line breaks as Markdig does, except a soft one right before a citation written as a
/// superscript number: like the space of <see cref="HtmlCitedTextRenderer"/>, it would set the number
/// apart from the words it supports, and could leave it alone at the start of a line.
/// </summary>
internal sealed class HtmlCitedLineBreakRenderer(HtmlCitationRenderer citations) : LineBreakInlineRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard || !citations.WritesAgainstWord(renderer, obj.NextSibling))
        {
            base.Write(renderer, obj);
        }
    }
}
