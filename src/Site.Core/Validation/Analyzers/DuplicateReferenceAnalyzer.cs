using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>duplicate-id</c> for works: two references with the same DOI or PubMed id are one work entered
/// twice, and would be numbered and counted twice. Reported at the later one's identifier.
/// </summary>
public sealed class DuplicateReferenceAnalyzer : IAnalyzer
{
    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DuplicateIdAnalyzer.Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        // DOIs are case-insensitive (ISO 26324); PubMed ids are digits.
        Report(graph, diagnostics, "DOI", r => r.Doi?.ToLowerInvariant());
        Report(graph, diagnostics, "PMID", r => r.Pmid);
    }

    private static void Report(SiteGraph graph, DiagnosticBag diagnostics, string field, Func<ReferenceFrontMatter, string?> identifier)
    {
        var first = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
        foreach (var (reference, front) in graph.References.OrderBy(r => r.Document.Source.RelativePath, StringComparer.Ordinal))
        {
            if (identifier(front) is not { } value)
            {
                continue;
            }

            if (!first.TryAdd(value, reference))
            {
                var original = first[value];
                var position = front.Positions[field];
                diagnostics.Add(Diagnostic.At(
                    DuplicateIdAnalyzer.Descriptor, reference.Source.Source, position.Offset, position.Length,
                    $"the reference '{reference.Id}' has the same {field} as '{original.Id}' ({original.Source.Source.Path})",
                    $"one work is one reference: keep '{original.Id}', cite it instead of '{reference.Id}', and remove this file"));
            }
        }
    }
}
