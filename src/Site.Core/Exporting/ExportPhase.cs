using System.Text;
using Site.Core.Content;
using Site.Core.Editions;
using Site.Core.Linking;
using Site.Core.PostProcessing;
using Site.Core.Retractions;

namespace Site.Core.Exporting;

/// <summary>
/// The site as data. The bibliography, for readers' reference managers: <c>references.json</c> (CSL-JSON)
/// and <c>references.bib</c> (BibTeX), every reference that has a page, in id order. The claims,
/// <c>claims.json</c>, for audits of the evidence. And for crawlers, <c>robots.txt</c> and, when site.yml
/// gives the site's <c>baseUrl</c>, <c>sitemap.xml</c> (its URLs must be absolute).
/// </summary>
public sealed class ExportPhase
{
    /// <summary>The URL of the claims export.</summary>
    public const string ClaimsJsonUrl = "/claims.json";

    /// <summary>The URL of the CSL-JSON export.</summary>
    public const string CslJsonUrl = "/references.json";

    /// <summary>The URL of the BibTeX export.</summary>
    public const string BibTexUrl = "/references.bib";

    /// <summary>The URL of the sitemap.</summary>
    public const string SitemapUrl = "/sitemap.xml";

    /// <summary>The URL of the crawlers' rules.</summary>
    public const string RobotsTxtUrl = "/robots.txt";

    /// <summary>Writes every export; the bibliographic ones are taken from <paramref name="previous"/> when its references are the same documents.</summary>
    /// <param name="graph">The site.</param>
    /// <param name="site">The pages, which the sitemap lists.</param>
    /// <param name="previous">The graph and exports of the previous run, or null.</param>
    /// <param name="edition">What changed since the previous edition and when this one was made, for the Atom feed; null for no feed.</param>
    public IReadOnlyList<ExportedFile> Run(
        SiteGraph graph,
        RenderedSite site,
        (SiteGraph Graph, IReadOnlyList<ExportedFile> Exports)? previous = null,
        (EditionChanges Changes, DateTimeOffset Updated)? edition = null)
    {
        var bibliography = previous is { } before && before.Graph.References.SequenceEqual(graph.References)
            && graph.References.All(r => before.Graph.RetractionOf(r)?.Nature == graph.RetractionOf(r)?.Nature)
            ? before.Exports.Where(e => e.Url is CslJsonUrl or BibTexUrl)
            : Bibliography(graph);
        var address = graph.Address;
        var files = new List<ExportedFile>(bibliography)
        {
            new(ClaimsJsonUrl, "application/json; charset=utf-8", () => ClaimsJsonExport.Write(graph)),
            new(RobotsTxtUrl, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(RobotsTxtExport.Write(address?.Absolute(SitemapUrl)))),
        };
        if (address is not null)
        {
            // The 404 page is served for missing addresses, never as a page of its own.
            var pages = site.Pages.Where(p => p.Url != SitePaths.NotFound).Select(p => (p.Url, p.Document?.Source.FrontMatter.LastReviewed));
            files.Add(new ExportedFile(SitemapUrl, "application/xml; charset=utf-8", () => SitemapExport.Write(address, pages)));
        }

        if (address is not null && edition is { } made)
        {
            var titles = graph.Pages.DistinctBy(SiteGraph.UrlOf).ToDictionary(SiteGraph.UrlOf, p => p.Source.Title, StringComparer.Ordinal);
            files.Add(new ExportedFile(SitePaths.ChangesFeed, "application/atom+xml; charset=utf-8", () => ChangesFeedExport.Write(address, graph.Config.Title, made.Changes, titles, made.Updated)));
        }

        return files;
    }

    // A work the retraction data marks carries CSL's 'status' as if written by hand ("retracted"), in the place
    // CSL's order of variables gives it; a status written by hand stays as written unless the data says otherwise.
    private static ReferenceFrontMatter WithStatus(ReferenceFrontMatter reference, RetractionNotice? notice)
    {
        if (notice is null || reference.Text("status") == RetractionStatus.Name(notice.Nature))
        {
            return reference;
        }

        var status = new CslText(CslVariables.Find("status")!, RetractionStatus.Name(notice.Nature));
        var order = CslVariables.Names.ToList();
        return reference with
        {
            Variables = [.. reference.Variables.Where(v => v.Variable.Name != "status").Append(status).OrderBy(v => order.IndexOf(v.Variable.Name))],
        };
    }

    private static IReadOnlyList<ExportedFile> Bibliography(SiteGraph graph)
    {
        var references = graph.References.Select(r => (r.Id, WithStatus((ReferenceFrontMatter)r.Source.FrontMatter, graph.RetractionOf(r)))).ToArray();
        return
        [
            new ExportedFile(CslJsonUrl, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(CslJsonExport.Write(references))),
            new ExportedFile(BibTexUrl, "application/x-bibtex; charset=utf-8", Encoding.UTF8.GetBytes(BibTexExport.Write(references))),
        ];
    }
}
