using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Site.Core.Rendering;

/// <summary>
/// Markdig's table renderer, with each table of the body in a box that scrolls sideways by itself
/// when the table is wider than the page (many columns, a phone), so the page never does. The box is
/// a labelled region that takes focus, so that a keyboard can scroll it and a screen reader names it;
/// tables are numbered in the body ("Table 1"), which keeps each region's name unique.
/// </summary>
internal sealed class ScrollingTableRenderer : HtmlTableRenderer
{
    private Languages.SiteStrings _strings = Languages.SiteStrings.English;
    private int _tables;

    /// <summary>Begins a body in the site's words: its first table is "Table 1".</summary>
    public void Begin(Languages.SiteStrings strings) => (_strings, _tables) = (strings, 0);

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        _tables++;
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
            .WriteEscape(_strings.Format("table_label", ("number", _tables.ToString(CultureInfo.InvariantCulture))))
            .WriteLine("\">");
        base.Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}
