using System.Text.Encodings.Web;
using Fluid;
using Site.Core.Rendering.Models;
using static Site.Theme.Liquid.TemplateOutput;
using P = Site.Theme.Liquid.DefaultTemplatePaths;

namespace Site.Theme.Liquid;

/// <summary>
/// The substance and mechanism pages as writers, with what they render: the overdue review notice, the evidence at a glance
/// and its chart, "On this page", the lists of linked pages, and the review date. Each writes what its template renders,
/// character for character (HotFragmentsTests renders every page both ways).
/// </summary>
internal static class ArticleFragments
{
    /// <summary>The writers, each under the template it stands for.</summary>
    public static IReadOnlyList<FragmentWriter> All { get; } =
    [
        new(P.SubstancePage, [P.ReviewOverdueNotice, P.ReaderDate, P.EvidenceAtAGlance, P.PageContents, P.EvidenceChart, P.PageList, P.RelatedSection, P.ReviewedDate],
            (w, e, c) => SubstancePage(w, e, c, Value<SubstancePageModel>(c, "page") ?? throw new InvalidOperationException("a substance page without its model")),
            recordsIncludes: true),
        new(P.MechanismPage, [P.ReviewOverdueNotice, P.ReaderDate, P.EvidenceAtAGlance, P.PageContents, P.EvidenceChart, P.PageList, P.ReviewedDate],
            (w, e, c) => MechanismPage(w, e, c, Value<MechanismPageModel>(c, "page") ?? throw new InvalidOperationException("a mechanism page without its model")),
            recordsIncludes: true),
    ];

    private static void SubstancePage(TextWriter w, TextEncoder e, TemplateContext c, SubstancePageModel page)
    {
        var strings = page.Site.Strings;
        var kind = page.Class is null ? Html(e, Label(strings, "kind_substance")) : Html(e, Label(strings, "kind_substance")) + Html(e, " · ") + Html(e, page.Class);
        Opening(w, e, c, page, "substance", kind, page.Aliases, page.Evidence, page.ReviewOverdueSince, page.Reviewed, "\n        ", "\n            ");
        w.Write("\n        <section class=\"related\" aria-labelledby=\"mechanisms-of-action\">\n            <h2 id=\"mechanisms-of-action\">");
        Text(w, e, Label(strings, "mechanisms_of_action"));
        w.Write("</h2>\n            ");
        PageList(w, e, c, page, page.Mechanisms, Label(strings, "no_mechanisms_listed"));
        w.Write("\n        </section>\n        ");
        RelatedSection(w, e, c, page, "conditions-studied", Label(strings, "conditions_studied"), page.Conditions);
        ReviewedDate(w, e, c, page, page.Reviewed);
        w.Write("\n    </article>");
    }

    private static void MechanismPage(TextWriter w, TextEncoder e, TemplateContext c, MechanismPageModel page)
    {
        var strings = page.Site.Strings;
        Opening(w, e, c, page, "mechanism", Html(e, Label(strings, "kind_mechanism")), page.Aliases, page.Evidence, page.ReviewOverdueSince, page.Reviewed, "\n    ", "\n        ");
        w.Write("\n    <section class=\"related\" aria-labelledby=\"substances-acting-through-it\">\n        <h2 id=\"substances-acting-through-it\">");
        Text(w, e, Label(strings, "substances_acting"));
        w.Write("</h2>\n        ");
        PageList(w, e, c, page, page.Substances, Label(strings, "no_substance_lists_mechanism"));
        w.Write("\n    </section>\n    ");
        ReviewedDate(w, e, c, page, page.Reviewed);
        w.Write("\n</article>");
    }

    /// <summary>
    /// What a substance, mechanism or condition page opens with, down to its evidence chart: the overdue review notice, the
    /// header (kind, title, other names, summary, evidence at a glance), "On this page", the body and the chart. The
    /// templates indent the article's children by <paramref name="outer"/> and the header's by <paramref name="inner"/>.
    /// </summary>
    internal static void Opening(
        TextWriter w, TextEncoder e, TemplateContext c, ArticlePageModel page, string article, string kind, IReadOnlyList<string> aliases, EvidenceSummary evidence,
        DateOnly? overdueSince, DateOnly? reviewed, string outer, string inner)
    {
        w.Write("<article class=\"");
        w.Write(article);
        w.Write("\">");
        ReviewOverdueNotice(w, e, c, page, overdueSince, reviewed);
        w.Write(outer);
        w.Write("<header>");
        w.Write(inner);
        w.Write("<p class=\"kind\">");
        w.Write(kind);
        w.Write("</p>");
        w.Write(inner);
        w.Write("<h1>");
        Text(w, e, page.Title);
        w.Write("</h1>");
        Aliases(w, e, page, aliases, inner);
        if (page.Description is not null)
        {
            w.Write(inner);
            w.Write("<p class=\"lead\">");
            Text(w, e, page.Description);
            w.Write("</p>");
        }

        w.Write(inner);
        EvidenceAtAGlance(w, e, c, page, evidence);
        w.Write(outer);
        w.Write("</header>");
        PageContents(w, e, c, page, page.Contents);
        w.Write(outer);
        w.Write("<div class=\"body\">");
        w.Write(page.BodyHtml);
        w.Write("</div>");
        w.Write(outer);
        EvidenceChart(w, e, c, page, evidence);
    }

    // "Also known as ...": the names joined by commas, filled into the label.
    private static void Aliases(TextWriter w, TextEncoder e, PageModel page, IReadOnlyList<string> aliases, string indent)
    {
        if (aliases.Count == 0)
        {
            return;
        }

        w.Write(indent);
        w.Write("<p class=\"aliases\">");
        LiquidFilters.Fill(w, Label(page.Site.Strings, "also_known_as") ?? "", [("names", Html(e, string.Join(", ", aliases)))], e);
        w.Write("</p>");
    }

    internal static void ReviewOverdueNotice(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, DateOnly? since, DateOnly? reviewed)
    {
        Rendered(c, P.ReviewOverdueNotice);
        if (since is not { } from || reviewed is not { } last)
        {
            return;
        }

        var strings = page.Site.Strings;
        w.Write("\n    <aside class=\"review-overdue\" aria-labelledby=\"review-overdue-notice\">\n        <p><strong id=\"review-overdue-notice\">");
        LiquidFilters.Fill(w, Label(strings, "review_overdue_since") ?? "", [("date", ReaderDate(e, c, page, from))], e);
        w.Write("</strong>\n        ");
        LiquidFilters.Fill(w, Label(strings, "review_overdue_text") ?? "", [("date", ReaderDate(e, c, page, last))], e);
        w.Write("</p>\n    </aside>");
    }

    internal static void EvidenceAtAGlance(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, EvidenceSummary summary)
    {
        Rendered(c, P.EvidenceAtAGlance);
        if (summary.Total <= 0)
        {
            return;
        }

        w.Write("\n    <p class=\"evidence-glance\">\n        <span><a href=\"#evidence-behind-this-page\">");
        Text(w, e, Label(page.Site.Strings, "evidence"));
        w.Write("</a>:</span>");
        foreach (var bar in summary.Bars)
        {
            w.Write("\n        <span class=\"evidence-badge\" data-evidence=\"");
            Text(w, e, bar.Level);
            w.Write("\">");
            Text(w, e, bar.Label);
            w.Write("</span><span class=\"evidence-glance-count\">");
            Number(w, bar.Count);
            w.Write("</span>");
        }

        w.Write("\n        <span class=\"evidence-glance-claims\">· ");
        Text(w, e, page.Site.Wording.Count(summary.Claims, "claim"));
        w.Write("</span>\n    </p>");
    }

    internal static void PageContents(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, IReadOnlyList<PageHeading> contents)
    {
        Rendered(c, P.PageContents);
        if (contents.Count == 0)
        {
            return;
        }

        var onThisPage = Label(page.Site.Strings, "on_this_page");
        w.Write("\n<nav class=\"page-contents\" aria-label=\"");
        Text(w, e, onThisPage);
        w.Write("\">\n    <details>\n        <summary>");
        Text(w, e, onThisPage);
        w.Write("</summary>\n        <ol>");
        foreach (var heading in contents)
        {
            w.Write("\n            <li><a href=\"#");
            Text(w, e, heading.Anchor);
            w.Write("\">");
            Text(w, e, heading.Text);
            w.Write("</a>");
            if (heading.Subheadings.Count > 0)
            {
                w.Write("\n                <ol>");
                foreach (var subheading in heading.Subheadings)
                {
                    w.Write("\n                    <li><a href=\"#");
                    Text(w, e, subheading.Anchor);
                    w.Write("\">");
                    Text(w, e, subheading.Text);
                    w.Write("</a></li>");
                }

                w.Write("\n                </ol>\n            ");
            }

            w.Write("</li>");
        }

        w.Write("\n        </ol>\n    </details>\n</nav>");
    }

    internal static void EvidenceChart(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, EvidenceSummary summary)
    {
        Rendered(c, P.EvidenceChart);
        var strings = page.Site.Strings;
        var wording = page.Site.Wording;
        w.Write("<section class=\"evidence-summary\" aria-labelledby=\"evidence-behind-this-page\">\n    <h2 id=\"evidence-behind-this-page\">");
        Text(w, e, Label(strings, "evidence_behind_page"));
        w.Write("</h2>");
        if (summary.Total == 0)
        {
            w.Write("\n    <p class=\"empty\">");
            Text(w, e, Label(strings, summary.Retracted > 0 ? "no_references_counted" : "no_references_yet"));
            w.Write("</p>");
        }
        else
        {
            var references = Html(e, wording.Count(summary.Total, "distinct_reference"));
            var claims = Html(e, wording.Count(summary.Claims, "claim"));
            w.Write("\n    <p class=\"evidence-totals\">");
            if (summary.FlaggedClaims > 0)
            {
                LiquidFilters.Fill(w, Label(strings, "evidence_totals_flagged") ?? "", [("references", references), ("claims", claims), ("flagged", Html(e, wording.Count(summary.FlaggedClaims, "flagged_claim")))], e);
            }
            else
            {
                LiquidFilters.Fill(w, Label(strings, "evidence_totals") ?? "", [("references", references), ("claims", claims)], e);
            }

            w.Write(".\n    </p>\n    <table class=\"evidence-chart\">\n        <caption class=\"visually-hidden\">");
            Text(w, e, Label(strings, "evidence_chart_caption"));
            w.Write("</caption>\n        <thead class=\"visually-hidden\">\n            <tr><th scope=\"col\">");
            Text(w, e, Label(strings, "evidence_level"));
            w.Write("</th><th scope=\"col\">");
            Text(w, e, Label(strings, "references"));
            w.Write("</th></tr>\n        </thead>\n        <tbody>");
            var referencesHref = page.Href(page.Site.ReferencesUrl);
            foreach (var bar in summary.Bars)
            {
                w.Write("\n            <tr data-evidence=\"");
                Text(w, e, bar.Level);
                w.Write("\">\n                <th scope=\"row\"><a href=\"");
                Text(w, e, referencesHref);
                w.Write('#');
                Text(w, e, bar.Level);
                w.Write("\">");
                Text(w, e, bar.Label);
                w.Write("</a></th>\n                <td>\n                    <svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"");
                Number(w, bar.Width);
                w.Write("\" height=\"10\"></rect></svg>\n                    <span class=\"count\">");
                Number(w, bar.Count);
                w.Write("</span>\n                </td>\n            </tr>");
            }

            w.Write("\n        </tbody>\n    </table>");
        }

        if (summary.Retracted > 0)
        {
            w.Write("\n    <p class=\"retracted-not-counted\">");
            LiquidFilters.Fill(w, wording.Count(summary.Retracted, "not_counted"), [("studies", Html(e, wording.Count(summary.Retracted, "retracted_study")))], e);
            w.Write(".</p>");
        }

        w.Write("\n</section>");
    }

    /// <summary>components/page_list: linked pages with their summaries, or a line saying there are none.</summary>
    internal static void PageList(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, IReadOnlyList<PageLink> items, string? emptyText)
    {
        Rendered(c, P.PageList);
        if (items.Count == 0)
        {
            w.Write("\n<p class=\"empty\">");
            // empty_text | default: page.site.strings.none_yet
            Text(w, e, string.IsNullOrEmpty(emptyText) ? Label(page.Site.Strings, "none_yet") : emptyText);
            w.Write("</p>");
            return;
        }

        w.Write("\n<ul class=\"page-list\">");
        foreach (var item in items)
        {
            w.Write("\n    <li>\n        <a href=\"");
            Text(w, e, page.Href(item.Url));
            w.Write("\">");
            Text(w, e, item.Title);
            w.Write("</a>");
            if (item.Summary is not null)
            {
                w.Write("\n        <p class=\"summary\">");
                Text(w, e, item.Summary);
                w.Write("</p>");
            }

            w.Write("\n    </li>");
        }

        w.Write("\n</ul>");
    }

    private static void RelatedSection(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, string id, string? title, IReadOnlyList<PageLink> items)
    {
        Rendered(c, P.RelatedSection);
        if (items.Count == 0)
        {
            return;
        }

        w.Write("<section class=\"related\" aria-labelledby=\"");
        Text(w, e, id);
        w.Write("\">\n    <h2 id=\"");
        Text(w, e, id);
        w.Write("\">");
        Text(w, e, title);
        w.Write("</h2>\n    ");
        PageList(w, e, c, page, items, null);
        w.Write("\n</section>");
    }

    internal static void ReviewedDate(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, DateOnly? date)
    {
        Rendered(c, P.ReviewedDate);
        w.Write("<p class=\"reviewed\">");
        if (date is { } when)
        {
            LiquidFilters.Fill(w, Label(page.Site.Strings, "last_reviewed") ?? "", [("date", ReaderDate(e, c, page, when))], e);
        }
        else
        {
            Text(w, e, Label(page.Site.Strings, "not_yet_reviewed"));
        }

        w.Write("</p>");
    }

    // components/reader_date, as a capture holds it: the date as readers read it, in a time element.
    private static string ReaderDate(TextEncoder e, TemplateContext c, PageModel page, DateOnly date)
    {
        Rendered(c, P.ReaderDate);
        return $"<time datetime=\"{Html(e, LiquidFilters.IsoDate(date))}\">{Html(e, page.Site.Wording.Date(date))}</time>";
    }
}
