using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// Writes text as Markdig does, less the spaces right before a citation written as a superscript
/// number: the number sits against the words it supports ("works¹."), and a line cannot break between
/// them. Editors keep writing Pandoc's "works [@key]."; the syntax tree, and so claim text, keeps the space.
/// </summary>
internal sealed class HtmlCitedTextRenderer(HtmlCitationRenderer citations) : LiteralInlineRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        if (!citations.WritesAgainstWord(renderer, obj.NextSibling))
        {
            base.Write(renderer, obj);
            return;
        }

        var content = obj.Content;
        content.TrimEnd();
        if (renderer.EnableHtmlEscape)
        {
            renderer.WriteEscape(ref content);
        }
        else
        {
            renderer.Write(ref content);
        }
    }
}
