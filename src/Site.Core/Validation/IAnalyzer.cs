using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation;

/// <summary>One rule over the site graph. Analyzers only read the graph and report; they never change it.</summary>
public interface IAnalyzer
{
    /// <summary>The rules this analyzer reports, each with its code and default severity.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Reports every breach of the rule.</summary>
    void Analyze(SiteGraph graph, DiagnosticBag diagnostics);
}
