using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Core.Parsing.Footnotes;

/// <summary>
/// Writes a reference to a note (a superscript number linking to it) and the note's way back to each reference. A link
/// named only "1" or "↩" says nothing out of context, so both carry words for assistive technology.
/// </summary>
public sealed class HtmlFootnoteMarkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    /// <summary>The site's labels, which name the links; English until the render phase sets the site's.</summary>
    public Languages.SiteStrings Strings { get; set; } = Languages.SiteStrings.English;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var number = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(link.IsBackLink ? string.Empty : number);
            return;
        }

        if (link.IsBackLink)
        {
            // The note's n-th way back, when the text refers to it more than once, is told apart by its number.
            var nth = link.Footnote.Links.FindIndex(l => l.Index == link.Index) + 1;
            // Its label ends with the number it shows, as assistive technology expects of a link's name.
            var label = nth > 1
                ? Strings.Format("footnote_back_label_place", ("number", number), ("place", nth.ToString(CultureInfo.InvariantCulture)))
                : Strings.Format("footnote_back_label", ("number", number));
            // Apart from the note's last words; alone in the paragraph Markdig adds for them after a list or code.
            renderer.Write(link.PreviousSibling is null ? "<a href=\"#" : " <a href=\"#").Write(FootnoteIds.Reference(link)).Write("\" class=\"footnote-back\" aria-label=\"").WriteEscape(label).Write("\">");
            renderer.Write("↩");
            if (nth > 1)
            {
                renderer.Write("<sup>").Write(nth.ToString(CultureInfo.InvariantCulture)).Write("</sup>");
            }

            renderer.Write("</a>");
            return;
        }

        renderer.Write("<sup class=\"footnote-ref\"><a href=\"#").Write(FootnoteIds.Note(link.Footnote)).Write("\" id=\"").Write(FootnoteIds.Reference(link))
            .Write("\" aria-label=\"").WriteEscape(Strings.Format("footnote_reference_label", ("number", number))).Write("\">").Write(number).Write("</a></sup>");
    }
}
