using System.Text;
using Site.Core.Content;
using Site.Core.Editions;
using Site.Core.Generating;
using Site.Core.Linking;
using Site.Core.PostProcessing;
using Site.Core.Retractions;

namespace Site.Core.Exporting;

/// <summary>
/// The site as data. The bibliography, for readers' reference managers: <c>references.json</c> (CSL-JSON)
/// and <c>references.bib</c> (BibTeX), every reference that has a page, in id order. The claims,
/// <c>claims.json</c>, for audits of the evidence. For readers, the search index under <c>/search/</c>. And for crawlers, <c>robots.txt</c> and, when site.yml
/// gives the site's <c>baseUrl</c>, <c>sitemap.xml</c> (its URLs must be absolute). Which files exist, and
/// when, is <see cref="GeneratedOutputs"/>'s list; the writers are here.
/// </summary>
public sealed class ExportPhase
{
    /// <summary>Writes every export; the bibliographic ones are taken from <paramref name="previous"/> when its references are the same documents.</summary>
    /// <param name="graph">The site.</param>
    /// <param name="site">The pages, which the sitemap lists.</param>
    /// <param name="previous">The graph and exports of the previous run, or null.</param>
    /// <param name="edition">What changed since the previous edition and when this one was made, for the Atom feed; null for no feed.</param>
    /// <param name="claimsJson">The compilation's lines of claims.json, or null to write them all.</param>
    public IReadOnlyList<ExportedFile> Run(
        SiteGraph graph,
        RenderedSite site,
        (SiteGraph Graph, IReadOnlyList<ExportedFile> Exports)? previous = null,
        (EditionChanges Changes, DateTimeOffset Updated)? edition = null,
        ClaimsJsonFragments? claimsJson = null)
    {
        var kept = previous is { } before && before.Graph.References.Documents.SequenceEqual(graph.References.Documents)
            && graph.References.Documents.All(r => before.Graph.RetractionOf(r)?.Nature == graph.RetractionOf(r)?.Nature)
            ? before.Exports
            : [];
        var context = new ExportContext(graph, site, edition) { ClaimsJson = claimsJson };
        var files = new List<ExportedFile>();
        foreach (var output in GeneratedOutputs.Files.Where(f => f.Exists(graph.Address is not null, edition is not null)))
        {
            if (output.FromReferencesOnly && kept.FirstOrDefault(e => e.Url == output.Url) is { } same)
            {
                files.Add(same);
                continue;
            }

            var write = output.File!;
            var type = output.ContentType!;
            files.Add(output.MadeOnDemand
                ? new ExportedFile(output.Url, type, stream => write(context, stream))
                : new ExportedFile(output.Url, type, ExportedFile.BytesOf(stream => write(context, stream))));
        }

        return files;
    }

    /// <summary>The file sets (the search index), each made when first read.</summary>
    /// <param name="graph">The site.</param>
    /// <param name="site">The pages.</param>
    /// <param name="edition">What changed since the previous edition, or null.</param>
    public IReadOnlyList<ExportedFileSet> RunFileSets(SiteGraph graph, RenderedSite site, (EditionChanges Changes, DateTimeOffset Updated)? edition = null)
    {
        var context = new ExportContext(graph, site, edition);
        return [.. GeneratedOutputs.FileSets
            .Where(f => f.Exists(graph.Address is not null, edition is not null))
            .Select(f => new ExportedFileSet(f.Url, f.ContentType!, () => f.FileSet!(context)))];
    }

    internal static IReadOnlyList<(string Url, byte[] Content)> SearchIndex(ExportContext context) => Search.SearchIndex.Write(context.Graph);

    internal static void CslJson(ExportContext context, Stream stream) => stream.Write(Encoding.UTF8.GetBytes(CslJsonExport.Write(Published(context.Graph))));

    internal static void BibTex(ExportContext context, Stream stream) => stream.Write(Encoding.UTF8.GetBytes(BibTexExport.Write(Published(context.Graph))));

    // The largest file a site has (48 MB at 10,000 citation-dense pages): written into the stream page by page.
    internal static void ClaimsJson(ExportContext context, Stream stream) => ClaimsJsonExport.Write(context.Graph, stream, context.ClaimsJson);

    internal static void RobotsTxt(ExportContext context, Stream stream) =>
        stream.Write(Encoding.UTF8.GetBytes(RobotsTxtExport.Write(context.Graph.Address?.Absolute(SitePaths.Sitemap))));

    internal static void Sitemap(ExportContext context, Stream stream) =>
        stream.Write(SitemapExport.Write(
            context.Graph.Address!,
            context.Site.Pages
                .Where(p => GeneratedOutputs.Find(p.Url) is not { InSitemap: false })
                .Select(p => (p.Url, p.Document?.Source.FrontMatter.LastReviewed))));

    internal static void ChangesFeed(ExportContext context, Stream stream)
    {
        var graph = context.Graph;
        var (changes, updated) = context.Edition!.Value;
        var titles = graph.Pages.DistinctBy(SiteGraph.UrlOf).ToDictionary(SiteGraph.UrlOf, p => p.Source.Title, StringComparer.Ordinal);
        stream.Write(ChangesFeedExport.Write(graph.Address!, graph.Config.Title, changes, titles, updated));
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

    private static (string Id, ReferenceFrontMatter Reference)[] Published(SiteGraph graph) =>
        [.. graph.References.Select(r => (r.Id, WithStatus(r.FrontMatter, graph.RetractionOf(r.Document))))];
}
