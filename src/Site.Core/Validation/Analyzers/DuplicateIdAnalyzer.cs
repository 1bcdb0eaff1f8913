using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation.Analyzers;

/// <summary><c>duplicate-id</c>: two documents with the same file stem, in any folders.</summary>
public sealed class DuplicateIdAnalyzer : IAnalyzer
{
    /// <summary>Two documents share an id.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "duplicate-id", DiagnosticSeverity.Error, "Document ids must be unique across the whole site.",
        When: "two documents with the same id; two references with the same DOI or PMID; cannot be lowered",
        PinnedBecause: "two documents with one id would be published at one URL, and links to either would lead to the other");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in graph.Duplicates)
        {
            var document = duplicate.Document.Source;
            diagnostics.Add(Diagnostic.At(
                Descriptor, document.Source, 0, 0,
                $"the id '{document.Id}' is already used by {duplicate.First.Source.Source.Path}",
                "ids are file names and must be unique across substances, mechanisms, references and pages: rename one file"));
        }
    }
}
