using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>unused-reference</c>: a reference no other document cites; reported at its title. A reference still unfinished
/// is left to its own error: it is cited once it is written.
/// </summary>
public sealed class UnusedReferenceAnalyzer : IAnalyzer
{
    /// <summary>A reference that nothing cites.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "unused-reference", DiagnosticSeverity.Warning, "A reference is not cited by any page.",
        When: "a reference that nothing cites");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var reference in graph.References.Documents)
        {
            if (reference.IsUnfinished || graph.CitationsOfKey(reference.Id).Any(c => c.From != reference && c.Reference == reference))
            {
                continue;
            }

            var source = reference.Source;
            var (offset, length) = source.FrontMatter.Positions.TryGetValue("title", out var title) ? (title.Offset, title.Length) : (0, 0);
            diagnostics.Add(Diagnostic.At(
                Descriptor, source.Source, offset, length,
                $"the reference '{reference.Id}' is not cited anywhere",
                $"cite it with [@{reference.Id}] where a claim relies on it, or remove the file"));
        }
    }
}
