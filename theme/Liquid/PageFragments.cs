using System.Text.Encodings.Web;
using Fluid;
using Site.Core.Rendering.Models;
using static Site.Theme.Liquid.TemplateOutput;
using P = Site.Theme.Liquid.DefaultTemplatePaths;

namespace Site.Theme.Liquid;

/// <summary>
/// The home page, the list pages, a content page and the page for a missing address as writers, with the page cards the
/// home page renders. Each writes what its template renders, character for character (HotFragmentsTests renders every page
/// both ways).
/// </summary>
internal static class PageFragments
{
    /// <summary>The writers, each under the template it stands for.</summary>
    public static IReadOnlyList<FragmentWriter> All { get; } =
    [
        new(P.HomePage, [P.PageCards], (w, e, c) => HomePage(w, e, c, Page<HomePageModel>(c)), recordsIncludes: true),
        new(P.ListPage, [P.PageList], (w, e, c) => ListPage(w, e, c, Page<ListPageModel>(c)), recordsIncludes: true),
        new(P.ContentPage, [P.PageContents], (w, e, c) => ContentPage(w, e, c, Page<ContentPageModel>(c)), recordsIncludes: true),
        new(P.NotFoundPage, [], (w, e, c) => NotFoundPage(w, e, Page<NotFoundPageModel>(c))),
    ];

    /// <summary>The page a page template is given, as the model its template is made for.</summary>
    internal static T Page<T>(TemplateContext context)
        where T : PageModel => Value<T>(context, "page") ?? throw new InvalidOperationException($"a page template given no {typeof(T).Name}");

    private static void HomePage(TextWriter w, TextEncoder e, TemplateContext c, HomePageModel page)
    {
        var strings = page.Site.Strings;
        w.Write("<h1>");
        Text(w, e, page.Title);
        w.Write("</h1>");
        if (page.BodyHtml != "")
        {
            w.Write("\n<div class=\"body\">");
            w.Write(page.BodyHtml);
            w.Write("</div>");
        }
        else if (page.Description is not null)
        {
            w.Write("\n<p class=\"lead\">");
            Text(w, e, page.Description);
            w.Write("</p>");
        }

        w.Write("\n<section aria-labelledby=\"substances\">\n    <h2 id=\"substances\">");
        Text(w, e, Label(strings, "substances_title"));
        w.Write("</h2>\n    ");
        PageCards(w, e, c, page, page.Substances, Label(strings, "substances_empty"));
        w.Write("\n</section>\n<section aria-labelledby=\"mechanisms\">\n    <h2 id=\"mechanisms\">");
        Text(w, e, Label(strings, "mechanisms_title"));
        w.Write("</h2>\n    ");
        PageCards(w, e, c, page, page.Mechanisms, Label(strings, "mechanisms_empty"));
        w.Write("\n</section>");
        if (page.Conditions.Count > 0)
        {
            w.Write("\n<section aria-labelledby=\"conditions\">\n    <h2 id=\"conditions\">");
            Text(w, e, Label(strings, "conditions_title"));
            w.Write("</h2>\n    ");
            PageCards(w, e, c, page, page.Conditions, null);
            w.Write("\n</section>");
        }
    }

    private static void PageCards(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, IReadOnlyList<PageCard> items, string? emptyText)
    {
        Rendered(c, P.PageCards);
        if (items.Count == 0)
        {
            w.Write("\n<p class=\"empty\">");
            // empty_text | default: page.site.strings.none_yet
            Text(w, e, string.IsNullOrEmpty(emptyText) ? Label(page.Site.Strings, "none_yet") : emptyText);
            w.Write("</p>");
            return;
        }

        var wording = page.Site.Wording;
        w.Write("\n<ul class=\"cards\">");
        foreach (var card in items)
        {
            w.Write("\n    <li class=\"card\">\n        <h3><a href=\"");
            Text(w, e, page.Href(card.Page.Url));
            w.Write("\">");
            Text(w, e, card.Page.Title);
            w.Write("</a></h3>");
            if (card.Page.Summary is not null)
            {
                w.Write("\n        <p class=\"summary\">");
                Text(w, e, card.Page.Summary);
                w.Write("</p>");
            }

            w.Write("\n        <p class=\"evidence-counts\">");
            Text(w, e, wording.Count(card.References, "reference"));
            w.Write(" · ");
            Text(w, e, wording.Count(card.Claims, "claim"));
            if (card.Retracted > 0)
            {
                Text(w, e, " · ");
                LiquidFilters.Fill(w, wording.Count(card.Retracted, "not_counted"), [("studies", Html(e, wording.Count(card.Retracted, "retracted_study")))], e);
            }

            w.Write("</p>\n    </li>");
        }

        w.Write("\n</ul>");
    }

    private static void ListPage(TextWriter w, TextEncoder e, TemplateContext c, ListPageModel page)
    {
        w.Write("<h1>");
        Text(w, e, page.Title);
        w.Write("</h1>\n");
        ArticleFragments.PageList(w, e, c, page, page.Items, page.EmptyText);
    }

    private static void ContentPage(TextWriter w, TextEncoder e, TemplateContext c, ContentPageModel page)
    {
        w.Write("<article class=\"page\">\n    <h1>");
        Text(w, e, page.Title);
        w.Write("</h1>");
        ArticleFragments.PageContents(w, e, c, page, page.Contents);
        w.Write("\n    <div class=\"body\">");
        w.Write(page.BodyHtml);
        w.Write("</div>\n</article>");
    }

    private static void NotFoundPage(TextWriter w, TextEncoder e, NotFoundPageModel page)
    {
        var strings = page.Site.Strings;
        w.Write("<h1>");
        Text(w, e, page.Title);
        w.Write("</h1>\n<p>");
        Text(w, e, Label(strings, "not_found_text"));
        w.Write("</p>\n<p>");
        Text(w, e, Label(strings, "not_found_links"));
        w.Write("</p>\n<ul class=\"not-found-links\">");
        foreach (var link in page.Links)
        {
            w.Write("\n    <li><a href=\"");
            Text(w, e, page.Href(link.Url));
            w.Write("\">");
            Text(w, e, link.Title);
            w.Write("</a>");
            if (link.Summary is not null)
            {
                w.Write(", ");
                Text(w, e, link.Summary);
            }

            w.Write("</li>");
        }

        w.Write("\n</ul>");
    }
}
