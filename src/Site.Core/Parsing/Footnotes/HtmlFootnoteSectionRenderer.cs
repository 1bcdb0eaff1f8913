using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Core.Parsing.Footnotes;

/// <summary>
/// Writes a page's notes as a section labelled for assistive technology, one list item per note in the order the
/// text first refers to them. A page whose notes are all unreferenced (Markdig leaves them out) has no section.
/// </summary>
public sealed class HtmlFootnoteSectionRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    /// <summary>The site's labels, which name the section; English until the render phase sets the site's.</summary>
    public Languages.SiteStrings Strings { get; set; } = Languages.SiteStrings.English;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, FootnoteGroup notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<section class=\"footnotes\" aria-label=\"").WriteEscape(Strings["footnotes_label"]).WriteLine("\">");
        renderer.WriteLine("<ol>");
        foreach (var block in notes)
        {
            var note = (Footnote)block;
            renderer.Write("<li id=\"").Write(FootnoteIds.Note(note)).WriteLine("\">");
            renderer.WriteChildren(note);
            renderer.EnsureLine();
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
