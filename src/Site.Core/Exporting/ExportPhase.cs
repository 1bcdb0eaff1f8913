using System.Text;
using Site.Core.Content;
using Site.Core.Linking;

namespace Site.Core.Exporting;

/// <summary>
/// The bibliography as data, for readers' reference managers: <c>references.json</c> (CSL-JSON) and
/// <c>references.bib</c> (BibTeX), every reference that has a page, in id order.
/// </summary>
public sealed class ExportPhase
{
    /// <summary>The URL of the CSL-JSON export.</summary>
    public const string CslJsonUrl = "/references.json";

    /// <summary>The URL of the BibTeX export.</summary>
    public const string BibTexUrl = "/references.bib";

    /// <summary>Writes both exports.</summary>
    public IReadOnlyList<ExportedFile> Run(SiteGraph graph)
    {
        var references = graph.References.Select(r => (r.Id, (ReferenceFrontMatter)r.Source.FrontMatter)).ToArray();
        return
        [
            new ExportedFile(CslJsonUrl, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(CslJsonExport.Write(references))),
            new ExportedFile(BibTexUrl, "application/x-bibtex; charset=utf-8", Encoding.UTF8.GetBytes(BibTexExport.Write(references))),
        ];
    }
}
