using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Site.Core.Rendering.Models;
using static Site.Theme.Liquid.TemplateOutput;
using P = Site.Theme.Liquid.DefaultTemplatePaths;

namespace Site.Theme.Liquid;

/// <summary>
/// The evidence map as a writer, with its grids (<c>components/evidence_grid_view</c>): a table of substances by columns and
/// the claims connecting them, or, too large to read, the substances listed by column. It writes what
/// <c>pages/EvidenceMapPage.liquid</c> renders, character for character (HotFragmentsTests renders every page both ways).
/// </summary>
internal static class EvidenceMapPageFragments
{
    /// <summary>The writers, each under the template it stands for.</summary>
    public static IReadOnlyList<FragmentWriter> All { get; } =
    [
        new(P.EvidenceMapPage, [P.EvidenceGridView, P.RetractionFlagLabel, P.EvidenceFlagLabel],
            (w, e, c) => EvidenceMapPage(w, e, c, PageFragments.Page<EvidenceMapPageModel>(c)), recordsIncludes: true),
    ];

    private static void EvidenceMapPage(TextWriter w, TextEncoder e, TemplateContext c, EvidenceMapPageModel page)
    {
        w.Write("<article class=\"evidence-map\">\n    <header>\n        <h1>");
        Text(w, e, page.Title);
        w.Write("</h1>\n        <p class=\"lead\">");
        Text(w, e, page.Description);
        w.Write("</p>\n    </header>");
        foreach (var grid in page.Grids)
        {
            w.Write("\n    ");
            Rendered(c, P.EvidenceGridView);
            GridView(w, e, c, page, grid);
        }

        w.Write("\n</article>");
    }

    private static void GridView(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, EvidenceGrid grid)
    {
        if (grid.Pairs.Count == 0)
        {
            if (grid.EmptyText is not null)
            {
                w.Write("\n<p class=\"empty\">");
                Text(w, e, grid.EmptyText);
                w.Write("</p>");
            }

            return;
        }

        if (grid.Heading is not null)
        {
            w.Write("\n<h2 id=\"");
            Text(w, e, grid.IdPrefix);
            w.Write("-heading\">");
            Text(w, e, grid.Heading);
            w.Write("</h2>");
        }

        if (grid.ShowGrid)
        {
            Grid(w, e, c, page, grid);
        }
        else
        {
            Listed(w, e, page, grid);
        }
    }

    // The table of substances by columns, then every pair's connecting claims quoted.
    private static void Grid(TextWriter w, TextEncoder e, TemplateContext c, PageModel page, EvidenceGrid grid)
    {
        var strings = page.Site.Strings;
        var wording = page.Site.Wording;
        w.Write("\n<section class=\"grid-scroll\" aria-labelledby=\"");
        Text(w, e, grid.IdPrefix);
        w.Write("-caption\" tabindex=\"0\">\n    <table class=\"evidence-grid\">\n        <caption id=\"");
        Text(w, e, grid.IdPrefix);
        w.Write("-caption\">");
        Text(w, e, grid.Caption);
        w.Write("</caption>\n        <thead>\n            <tr>\n                <td></td>");
        foreach (var column in grid.Columns)
        {
            w.Write("\n                <th scope=\"col\"><a href=\"");
            Text(w, e, page.Href(column.Url));
            w.Write("\">");
            Text(w, e, column.Title);
            w.Write("</a></th>");
        }

        w.Write("\n            </tr>\n        </thead>\n        <tbody>");
        foreach (var row in grid.Rows)
        {
            w.Write("\n            <tr>\n                <th scope=\"row\"><a href=\"");
            Text(w, e, page.Href(row.Substance.Url));
            w.Write("\">");
            Text(w, e, row.Substance.Title);
            w.Write("</a></th>");
            foreach (var pair in row.Cells)
            {
                w.Write("\n                <td data-claims=\"");
                Number(w, pair?.ClaimCount ?? 0);
                w.Write("\">");
                if (pair is { ClaimCount: > 0 })
                {
                    w.Write("\n                    <a href=\"#");
                    Text(w, e, pair.Id);
                    w.Write("\" class=\"cell-link\">");
                    Text(w, e, wording.Count(pair.ClaimCount, "claim"));
                    w.Write("<span class=\"references\">");
                    Text(w, e, wording.Count(pair.References, "reference"));
                    w.Write("</span></a>");
                }
                else if (pair is not null)
                {
                    w.Write("\n                    <a href=\"#");
                    Text(w, e, pair.Id);
                    w.Write("\" class=\"cell-link listed-only\">");
                    Text(w, e, Label(strings, "grid_listed"));
                    w.Write("<span class=\"visually-hidden\">");
                    Text(w, e, Label(strings, "grid_no_claims_yet"));
                    w.Write("</span></a>");
                }

                w.Write("\n                </td>");
            }

            w.Write("\n            </tr>");
        }

        w.Write("\n        </tbody>\n    </table>\n</section>\n<section class=\"connections\" aria-labelledby=\"");
        Text(w, e, grid.ConnectionsId);
        w.Write("\">\n    <h2 id=\"");
        Text(w, e, grid.ConnectionsId);
        w.Write("\">");
        Text(w, e, grid.ConnectionsTitle);
        w.Write("</h2>");
        foreach (var pair in grid.Pairs)
        {
            var substanceHref = page.Href(pair.Substance.Url);
            var substanceTitle = Html(e, pair.Substance.Title);
            var substance = $"<a href=\"{Html(e, substanceHref)}\">{substanceTitle}</a>";
            var target = $"<a href=\"{Html(e, page.Href(pair.Target.Url))}\">{Html(e, pair.Target.Title)}</a>";
            w.Write("\n    <section class=\"pair\" id=\"");
            Text(w, e, pair.Id);
            w.Write("\" aria-labelledby=\"");
            Text(w, e, pair.Id);
            w.Write("-title\">\n        <h3 id=\"");
            Text(w, e, pair.Id);
            w.Write("-title\">");
            LiquidFilters.Fill(w, Label(strings, "grid_pair_title") ?? "", [("substance", substance), ("target", target)], e);
            w.Write("</h3>\n        <p class=\"pair-summary\">");
            Text(w, e, wording.Count(pair.ClaimCount, "claim"));
            w.Write(", ");
            Text(w, e, wording.Count(pair.References, "distinct_reference"));
            NotCounted(w, e, page, pair.Retracted);
            if (pair.Listed)
            {
                LiquidFilters.Fill(w, grid.ListedNote, [("substance", substanceTitle)], e);
            }

            w.Write(".</p>");
            if (pair.Claims.Count == 0)
            {
                w.Write("\n        <p class=\"empty\">");
                LiquidFilters.Fill(w, Label(strings, "grid_no_claim_links") ?? "", [("substance", substanceTitle), ("target", Html(e, pair.Target.Title))], e);
                w.Write("</p>");
            }
            else
            {
                w.Write("\n        <ul class=\"passages\">");
                foreach (var claim in pair.Claims)
                {
                    HotFragments.ClaimPassage(w, e, c, page, claim, substanceHref, substanceTitle, "\n            ", "\n                ");
                }

                w.Write("\n        </ul>");
            }

            w.Write("\n    </section>");
        }

        w.Write("\n</section>");
    }

    // Too large to read as a table: the substances listed under each column they connect to.
    private static void Listed(TextWriter w, TextEncoder e, PageModel page, EvidenceGrid grid)
    {
        var strings = page.Site.Strings;
        var wording = page.Site.Wording;
        w.Write("\n<p class=\"grid-omitted\">");
        LiquidFilters.Fill(w, grid.TooLargeNote, [("substances", Html(e, grid.Substances.Count.ToString(CultureInfo.InvariantCulture))), ("columns", Html(e, grid.Columns.Count.ToString(CultureInfo.InvariantCulture)))], e);
        w.Write("</p>\n<section class=\"connections\" aria-labelledby=\"");
        Text(w, e, grid.ConnectionsId);
        w.Write("\">\n    <h2 id=\"");
        Text(w, e, grid.ConnectionsId);
        w.Write("\">");
        Text(w, e, grid.ConnectionsByTitle);
        w.Write("</h2>");
        foreach (var group in grid.Groups)
        {
            w.Write("\n    <h3><a href=\"");
            Text(w, e, page.Href(group.Target.Url));
            w.Write("\">");
            Text(w, e, group.Target.Title);
            w.Write("</a></h3>\n    <ul class=\"pair-list\">");
            foreach (var pair in group.Pairs)
            {
                w.Write("\n        <li><a href=\"");
                Text(w, e, page.Href(pair.Substance.Url));
                if (pair.FirstClaim is not null)
                {
                    w.Write('#');
                    Text(w, e, pair.FirstClaim);
                }

                w.Write("\" class=\"claim-link\">");
                Text(w, e, pair.Substance.Title);
                w.Write("</a> ");
                Text(w, e, wording.Count(pair.ClaimCount, "claim"));
                w.Write(", ");
                Text(w, e, wording.Count(pair.References, "reference"));
                NotCounted(w, e, page, pair.Retracted);
                if (pair.Listed)
                {
                    w.Write(", ");
                    Text(w, e, Label(strings, "grid_listed"));
                }

                w.Write("</li>");
            }

            w.Write("\n    </ul>");
        }

        w.Write("\n</section>");
    }

    // " (2 retracted studies not counted)" after a pair's counts, when it cites any.
    private static void NotCounted(TextWriter w, TextEncoder e, PageModel page, int retracted)
    {
        if (retracted <= 0)
        {
            return;
        }

        var wording = page.Site.Wording;
        w.Write(" (");
        LiquidFilters.Fill(w, wording.Count(retracted, "not_counted"), [("studies", Html(e, wording.Count(retracted, "retracted_study")))], e);
        w.Write(')');
    }
}
