using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>unlinked-page</c>: a plain page that no other page links to, so that a reader can only find it by its address;
/// reported at its line 1. The theme links every substance and mechanism from its list page and the home page, every
/// reference from the bibliography (and one nothing cites is <c>unused-reference</c>), and its own pages from the
/// navigation: only a plain page is reached through links written in content alone. The home page is where readers
/// arrive, and the not-found page is generated, never a document. An unfinished page is left to its own error until it is written.
/// </summary>
public sealed class UnlinkedPageAnalyzer : IAnalyzer
{
    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var page in graph.Pages)
        {
            if (page.Kind != DocumentKind.Page || page.Url == SitePaths.Home || page.IsUnfinished
                || graph.LinksTo(page).Any(l => l.From != page && l.Target == page))
            {
                continue;
            }

            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.UnlinkedPage, page.Source.Source, 0, 0,
                $"no page links to '{page.Id}'; readers can only reach it by its address",
                $"link it from another page with [[{page.Id}]]"));
        }
    }
}
