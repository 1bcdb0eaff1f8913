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
        w.Write("<article class=\"condition\">");
        ArticleFragments.ReviewOverdueNotice(w, e, c, page, page.ReviewOverdueSince, page.Reviewed);
        w.Write("\n    <header>\n        <p class=\"kind\">");
        Text(w, e, Label(strings, "kind_condition"));
        w.Write("</p>\n        <h1>");
        Text(w, e, page.Title);
        w.Write("</h1>");
        ArticleFragments.Aliases(w, e, page, page.Aliases, "\n        ");
        if (page.Description is not null)
        {
            w.Write("\n        <p class=\"lead\">");
            Text(w, e, page.Description);
            w.Write("</p>");
        }

        w.Write("\n        ");
        ArticleFragments.EvidenceAtAGlance(w, e, c, page, page.Evidence);
        w.Write("\n    </header>");
        ArticleFragments.PageContents(w, e, c, page, page.Contents);
        w.Write("\n    <div class=\"body\">");
        w.Write(page.BodyHtml);
        w.Write("</div>\n    ");
        ArticleFragments.EvidenceChart(w, e, c, page, page.Evidence);
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
                Rendered(c, P.RetractionFlagLabel);
                Rendered(c, P.EvidenceFlagLabel);
                w.Write("\n                <li>\n                    <blockquote>");
                Text(w, e, claim.Text);
                w.Write("</blockquote>\n                    ");
                HotFragments.RetractionFlagLabel(w, e, claim.RetractionMark);
                w.Write("\n                    ");
                HotFragments.EvidenceFlagLabel(w, e, claim.EvidenceMark);
                w.Write("\n                    <a href=\"");
                Text(w, e, href);
                w.Write('#');
                Text(w, e, claim.Anchor);
                w.Write("\" class=\"claim-link\">");
                Text(w, e, Label(strings, "read_in_context"));
                w.Write("<span class=\"visually-hidden\"> ");
                LiquidFilters.Fill(w, Label(strings, "read_in_context_on") ?? "", [("title", onPage)], e);
                w.Write("</span></a>\n                </li>");
            }

            w.Write("\n            </ul>\n        </section>");
        }

        w.Write("\n    </section>\n    ");
        ArticleFragments.ReviewedDate(w, e, c, page, page.Reviewed);
        w.Write("\n</article>");
    }
}
