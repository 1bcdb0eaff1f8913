using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation.Analyzers;

/// <summary><c>reserved-url</c>: a plain page whose URL the generator writes itself (e.g. input/substances.md).</summary>
public sealed class ReservedUrlAnalyzer : IAnalyzer
{
    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var page in graph.ReservedUrlPages)
        {
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.ReservedUrl, page.Source.Source, 0, 0,
                $"this page would be written to {SiteGraph.UrlOf(page)}, which the site uses for its own page",
                "rename the file"));
        }
    }
}
