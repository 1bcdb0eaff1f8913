using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation;

/// <summary>One rule over the site graph. Analyzers only read the graph and report; they never change it.</summary>
public interface IAnalyzer
{
    /// <summary>Reports every breach of the rule.</summary>
    void Analyze(SiteGraph graph, DiagnosticBag diagnostics);
}
