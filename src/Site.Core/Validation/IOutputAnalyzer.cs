using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.PostProcessing;

namespace Site.Core.Validation;

/// <summary>A rule that needs the rendered pages, such as anchors that only exist once headings are rendered.</summary>
public interface IOutputAnalyzer
{
    /// <summary>Reports every breach of the rule.</summary>
    void Analyze(SiteGraph graph, RenderedSite site, DiagnosticBag diagnostics);
}
