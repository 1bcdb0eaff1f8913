using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation.Analyzers;

/// <summary><c>duplicate-id</c>: two documents with the same file stem, in any folders.</summary>
public sealed class DuplicateIdAnalyzer : IAnalyzer
{
    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in graph.Duplicates)
        {
            var document = duplicate.Document.Source;
            diagnostics.Add(Diagnostic.At(
                DiagnosticDescriptors.DuplicateId, document.Source, 0, 0,
                $"the id '{document.Id}' is already used by {duplicate.First.Source.Source.Path}",
                "ids are file names and must be unique across substances, mechanisms, references and pages: rename one file"));
        }
    }
}
