using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using Site.Core.Rendering.Models;
using Site.Core.Retractions;
using static Site.Theme.Liquid.TemplateOutput;
using P = Site.Theme.Liquid.DefaultTemplatePaths;

namespace Site.Theme.Liquid;

/// <summary>
/// A reference page as a writer, with what it renders: the retraction notice, the evidence badge, who cites the work and who
/// links to it. It writes what <c>pages/ReferencePage.liquid</c> renders, character for character (HotFragmentsTests renders
/// every page both ways).
/// </summary>
internal static class ReferencePageFragments
{
    /// <summary>The writers, each under the template it stands for.</summary>
    public static IReadOnlyList<FragmentWriter> All { get; } =
    [
        new(P.ReferencePage, [P.RetractionNoticeBox, P.EvidenceBadge, P.CitingPages, P.CitingPassage, P.RetractionFlagLabel, P.EvidenceFlagLabel, P.PageList],
            (w, e, c) => ReferencePage(w, e, c, Value<ReferencePageModel>(c, "page") ?? throw new InvalidOperationException("a reference page without its model")),
            recordsIncludes: true),
    ];

    private static void ReferencePage(TextWriter w, TextEncoder e, TemplateContext c, ReferencePageModel page)
    {
        var strings = page.Site.Strings;
        w.Write("<article class=\"reference\">\n        <header>\n            <p class=\"kind\">");
        Text(w, e, Label(strings, "kind_reference"));
        w.Write(" · ");
        Text(w, e, page.TypeLabel);
        w.Write("</p>\n            <h1>");
        Text(w, e, page.Title);
        w.Write("</h1>");
        if (page.Retraction is { } notice)
        {
            w.Write("\n            ");
            Rendered(c, P.RetractionNoticeBox);
            RetractionNoticeBox(w, e, page, notice);
        }

        w.Write("\n            <p class=\"entry full-entry\">");
        w.Write(page.Entry.Entry.Html);
        w.Write("</p>\n            <p>");
        Rendered(c, P.EvidenceBadge);
        HotFragments.EvidenceBadge(w, e, page.Entry);
        w.Write("</p>");
        if (page.Doi is not null || page.Pmid is not null || page.OnlineUrl is not null)
        {
            w.Write("\n            <ul class=\"identifiers\">");
            if (page.Doi is not null)
            {
                w.Write("\n                <li>DOI: <a href=\"");
                Text(w, e, page.DoiUrl);
                w.Write("\" class=\"doi\">");
                Text(w, e, page.Doi);
                w.Write("</a></li>");
            }

            if (page.Pmid is not null)
            {
                w.Write("\n                <li>PubMed: <a href=\"");
                Text(w, e, page.PubMedUrl);
                w.Write("\" class=\"pmid\">");
                Text(w, e, page.Pmid);
                w.Write("</a></li>");
            }

            if (page.OnlineUrl is not null)
            {
                w.Write("\n                <li>");
                Text(w, e, Label(strings, "identifier_online"));
                w.Write(": <a href=\"");
                Text(w, e, page.OnlineUrl);
                w.Write("\" class=\"url\">");
                Text(w, e, page.OnlineUrl);
                w.Write("</a></li>");
            }

            w.Write("\n            </ul>");
        }

        w.Write("\n        </header>");
        if (page.Abstract.Count > 0)
        {
            w.Write("\n        <section class=\"abstract\" aria-labelledby=\"abstract\">\n            <h2 id=\"abstract\">");
            Text(w, e, Label(strings, "abstract"));
            w.Write("</h2>");
            foreach (var paragraph in page.Abstract)
            {
                w.Write("\n            <p>");
                Text(w, e, paragraph);
                w.Write("</p>");
            }

            w.Write("\n        </section>");
        }

        // page.body_html | strip, compared with "": the editor's annotation, when there is one.
        if (!string.IsNullOrWhiteSpace(page.BodyHtml))
        {
            w.Write("\n        <section class=\"annotation\" aria-labelledby=\"annotation\">\n            <h2 id=\"annotation\">");
            Text(w, e, Label(strings, "annotation"));
            w.Write("</h2>\n            <div class=\"body\">");
            w.Write(page.BodyHtml);
            w.Write("</div>\n        </section>");
        }

        w.Write("\n        <section class=\"cited-by\" aria-labelledby=\"cited-by\">\n            <h2 id=\"cited-by\">");
        Text(w, e, Label(strings, "cited_by"));
        w.Write("</h2>");
        if (page.CitedBy.Count == 0)
        {
            w.Write("\n            <p class=\"empty\">");
            Text(w, e, Label(strings, "no_page_cites"));
            w.Write("</p>");
        }
        else
        {
            w.Write("\n            ");
            Rendered(c, P.CitingPages);
            if (page.CitedBy.Any(p => p.Passages.Count > 0))
            {
                Rendered(c, P.CitingPassage);
                Rendered(c, P.RetractionFlagLabel);
                Rendered(c, P.EvidenceFlagLabel);
            }

            HotFragments.CitingPages(w, e, page, page.CitedBy);
        }

        w.Write("\n        </section>");
        if (page.LinkedFrom.Count > 0)
        {
            w.Write("\n        <section aria-labelledby=\"linked-from\">\n            <h2 id=\"linked-from\">");
            Text(w, e, Label(strings, "linked_from"));
            w.Write("</h2>\n            ");
            ArticleFragments.PageList(w, e, c, page, page.LinkedFrom, null);
            w.Write("\n        </section>");
        }

        w.Write("\n    </article>");
    }

    private static void RetractionNoticeBox(TextWriter w, TextEncoder e, PageModel page, RetractionNotice notice)
    {
        var strings = page.Site.Strings;
        var retraction = notice.IsRetraction;
        w.Write("<section class=\"retraction-notice\" data-retraction=\"");
        Text(w, e, notice.Name);
        w.Write("\" aria-labelledby=\"retraction-notice\">\n    <h2 id=\"retraction-notice\">");
        Text(w, e, Label(strings, retraction ? "retraction_heading" : "concern_heading"));
        w.Write("</h2>\n    <p>");
        if (notice.Date is not null)
        {
            var text = notice.DateText;
            var date = $"<time datetime=\"{Html(e, text)}\">{Html(e, LiquidFilters.ReaderDate(new StringValue(text), page.Site.Wording))}</time>";
            LiquidFilters.Fill(w, Label(strings, retraction ? "retraction_on_date" : "concern_on_date") ?? "", [("date", date)], e);
        }
        else
        {
            Text(w, e, Label(strings, retraction ? "retraction_no_date" : "concern_no_date"));
        }

        w.Write(' ');
        Text(w, e, Label(strings, retraction ? "retraction_consequence" : "concern_consequence"));
        w.Write("\n    </p>");
        if (notice.Reasons.Count > 0)
        {
            w.Write("\n    <p class=\"retraction-reasons\">");
            LiquidFilters.Fill(w, Label(strings, "retraction_reasons") ?? "", [("reasons", Html(e, string.Join("; ", notice.Reasons)))], e);
            w.Write("</p>");
        }

        w.Write("\n    <p class=\"retraction-source\">");
        if (notice.NoticeUrl is not null)
        {
            w.Write("\n        <a href=\"");
            Text(w, e, notice.NoticeUrl);
            w.Write("\" class=\"retraction-link\">");
            Text(w, e, Label(strings, "read_the_notice"));
            w.Write("</a> · ");
        }

        if (notice.RecordId is not null)
        {
            LiquidFilters.Fill(w, Label(strings, "retraction_source_record") ?? "", [("record", Html(e, notice.RecordId))], e);
        }
        else
        {
            Text(w, e, Label(strings, "retraction_source_editors"));
        }

        w.Write("\n    </p>\n</section>");
    }
}
