using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Site.Core.Rendering.Models;
using static Site.Theme.Liquid.TemplateOutput;
using P = Site.Theme.Liquid.DefaultTemplatePaths;

namespace Site.Theme.Liquid;

/// <summary>
/// The page shell every page goes through, <c>layout.liquid</c>, as a writer, with what it renders: the search box, the
/// breadcrumbs and the page's reference list in either style. It writes what the template renders, character for character
/// (HotFragmentsTests renders every page both ways).
/// </summary>
internal static class ShellFragments
{
    /// <summary>The writers, each under the template it stands for.</summary>
    public static IReadOnlyList<FragmentWriter> All { get; } =
    [
        new(P.Layout, [P.SearchBox, P.Breadcrumbs, P.ReferenceList, P.AuthorDateReferenceList, P.CitedReferenceEntry, P.EvidenceBadge], Layout, recordsIncludes: true),
    ];

    private static void Layout(TextWriter w, TextEncoder e, TemplateContext c)
    {
        var page = Value<PageModel>(c, "page") ?? throw new InvalidOperationException("the layout is rendered without a page");
        var site = page.Site;
        var strings = site.Strings;
        w.Write("<!DOCTYPE html>\n<html lang=\"");
        Text(w, e, site.Language);
        w.Write("\">\n<head>\n    <meta charset=\"utf-8\">\n    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
            "    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'\">\n    <title>");
        if (page.IsHome)
        {
            Text(w, e, site.Title);
        }
        else
        {
            Text(w, e, page.Title);
            Text(w, e, " · ");
            Text(w, e, site.Title);
        }

        w.Write("</title>");
        var description = page.MetaDescription;
        if (description is not null)
        {
            w.Write("\n    <meta name=\"description\" content=\"");
            Text(w, e, description);
            w.Write("\" />");
        }

        if (!page.Indexed)
        {
            w.Write("\n    <meta name=\"robots\" content=\"noindex\">");
        }

        var canonical = page.CanonicalUrl;
        if (canonical is not null)
        {
            w.Write("\n    <link rel=\"canonical\" href=\"");
            Text(w, e, canonical);
            w.Write("\" />");
        }

        w.Write(page.IsHome ? "\n    <meta property=\"og:type\" content=\"website\" />" : "\n    <meta property=\"og:type\" content=\"article\" />");
        w.Write("\n    <meta property=\"og:title\" content=\"");
        Text(w, e, page.Title);
        w.Write("\" />");
        if (description is not null)
        {
            w.Write("\n    <meta property=\"og:description\" content=\"");
            Text(w, e, description);
            w.Write("\" />");
        }

        if (canonical is not null)
        {
            w.Write("\n    <meta property=\"og:url\" content=\"");
            Text(w, e, canonical);
            w.Write("\" />");
        }

        w.Write("\n    <meta property=\"og:site_name\" content=\"");
        Text(w, e, site.Title);
        w.Write("\" />\n    <meta property=\"og:locale\" content=\"");
        Text(w, e, site.Locale);
        w.Write("\" />\n    <link rel=\"icon\" href=\"data:,\">\n    <link rel=\"stylesheet\" href=\"");
        Text(w, e, page.Href(site.Assets.UrlOf("site.css")));
        w.Write("\" />\n    <script src=\"");
        Text(w, e, page.Href(site.Assets.UrlOf("site.js")));
        w.Write("\" defer></script>\n    <script src=\"");
        Text(w, e, page.Href(site.Assets.UrlOf("search.js")));
        w.Write("\" defer></script>");
        if (page.Indexed)
        {
            w.Write("\n    <script type=\"application/ld&#x2B;json\">");
            // Straight into the page, as the template's page.structured_data would print it.
            Core.Rendering.StructuredData.WriteTo(page, w);
            w.Write("</script>");
        }

        if (site.HasChangesFeed)
        {
            w.Write("\n    <link rel=\"alternate\" type=\"application/atom+xml\" title=\"");
            Text(w, e, Label(strings, "changes_title"));
            w.Write("\" href=\"");
            Text(w, e, page.Href(site.ChangesFeedUrl));
            w.Write("\" />");
        }

        w.Write("\n</head>\n<body>\n    <a class=\"skip-link\" href=\"#main-content\">");
        Text(w, e, Label(strings, "skip_to_content"));
        w.Write("</a>\n    <header class=\"site-header\">\n        <a class=\"site-title\" href=\"");
        Text(w, e, page.Href(site.HomeUrl));
        w.Write("\">");
        Text(w, e, site.Title);
        w.Write("</a>\n        <nav aria-label=\"");
        Text(w, e, Label(strings, "site_navigation"));
        w.Write("\">\n            <ul>");
        foreach (var link in site.Navigation)
        {
            w.Write("\n                <li><a href=\"");
            Text(w, e, page.Href(link.Url));
            w.Write(LiquidFilters.StartsWith(page.Url, link.Url) ? "\" aria-current=\"page\">" : "\">");
            Text(w, e, link.Title);
            w.Write("</a></li>");
        }

        w.Write("\n            </ul>\n        </nav>");
        Rendered(c, P.SearchBox);
        SearchBox(w, e, page);
        w.Write("\n    </header>");
        Rendered(c, P.Breadcrumbs);
        Breadcrumbs(w, e, page);
        w.Write("\n    <main id=\"main-content\">\n        ");
        // The page template's HTML (PageContent), written from the renderer's buffer as {{ content | raw }} writes it.
        var writing = c.GetValue("content").WriteToAsync(w, e, CultureInfo.InvariantCulture);
        if (!writing.IsCompletedSuccessfully)
        {
            writing.AsTask().GetAwaiter().GetResult();
        }

        if (page.References.Count > 0)
        {
            w.Write("\n        ");
            if (site.NumberedReferences)
            {
                Rendered(c, P.ReferenceList);
                HotFragments.ReferenceList(w, e, page);
            }
            else
            {
                Rendered(c, P.AuthorDateReferenceList);
                AuthorDateReferenceList(w, e, page);
            }

            Rendered(c, P.CitedReferenceEntry);
            Rendered(c, P.EvidenceBadge);
        }

        w.Write("\n    </main>\n    <footer class=\"site-footer\">\n        <p>");
        LiquidFilters.Fill(w, Label(strings, "footer") ?? "", [("title", Html(e, site.Title))], e);
        w.Write("</p>");
        if (site.HasChanges)
        {
            w.Write("\n        <p><a href=\"");
            Text(w, e, page.Href(site.ChangesUrl));
            w.Write(LiquidFilters.StartsWith(page.Url, site.ChangesUrl) ? "\" aria-current=\"page\">" : "\">");
            Text(w, e, Label(strings, "changes_title"));
            w.Write("</a></p>");
        }

        w.Write("\n    </footer>\n</body>\n</html>");
    }

    private static void SearchBox(TextWriter w, TextEncoder e, PageModel page)
    {
        var site = page.Site;
        var strings = site.Strings;
        w.Write("<div class=\"site-search\" role=\"search\" aria-label=\"");
        Text(w, e, Label(strings, "search_region"));
        w.Write("\" hidden data-search-index=\"");
        Text(w, e, page.Href(site.SearchUrl));
        w.Write("\" data-search-root=\"");
        Text(w, e, page.Href(site.HomeUrl));
        w.Write("\">\n    <label class=\"visually-hidden\" for=\"site-search-input\">");
        Text(w, e, Label(strings, "search_label"));
        w.Write("</label>\n    <input id=\"site-search-input\" class=\"search-input\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"");
        Text(w, e, Label(strings, "search_placeholder"));
        w.Write("\"\n        role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\" aria-controls=\"site-search-results\" aria-describedby=\"site-search-hint\">\n" +
            "    <span id=\"site-search-hint\" class=\"visually-hidden\">");
        Text(w, e, Label(strings, "search_hint"));
        w.Write("</span>\n    <div class=\"search-panel\" hidden>\n        <div class=\"search-filters\">\n            <label>");
        Text(w, e, Label(strings, "search_kind"));
        w.Write("\n                <select class=\"search-kind\">\n                    <option value=\"\">");
        Text(w, e, Label(strings, "search_all_kinds"));
        w.Write("</option>");
        foreach (var kind in site.SearchKinds)
        {
            w.Write("\n                    <option value=\"");
            Text(w, e, kind);
            w.Write("\">");
            // strings[key] | default: kind
            var label = Label(strings, "search_kind_" + kind);
            Text(w, e, string.IsNullOrEmpty(label) ? kind : label);
            w.Write("</option>");
        }

        w.Write("\n                </select>\n            </label>\n            <label>");
        Text(w, e, Label(strings, "evidence"));
        w.Write("\n                <select class=\"search-level\">\n                    <option value=\"\">");
        Text(w, e, Label(strings, "search_any_evidence"));
        w.Write("</option>");
        foreach (var level in site.SearchLevels)
        {
            w.Write("\n                    <option value=\"");
            Text(w, e, level.Name);
            w.Write("\">");
            Text(w, e, level.Label);
            w.Write("</option>");
        }

        w.Write("\n                </select>\n            </label>\n        </div>\n        <p class=\"search-status\" role=\"status\" aria-live=\"polite\" data-short=\"");
        Text(w, e, Label(strings, "search_too_short"));
        w.Write("\" data-none=\"");
        Text(w, e, Label(strings, "search_no_results"));
        w.Write("\"\n            data-one=\"");
        Text(w, e, Label(strings, "search_found_one"));
        w.Write("\" data-many=\"");
        Text(w, e, Label(strings, "search_found_other"));
        w.Write("\" data-best=\"");
        Text(w, e, Label(strings, "search_best_of"));
        w.Write("\" data-failed=\"");
        Text(w, e, Label(strings, "search_failed"));
        w.Write("\"></p>\n        <ul id=\"site-search-results\" class=\"search-results\" role=\"listbox\" aria-label=\"");
        Text(w, e, Label(strings, "search_results"));
        w.Write("\"></ul>\n    </div>\n</div>");
    }

    private static void Breadcrumbs(TextWriter w, TextEncoder e, PageModel page)
    {
        if (page.Breadcrumbs.Count == 0)
        {
            return;
        }

        w.Write("\n    <nav aria-label=\"");
        Text(w, e, Label(page.Site.Strings, "breadcrumb"));
        w.Write("\" class=\"breadcrumbs\">\n        <ol>");
        foreach (var crumb in page.Breadcrumbs)
        {
            w.Write("\n            <li><a href=\"");
            Text(w, e, page.Href(crumb.Url));
            w.Write(crumb.Url == page.Url ? "\" aria-current=\"page\">" : "\">");
            Text(w, e, crumb.Title);
            w.Write("</a></li>");
        }

        w.Write("\n        </ol>\n    </nav>");
    }

    // An author-date page's reference list: its heading and, for each work, its entry under its label.
    private static void AuthorDateReferenceList(TextWriter w, TextEncoder e, PageModel page)
    {
        w.Write("<section class=\"references\" aria-labelledby=\"references\">\n    <h2 id=\"references\">");
        Text(w, e, Label(page.Site.Strings, "references"));
        w.Write("</h2>\n    <ul class=\"reference-list bibliography-list\">");
        foreach (var cited in page.References)
        {
            w.Write("\n        <li id=\"ref-");
            Text(w, e, cited.Reference.Key);
            w.Write("\" data-cite=\"");
            Text(w, e, cited.Reference.Key);
            w.Write("\" data-label=\"");
            Text(w, e, cited.Label);
            w.Write("\">");
            HotFragments.CitedReferenceEntry(w, e, page, cited);
            w.Write("</li>");
        }

        w.Write("\n    </ul>\n</section>");
    }
}
