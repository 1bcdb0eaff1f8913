using System.Text;
using Site.Core.Content;
using Site.Core.Linking;

namespace Site.Core.Exporting;

/// <summary>
/// The site as data. The bibliography, for readers' reference managers: <c>references.json</c> (CSL-JSON)
/// and <c>references.bib</c> (BibTeX), every reference that has a page, in id order. And the claims,
/// <c>claims.json</c>, for audits of the evidence.
/// </summary>
public sealed class ExportPhase
{
    /// <summary>The URL of the claims export.</summary>
    public const string ClaimsJsonUrl = "/claims.json";

    /// <summary>The URL of the CSL-JSON export.</summary>
    public const string CslJsonUrl = "/references.json";

    /// <summary>The URL of the BibTeX export.</summary>
    public const string BibTexUrl = "/references.bib";

    /// <summary>Writes every export; the bibliographic ones are taken from <paramref name="previous"/> when its references are the same documents.</summary>
    /// <param name="graph">The site.</param>
    /// <param name="previous">The graph and exports of the previous run, or null.</param>
    public IReadOnlyList<ExportedFile> Run(SiteGraph graph, (SiteGraph Graph, IReadOnlyList<ExportedFile> Exports)? previous = null)
    {
        var bibliography = previous is { } before && before.Graph.References.SequenceEqual(graph.References)
            ? before.Exports.Where(e => e.Url != ClaimsJsonUrl)
            : Bibliography(graph);
        return
        [
            .. bibliography,
            new ExportedFile(ClaimsJsonUrl, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(ClaimsJsonExport.Write(graph))),
        ];
    }

    private static IReadOnlyList<ExportedFile> Bibliography(SiteGraph graph)
    {
        var references = graph.References.Select(r => (r.Id, (ReferenceFrontMatter)r.Source.FrontMatter)).ToArray();
        return
        [
            new ExportedFile(CslJsonUrl, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(CslJsonExport.Write(references))),
            new ExportedFile(BibTexUrl, "application/x-bibtex; charset=utf-8", Encoding.UTF8.GetBytes(BibTexExport.Write(references))),
        ];
    }
}
