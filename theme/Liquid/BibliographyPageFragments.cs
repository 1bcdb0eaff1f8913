using System.Text.Encodings.Web;
using Fluid;
using Site.Core.Rendering.Models;
using static Site.Theme.Liquid.TemplateOutput;
using P = Site.Theme.Liquid.DefaultTemplatePaths;

namespace Site.Theme.Liquid;

/// <summary>
/// The bibliography as a writer: every reference by evidence level, then the retracted works. It writes what
/// <c>pages/BibliographyPage.liquid</c> renders, character for character (HotFragmentsTests renders every page both ways).
/// </summary>
internal static class BibliographyPageFragments
{
    /// <summary>The writers, each under the template it stands for.</summary>
    public static IReadOnlyList<FragmentWriter> All { get; } =
    [
        new(P.BibliographyPage, [P.EvidenceBadge], (w, e, c) => BibliographyPage(w, e, c, PageFragments.Page<BibliographyPageModel>(c)), recordsIncludes: true),
    ];

    private static void BibliographyPage(TextWriter w, TextEncoder e, TemplateContext c, BibliographyPageModel page)
    {
        var strings = page.Site.Strings;
        var wording = page.Site.Wording;
        var retracted = page.Retracted.Count;
        w.Write("<article class=\"bibliography\">\n    <header>\n        <h1>");
        Text(w, e, page.Title);
        w.Write("</h1>\n        <p class=\"lead\">");
        Text(w, e, page.Description);
        w.Write("</p>\n    </header>");
        if (page.Count == 0 && retracted == 0)
        {
            w.Write("\n    <p class=\"empty\">");
            Text(w, e, Label(strings, "no_references"));
            w.Write("</p>\n</article>");
            return;
        }

        w.Write("\n    <nav aria-label=\"");
        Text(w, e, Label(strings, "evidence_levels"));
        w.Write("\" class=\"level-index\">\n        <ul>");
        foreach (var group in page.Groups)
        {
            w.Write("\n            <li><a href=\"#");
            Text(w, e, group.Id);
            w.Write("\">");
            Text(w, e, group.Label);
            w.Write("</a> (");
            Number(w, group.Entries.Count);
            w.Write(")</li>");
        }

        if (retracted > 0)
        {
            w.Write("\n            <li><a href=\"#retracted\">");
            Text(w, e, Label(strings, "retracted_heading"));
            w.Write("</a> (");
            Text(w, e, wording.Count(retracted, "retracted_count"));
            w.Write(")</li>");
        }

        w.Write("\n        </ul>\n    </nav>");
        foreach (var group in page.Groups)
        {
            w.Write("\n    <section aria-labelledby=\"");
            Text(w, e, group.Id);
            w.Write("\" data-evidence=\"");
            Text(w, e, group.Id);
            w.Write("\">\n        <h2 id=\"");
            Text(w, e, group.Id);
            w.Write("\">");
            Text(w, e, group.Label);
            w.Write("</h2>\n        <ul class=\"bibliography-list\">");
            foreach (var entry in group.Entries)
            {
                Rendered(c, P.EvidenceBadge);
                Entry(w, e, page, entry, badge: true);
            }

            w.Write("\n        </ul>\n    </section>");
        }

        if (retracted > 0)
        {
            w.Write("\n    <section aria-labelledby=\"retracted\" data-retraction=\"retracted\">\n        <h2 id=\"retracted\">");
            Text(w, e, Label(strings, "retracted_heading"));
            w.Write("</h2>\n        <p class=\"retracted-not-counted\">");
            LiquidFilters.Fill(w, wording.Count(retracted, "retracted_explanation"), [("studies", Html(e, wording.Count(retracted, "retracted_study")))], e);
            w.Write("</p>\n        <ul class=\"bibliography-list\">");
            foreach (var entry in page.Retracted)
            {
                Entry(w, e, page, entry, badge: false);
            }

            w.Write("\n        </ul>\n    </section>");
        }

        w.Write("\n</article>");
    }

    // One work: its entry, its evidence badge (or, retracted, the mark), its page and how many pages cite it.
    private static void Entry(TextWriter w, TextEncoder e, BibliographyPageModel page, BibliographyEntry entry, bool badge)
    {
        var strings = page.Site.Strings;
        w.Write("\n            <li data-cite=\"");
        Text(w, e, entry.Reference.Key);
        w.Write("\">\n                <span class=\"entry\">");
        w.Write(entry.Reference.Entry.Html);
        w.Write("</span>\n                <span class=\"reference-meta\">\n                    ");
        if (badge)
        {
            HotFragments.EvidenceBadge(w, e, entry.Reference);
        }
        else
        {
            w.Write("<span class=\"retraction-flag\" data-retraction=\"retracted\">");
            Text(w, e, Label(strings, "retracted"));
            w.Write("</span>");
        }

        w.Write("\n                    <a href=\"");
        Text(w, e, page.Href(entry.Reference.Url));
        w.Write("\" class=\"reference-page\">");
        Text(w, e, Label(strings, "about_this_reference"));
        w.Write("</a>\n                    <span class=\"cited-count\">");
        LiquidFilters.Fill(w, Label(strings, "cited_by_pages") ?? "", [("pages", Html(e, page.Site.Wording.Count(entry.CitingPages, "page")))], e);
        w.Write("</span>\n                </span>\n            </li>");
    }
}
