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
    /// <summary>
    /// Writes <paramref name="group"/> as it appears on a page whose citations are <paramref name="citations"/>; an
    /// author-in-text citation as APA's narrative form, "Jones et al. (2018, p. 3)", any further works of its bracket
    /// inside the same parentheses.
    /// </summary>
    public static void Write(HtmlRenderer renderer, CitationGroup group, PageCitations citations, PreparedStyle prepared, IComparer<CitedWork> order)
    {
        renderer.Write("<span class=\"citation-group\" id=\"").WriteEscape(citations.AnchorOf(group)).Write("\">");
        var items = group.Items;
        var first = true;
        if (group.InText)
        {
            var work = citations.WorkOf(items[0].Key)!;
            var reference = prepared.ReferenceOf(work).FrontMatter;
            var label = ApaLabel.Of(reference, prepared.SuffixOf(work.Reference.Id));
            WriteNames(renderer, label with { Names = NarrativeNames.Of(reference, prepared.Strings["and"]) });
            renderer.Write(" (");
            WriteLink(renderer, group, items[0].Key, () => renderer.WriteEscape(label.Year));
            WriteLocator(renderer, items[0]);
            items = [.. items.Skip(1)];
            first = false;
        }
        else
        {
            renderer.Write("(");
        }

        var resolved = new List<(CitedWork Work, CitationItem Item)>();
        var unknown = new List<CitationItem>();
        foreach (var item in items)
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
        foreach (var (work, item) in shown)
        {
            Separate(renderer, ref first);
            WritePrefix(renderer, item);
            var label = ApaLabel.Of(prepared.ReferenceOf(work).FrontMatter, prepared.SuffixOf(work.Reference.Id));
            // "[-@a]": the authors are named in the sentence already, the citation gives the year.
            WriteLink(renderer, group, item.Key, () =>
            {
                if (item.Mode == CitationMode.SuppressAuthor)
                {
                    renderer.WriteEscape(label.Year);
                }
                else
                {
                    WriteLabel(renderer, label);
                }
            });
            WriteLocator(renderer, item);
        }

        // Shown only while the build fails (preview): the key as written, marked.
        foreach (var item in unknown)
        {
            Separate(renderer, ref first);
            WritePrefix(renderer, item);
            renderer.Write("<span class=\"citation-unknown\" title=\"").WriteEscape(prepared.Strings["unknown_citation"]).Write("\">@").WriteEscape(item.Key).Write("</span>");
        }

        renderer.Write(")</span>");
    }

    // A link to the entry; inside a link's text, text with the same hooks.
    private static void WriteLink(HtmlRenderer renderer, CitationGroup group, string key, Action content)
    {
        if (group.InLinkText)
        {
            renderer.Write("<span class=\"citation\" data-cite=\"").WriteEscape(key).Write("\">");
            content();
            renderer.Write("</span>");
            return;
        }

        renderer.Write("<a class=\"citation\" href=\"#ref-").WriteEscape(key).Write("\" data-cite=\"").WriteEscape(key).Write("\">");
        content();
        renderer.Write("</a>");
    }

    private static void WriteLocator(HtmlRenderer renderer, CitationItem item)
    {
        if (item.Locator is not { } locator)
        {
            return;
        }

        if (CitationAffixes.IsClosing(locator))
        {
            renderer.WriteEscape(locator);
            return;
        }

        renderer.Write(", <span class=\"locator\">");
        CitationAffixes.Write(renderer, locator);
        renderer.Write("</span>");
    }

    // The names, or the title of a work without authors, as the sentence reads them: "Jones et al.", “Title”, <i>Title</i>.
    private static void WriteNames(HtmlRenderer renderer, ApaLabel label)
    {
        switch (label.Title)
        {
            case ApaTitle.Quoted:
                renderer.Write("“").WriteEscape(label.Names).Write("”");
                break;
            case ApaTitle.Italic:
                renderer.Write("<i>").WriteEscape(label.Names).Write("</i>");
                break;
            default:
                renderer.WriteEscape(label.Names);
                break;
        }
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
            CitationAffixes.WritePrefix(renderer, prefix);
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
