using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Site.Core.Rendering.Models;
using static Site.Theme.Liquid.TemplateOutput;
using P = Site.Theme.Liquid.DefaultTemplatePaths;

namespace Site.Theme.Liquid;

/// <summary>
/// The default theme's templates written by C#: every page template and the layout (each in its own class, writing the
/// components it renders in place), and, for a site's own page templates or layout to render as partials, the hottest
/// components: a reference list and its entries (with the badge), a reference page's "Cited by" and its quoted passages
/// (with their flags), the evidence badge and the two flags. Each writes what its <c>.liquid</c> file renders, character for
/// character; HotFragmentsTests renders every page of real and dense sites both ways and requires the same HTML.
/// </summary>
internal static class HotFragments
{
    /// <summary>Every writer, each under the template it stands for.</summary>
    public static IReadOnlyList<FragmentWriter> All { get; } =
    [
        .. ShellFragments.All,
        .. ArticleFragments.All,
        .. ReferencePageFragments.All,
        .. ConditionPageFragments.All,
        .. PageFragments.All,
        .. BibliographyPageFragments.All,
        .. EvidenceMapPageFragments.All,
        .. ChangesPageFragments.All,
        new(P.EvidenceBadge, [], (w, e, c) => EvidenceBadge(w, e, Value<ReferenceEntry>(c, "reference"))),
        new(P.RetractionFlagLabel, [], (w, e, c) => RetractionFlagLabel(w, e, Value<Mark>(c, "mark"))),
        new(P.EvidenceFlagLabel, [], (w, e, c) => EvidenceFlagLabel(w, e, Value<Mark>(c, "mark"))),
        new(P.CitedReferenceEntry, [P.EvidenceBadge], (w, e, c) => CitedReferenceEntry(w, e, PageOf(c), Value<CitedReference>(c, "cited"))),
        new(P.ReferenceList, [P.CitedReferenceEntry, P.EvidenceBadge], (w, e, c) => ReferenceList(w, e, Value<PageModel>(c, "page"))),
        new(P.CitingPassage, [P.RetractionFlagLabel, P.EvidenceFlagLabel], (w, e, c) =>
            CitingPassage(w, e, PageOf(c), Value<PassageLink>(c, "passage"), c.GetValue("href").ToStringValue(), c.GetValue("title").ToStringValue())),
        new(P.CitingPages, [P.CitingPassage, P.RetractionFlagLabel, P.EvidenceFlagLabel], (w, e, c) =>
            CitingPages(w, e, Value<PageModel>(c, "page"), Items<CitingPage>(c, "cited_by"))),
    ];

    internal static void EvidenceBadge(TextWriter w, TextEncoder e, ReferenceEntry? reference)
    {
        w.Write("<span class=\"evidence-badge\" data-evidence=\"");
        Text(w, e, reference?.EvidenceName);
        w.Write("\">");
        Text(w, e, reference?.EvidenceLabel);
        w.Write("</span>");
    }

    internal static void RetractionFlagLabel(TextWriter w, TextEncoder e, Mark? mark)
    {
        if (mark is null)
        {
            return;
        }

        w.Write("<span class=\"retraction-flag\" data-retraction=\"");
        Text(w, e, mark.Name);
        w.Write("\" role=\"note\">");
        Text(w, e, mark.Label);
        w.Write("</span>");
    }

    internal static void EvidenceFlagLabel(TextWriter w, TextEncoder e, Mark? mark)
    {
        if (mark is null)
        {
            return;
        }

        w.Write("<span class=\"evidence-flag\" data-flag=\"");
        Text(w, e, mark.Name);
        w.Write("\" title=\"");
        Text(w, e, mark.Explanation);
        w.Write("\">");
        Text(w, e, mark.Label);
        w.Write("</span>");
    }

    internal static void CitedReferenceEntry(TextWriter w, TextEncoder e, PageModel page, CitedReference? cited)
    {
        if (cited is null)
        {
            return;
        }

        var strings = page.Site.Strings;
        w.Write("<span class=\"entry\">");
        w.Write(cited.Reference.Entry.Html);
        w.Write("</span>");
        if (cited.RetractionMark is { } mark)
        {
            w.Write("\n<strong class=\"retraction-flag\" data-retraction=\"");
            Text(w, e, mark.Name);
            w.Write("\">");
            Text(w, e, mark.Label);
            w.Write("</strong>");
        }

        w.Write("\n<span class=\"reference-meta\">\n    ");
        EvidenceBadge(w, e, cited.Reference);
        w.Write("\n    <a href=\"");
        Text(w, e, page.Href(cited.Reference.Url));
        w.Write("\" class=\"reference-page\">");
        Text(w, e, strings["about_this_reference"]);
        w.Write("</a>\n    <span class=\"backlinks\">");
        var returns = cited.Returns;
        var label = Html(e, cited.Label);
        if (returns.Count == 1)
        {
            w.Write("\n        <a href=\"#");
            Text(w, e, returns[0].Id);
            w.Write("\" aria-label=\"");
            LiquidFilters.Fill(w, strings["back_to_citation"], [("label", label)], e);
            w.Write("\">↩</a>");
        }
        else
        {
            w.Write("\n        <span aria-hidden=\"true\">↩</span>");
            foreach (var back in returns)
            {
                w.Write("\n        <a href=\"#");
                Text(w, e, back.Id);
                w.Write("\" aria-label=\"");
                LiquidFilters.Fill(w, strings["back_to_citation_number"], [("number", back.Number.ToString(CultureInfo.InvariantCulture)), ("label", label)], e);
                w.Write("\">");
                Text(w, e, back.Letter);
                w.Write("</a>");
            }
        }

        w.Write("\n    </span>\n</span>");
    }

    // A numbered page's reference list: its heading and, for each work, its entry under its number.
    internal static void ReferenceList(TextWriter w, TextEncoder e, PageModel? page)
    {
        w.Write("<section class=\"references\" aria-labelledby=\"references\">\n    <h2 id=\"references\">");
        Text(w, e, page?.Site.Strings["references"]);
        w.Write("</h2>\n    <ol class=\"reference-list\">");
        foreach (var cited in page?.References ?? [])
        {
            w.Write("\n        <li id=\"ref-");
            Text(w, e, cited.Reference.Key);
            w.Write("\" value=\"");
            if (cited.Number is { } number)
            {
                w.Write(number.ToString(CultureInfo.InvariantCulture));
            }

            w.Write("\" data-cite=\"");
            Text(w, e, cited.Reference.Key);
            w.Write("\">");
            CitedReferenceEntry(w, e, page!, cited);
            w.Write("</li>");
        }

        w.Write("\n    </ol>\n</section>");
    }

    // A reference page's "Cited by" list: each citing page, linked, over its quoted passages.
    internal static void CitingPages(TextWriter w, TextEncoder e, PageModel? page, IReadOnlyList<CitingPage> citedBy)
    {
        w.Write("<ul class=\"citing-pages\">");
        foreach (var citing in citedBy)
        {
            var href = page!.Href(citing.Page.Url);
            w.Write("\n                <li>\n                    <a href=\"");
            Text(w, e, href);
            w.Write("\" class=\"citing-page\">");
            Text(w, e, citing.Page.Title);
            w.Write("</a>\n                    <ul class=\"passages\">");
            foreach (var passage in citing.Passages)
            {
                w.Write("\n                        ");
                CitingPassage(w, e, page, passage, href, citing.Page.Title);
            }

            w.Write("\n                    </ul>\n                </li>");
        }

        w.Write("\n            </ul>");
    }

    /// <summary>
    /// A claim quoted where a condition page or the evidence map connects a substance (<paramref name="href"/>, its title
    /// as <paramref name="onPage"/>, HTML) to what it acts through or is studied for: with its flags and a link to it in
    /// context, indented as the template indents it (the item by <paramref name="outer"/>, what it holds by <paramref name="inner"/>).
    /// </summary>
    internal static void ClaimPassage(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, PassageLink claim, string href, string onPage, string outer, string inner)
    {
        var strings = page.Site.Strings;
        Rendered(c, P.RetractionFlagLabel);
        Rendered(c, P.EvidenceFlagLabel);
        w.Write(outer);
        w.Write("<li>");
        w.Write(inner);
        w.Write("<blockquote>");
        Text(w, e, claim.Text);
        w.Write("</blockquote>");
        w.Write(inner);
        RetractionFlagLabel(w, e, claim.RetractionMark);
        w.Write(inner);
        EvidenceFlagLabel(w, e, claim.EvidenceMark);
        w.Write(inner);
        w.Write("<a href=\"");
        Text(w, e, href);
        w.Write('#');
        Text(w, e, claim.Anchor);
        w.Write("\" class=\"claim-link\">");
        Text(w, e, Label(strings, "read_in_context"));
        w.Write("<span class=\"visually-hidden\"> ");
        LiquidFilters.Fill(w, Label(strings, "read_in_context_on") ?? "", [("title", onPage)], e);
        w.Write("</span></a>");
        w.Write(outer);
        w.Write("</li>");
    }

    internal static void CitingPassage(TextWriter w, TextEncoder e, PageModel page, PassageLink? passage, string href, string title)
    {
        var strings = page.Site.Strings;
        w.Write("<li>\n    <blockquote>");
        Text(w, e, passage?.Text);
        w.Write("</blockquote>\n    ");
        RetractionFlagLabel(w, e, passage?.RetractionMark);
        w.Write("\n    ");
        EvidenceFlagLabel(w, e, passage?.EvidenceMark);
        w.Write("\n    <a href=\"");
        Text(w, e, href);
        w.Write('#');
        Text(w, e, passage?.Anchor);
        w.Write("\" class=\"passage-link\">");
        Text(w, e, strings["read_in_context"]);
        w.Write("<span class=\"visually-hidden\"> ");
        LiquidFilters.Fill(w, strings["read_in_context_on"], [("title", Html(e, title))], e);
        w.Write("</span></a>\n</li>");
    }
}
