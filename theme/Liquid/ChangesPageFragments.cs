using System.Text.Encodings.Web;
using Fluid;
using Site.Core.Rendering.Models;
using static Site.Theme.Liquid.TemplateOutput;
using P = Site.Theme.Liquid.DefaultTemplatePaths;

namespace Site.Theme.Liquid;

/// <summary>
/// What changed since the previous edition, /changes/, as a writer, with the works a changed claim cites
/// (<c>components/cited_works</c>). It writes what <c>pages/ChangesPage.liquid</c> renders, character for character
/// (HotFragmentsTests renders every page both ways).
/// </summary>
internal static class ChangesPageFragments
{
    /// <summary>The writers, each under the template it stands for.</summary>
    public static IReadOnlyList<FragmentWriter> All { get; } =
    [
        new(P.ChangesPage, [P.CitedWorks], (w, e, c) => ChangesPage(w, e, c, PageFragments.Page<ChangesPageModel>(c)), recordsIncludes: true),
    ];

    private static void ChangesPage(TextWriter w, TextEncoder e, TemplateContext c, ChangesPageModel page)
    {
        var strings = page.Site.Strings;
        w.Write("<h1>");
        Text(w, e, page.Title);
        w.Write("</h1>\n<p class=\"changes-summary\">");
        Text(w, e, page.Summary);
        w.Write("</p>");
        if (page.Site.HasChangesFeed)
        {
            w.Write("\n<p class=\"changes-feed\"><a href=\"");
            Text(w, e, page.Href(page.Site.ChangesFeedUrl));
            w.Write("\" type=\"application/atom&#x2B;xml\">");
            Text(w, e, Label(strings, "changes_feed_link"));
            w.Write("</a></p>");
        }

        foreach (var changed in page.Pages)
        {
            var section = changed.Id;
            w.Write("\n<section class=\"changed-page\" id=\"");
            Text(w, e, section);
            w.Write("\" aria-labelledby=\"");
            Text(w, e, section);
            w.Write("-title\" data-change=\"");
            Text(w, e, changed.Kind);
            w.Write("\">\n    <h2 id=\"");
            Text(w, e, section);
            w.Write("-title\">");
            if (changed.Page is { } link)
            {
                w.Write("<a href=\"");
                Text(w, e, page.Href(link.Url));
                w.Write("\">");
                Text(w, e, link.Title);
                w.Write("</a>");
            }
            else
            {
                Text(w, e, changed.Url);
            }

            w.Write("</h2>\n    <p class=\"changes-note\">");
            Text(w, e, changed.Note);
            w.Write("</p>");
            if (changed.Added.Count > 0)
            {
                Heading(w, e, section, "added", Label(strings, "changes_added"));
                foreach (var claim in changed.Added)
                {
                    w.Write("\n        <li data-claim-change=\"added\">\n            <blockquote>");
                    Text(w, e, claim.Text);
                    w.Write("</blockquote>\n            <p><a href=\"");
                    var works = CitedWorks(e, c, page, claim.Cites);
                    Text(w, e, page.Href(claim.Url ?? ""));
                    w.Write("\">");
                    Text(w, e, Label(strings, "read_in_context"));
                    w.Write("</a>");
                    if (claim.Cites.Count > 0)
                    {
                        LiquidFilters.Fill(w, Label(strings, "changes_cites") ?? "", [("works", works)], e);
                    }

                    w.Write("</p>\n        </li>");
                }

                w.Write("\n    </ul>");
            }

            if (changed.Changed.Count > 0)
            {
                Heading(w, e, section, "changed", Label(strings, "changes_changed"));
                foreach (var change in changed.Changed)
                {
                    Revision(w, e, c, page, change);
                }

                w.Write("\n    </ul>");
            }

            if (changed.Removed.Count > 0)
            {
                Heading(w, e, section, "removed", Label(strings, "changes_removed"));
                foreach (var claim in changed.Removed)
                {
                    w.Write("\n        <li data-claim-change=\"removed\">\n            <blockquote>");
                    Text(w, e, claim.Text);
                    w.Write("</blockquote>\n        </li>");
                }

                w.Write("\n    </ul>");
            }

            w.Write("\n</section>");
        }
    }

    // The heading of the claims added, changed or removed, and the opening of their list.
    private static void Heading(TextWriter w, TextEncoder e, string section, string change, string? title)
    {
        w.Write("\n    <h3 id=\"");
        Text(w, e, section);
        w.Write('-');
        w.Write(change);
        w.Write("\">");
        Text(w, e, title);
        w.Write("</h3>\n    <ul class=\"changed-claims\" aria-labelledby=\"");
        Text(w, e, section);
        w.Write('-');
        w.Write(change);
        w.Write("\">");
    }

    private static void Revision(TextWriter w, TextEncoder e, TemplateContext c, ChangesPageModel page, ClaimRevision change)
    {
        var strings = page.Site.Strings;
        w.Write("\n        <li data-claim-change=\"changed\">");
        if (change.TextChanged)
        {
            w.Write("\n            <dl class=\"before-after\">\n                <dt>");
            Text(w, e, Label(strings, "changes_before"));
            w.Write("</dt>\n                <dd class=\"before\">");
            Text(w, e, change.Before);
            w.Write("</dd>\n                <dt>");
            Text(w, e, Label(strings, "changes_now"));
            w.Write("</dt>\n                <dd class=\"after\">");
            Text(w, e, change.After);
            w.Write("</dd>\n            </dl>");
        }
        else
        {
            w.Write("\n            <blockquote>");
            Text(w, e, change.After);
            w.Write("</blockquote>");
        }

        if (change.CitationsAdded.Count > 0)
        {
            w.Write("\n            <p class=\"citations-added\">");
            LiquidFilters.Fill(w, Label(strings, "changes_now_also_cites") ?? "", [("works", CitedWorks(e, c, page, change.CitationsAdded))], e);
            w.Write("</p>");
        }

        if (change.CitationsRemoved.Count > 0)
        {
            w.Write("\n            <p class=\"citations-removed\">");
            LiquidFilters.Fill(w, Label(strings, "changes_no_longer_cites") ?? "", [("works", CitedWorks(e, c, page, change.CitationsRemoved))], e);
            w.Write("</p>");
        }

        if (change.EvidenceBefore is not null)
        {
            w.Write("\n            <p class=\"evidence-changed\">");
            LiquidFilters.Fill(w, Label(strings, "changes_evidence") ?? "", [("before", Html(e, change.EvidenceBefore)), ("after", Html(e, change.EvidenceAfter))], e);
            w.Write("</p>");
        }

        var none = Label(strings, "changes_no_notice");
        foreach (var status in change.StatusChanges)
        {
            // status.before | default: page.site.strings.changes_no_notice, and the same of after
            var before = string.IsNullOrEmpty(status.Before) ? none : status.Before;
            var after = string.IsNullOrEmpty(status.After) ? none : status.After;
            w.Write("\n            <p class=\"status-changed\">");
            LiquidFilters.Fill(w, Label(strings, "changes_status") ?? "", [("key", Html(e, status.Key)), ("before", Html(e, before)), ("after", Html(e, after))], e);
            w.Write("</p>");
        }

        w.Write("\n            <p><a href=\"");
        Text(w, e, page.Href(change.Url));
        w.Write("\">");
        Text(w, e, Label(strings, "read_in_context"));
        w.Write("</a></p>\n        </li>");
    }

    // components/cited_works, as a capture holds it: the works on one line ("A, B and C"), each linked to its page when
    // this edition has one, else its key as code.
    private static string CitedWorks(TextEncoder e, TemplateContext c, PageModel page, IReadOnlyList<CitedKey> works)
    {
        Rendered(c, P.CitedWorks);
        using var html = new StringWriter();
        for (var i = 0; i < works.Count; i++)
        {
            if (i > 0)
            {
                if (i == works.Count - 1)
                {
                    html.Write(' ');
                    Text(html, e, Label(page.Site.Strings, "and"));
                    html.Write(' ');
                }
                else
                {
                    html.Write(", ");
                }
            }

            var work = works[i];
            if (work.Page is { } link)
            {
                html.Write("<a href=\"");
                Text(html, e, page.Href(link.Url));
                html.Write("\" data-cite=\"");
                Text(html, e, work.Key);
                html.Write("\">");
                Text(html, e, link.Title);
                html.Write("</a>");
            }
            else
            {
                html.Write("<code>");
                Text(html, e, work.Key);
                html.Write("</code>");
            }
        }

        return html.ToString();
    }
}
