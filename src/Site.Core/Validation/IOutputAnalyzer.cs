using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.PostProcessing;

namespace Site.Core.Validation;

/// <summary>A rule that needs the rendered pages, such as anchors that only exist once headings are rendered.</summary>
public interface IOutputAnalyzer
{
    /// <summary>The rules this analyzer reports, each with its code and default severity.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Reports every breach of the rule.</summary>
    void Analyze(SiteGraph graph, RenderedSite site, DiagnosticBag diagnostics);
}
