using Markdig.Renderers;
using Site.Core.Linking;
using Site.Core.Parsing.Citations;

namespace Site.Core.Styles.Apa;

/// <summary>
/// Writes a citation APA style, in parentheses: "(see Jones et al., 2018, p. 3; Smith &amp; Roe, 2019a)", the works in the
/// reference list's order, each label a link to the page's reference list
/// (<c>&lt;a class="citation" data-cite="KEY" href="#ref-KEY"&gt;</c>), each prefix before its work and each locator after
/// it. The citation's element has the id the reference list links back to.
/// </summary>
internal static class ApaCitations
{
    /// <summary>Writes <paramref name="group"/> as it appears on a page whose citations are <paramref name="citations"/>.</summary>
    public static void Write(HtmlRenderer renderer, CitationGroup group, PageCitations citations, PreparedStyle prepared, IComparer<CitedWork> order)
    {
        renderer.Write("<span class=\"citation-group\" id=\"").WriteEscape(citations.AnchorOf(group)).Write("\">(");
        var resolved = new List<(CitedWork Work, CitationItem Item)>();
        var unknown = new List<CitationItem>();
        foreach (var item in group.Items)
        {
            if (citations.WorkOf(item.Key) is { } work)
            {
                resolved.Add((work, item));
            }
            else
            {
                unknown.Add(item);
            }
        }

        // The same work without a locator and with one: the bare citation adds nothing.
        var located = resolved.Where(r => r.Item.Locator is not null).Select(r => r.Work).ToHashSet();
        var shown = resolved
            .Where(r => r.Item.Locator is not null || !located.Contains(r.Work))
            .DistinctBy(r => (r.Work, r.Item.Locator))
            .OrderBy(r => r.Work, order)
            .ToList();
        var first = true;
        foreach (var (work, item) in shown)
        {
            Separate(renderer, ref first);
            WritePrefix(renderer, item);
            var label = ApaLabel.Of(prepared.ReferenceOf(work).FrontMatter, prepared.SuffixOf(work.Reference.Id));
            renderer.Write("<a class=\"citation\" href=\"#ref-").WriteEscape(item.Key).Write("\" data-cite=\"").WriteEscape(item.Key).Write("\">");
            WriteLabel(renderer, label);
            renderer.Write("</a>");
            if (item.Locator is { } locator)
            {
                renderer.Write(", <span class=\"locator\">").WriteEscape(locator).Write("</span>");
            }
        }

        // Shown only while the build fails (preview): the key as written, marked.
        foreach (var item in unknown)
        {
            Separate(renderer, ref first);
            WritePrefix(renderer, item);
            renderer.Write("<span class=\"citation-unknown\" title=\"No reference has this key\">@").WriteEscape(item.Key).Write("</span>");
        }

        renderer.Write(")</span>");
    }

    private static void WriteLabel(HtmlRenderer renderer, ApaLabel label)
    {
        switch (label.Title)
        {
            case ApaTitle.Quoted:
                renderer.Write("“").WriteEscape(label.Names).Write(",” ").WriteEscape(label.Year);
                break;
            case ApaTitle.Italic:
                renderer.Write("<i>").WriteEscape(label.Names).Write("</i>, ").WriteEscape(label.Year);
                break;
            default:
                renderer.WriteEscape(label.Names).Write(", ").WriteEscape(label.Year);
                break;
        }
    }

    private static void WritePrefix(HtmlRenderer renderer, CitationItem item)
    {
        if (item.Prefix is { Length: > 0 } prefix)
        {
            renderer.WriteEscape(prefix).Write(' ');
        }
    }

    private static void Separate(HtmlRenderer renderer, ref bool first)
    {
        if (!first)
        {
            renderer.Write("; ");
        }

        first = false;
    }
}
