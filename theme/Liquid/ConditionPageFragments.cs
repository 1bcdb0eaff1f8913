using System.Text.Encodings.Web;
using Fluid;
using Site.Core.Rendering.Models;
using static Site.Theme.Liquid.TemplateOutput;
using P = Site.Theme.Liquid.DefaultTemplatePaths;

namespace Site.Theme.Liquid;

/// <summary>
/// A condition page as a writer: the article's parts a substance page has too, and the claims that connect each substance to
/// the condition. It writes what <c>pages/ConditionPage.liquid</c> renders, character for character (HotFragmentsTests
/// renders every page both ways).
/// </summary>
internal static class ConditionPageFragments
{
    /// <summary>The writers, each under the template it stands for.</summary>
    public static IReadOnlyList<FragmentWriter> All { get; } =
    [
        new(P.ConditionPage, [P.ReviewOverdueNotice, P.ReaderDate, P.EvidenceAtAGlance, P.PageContents, P.EvidenceChart, P.PageList, P.RetractionFlagLabel, P.EvidenceFlagLabel, P.ReviewedDate],
            (w, e, c) => ConditionPage(w, e, c, PageFragments.Page<ConditionPageModel>(c)), recordsIncludes: true),
    ];

    private static void ConditionPage(TextWriter w, TextEncoder e, TemplateContext c, ConditionPageModel page)
    {
        var strings = page.Site.Strings;
        ArticleFragments.Opening(w, e, c, page, "condition", Html(e, Label(strings, "kind_condition")), page.Aliases, page.Evidence, page.ReviewOverdueSince, page.Reviewed, "\n    ", "\n        ");
        w.Write("\n    <section class=\"related\" aria-labelledby=\"substances-studied\">\n        <h2 id=\"substances-studied\">");
        Text(w, e, Label(strings, "substances_studied"));
        w.Write("</h2>\n        ");
        ArticleFragments.PageList(w, e, c, page, page.Substances, Label(strings, "no_substance_lists_condition"));
        w.Write("\n    </section>\n    <section class=\"connections\" aria-labelledby=\"connecting-claims\">\n        <h2 id=\"connecting-claims\">");
        Text(w, e, Label(strings, "claims_connecting"));
        w.Write("</h2>");
        if (page.Connections.Count == 0)
        {
            w.Write("\n        <p class=\"empty\">");
            LiquidFilters.Fill(w, Label(strings, "no_claim_links_to") ?? "", [("title", Html(e, page.Title))], e);
            w.Write("</p>");
        }

        foreach (var connection in page.Connections)
        {
            var href = page.Href(connection.Page.Url);
            w.Write("\n        <section class=\"pair\" aria-labelledby=\"from-");
            Text(w, e, connection.Id);
            w.Write("\">\n            <h3 id=\"from-");
            Text(w, e, connection.Id);
            w.Write("\"><a href=\"");
            Text(w, e, href);
            w.Write("\">");
            Text(w, e, connection.Page.Title);
            w.Write("</a></h3>\n            <ul class=\"passages\">");
            var onPage = Html(e, connection.Page.Title);
            foreach (var claim in connection.Claims)
            {
                HotFragments.ClaimPassage(w, e, c, page, claim, href, onPage, "\n                ", "\n                    ");
            }

            w.Write("\n            </ul>\n        </section>");
        }

        w.Write("\n    </section>\n    ");
        ArticleFragments.ReviewedDate(w, e, c, page, page.Reviewed);
        w.Write("\n</article>");
    }
}
