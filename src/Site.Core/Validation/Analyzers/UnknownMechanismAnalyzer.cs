using Site.Core.Content;
using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Text;

namespace Site.Core.Validation.Analyzers;

/// <summary><c>unknown-mechanism</c>: a substance's <c>mechanisms</c> list names an id that is not a mechanism.</summary>
public sealed class UnknownMechanismAnalyzer : IAnalyzer
{
    /// <summary>A substance names a mechanism that does not exist.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "unknown-mechanism", DiagnosticSeverity.Error, "A substance lists a mechanism id that no mechanism page has.",
        When: "a substance lists a mechanism id that does not exist");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        var mechanismIds = graph.ById.Values.Where(d => d.Kind == DocumentKind.Mechanism).Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        foreach (var substance in graph.Documents.Where(d => d.Kind == DocumentKind.Substance))
        {
            foreach (var mechanism in ((SubstanceFrontMatter)substance.Source.FrontMatter).Mechanisms)
            {
                var found = graph.ById.GetValueOrDefault(mechanism.Value);
                if (found?.Kind == DocumentKind.Mechanism)
                {
                    continue;
                }

                var message = found is null
                    ? $"no mechanism has the id '{mechanism.Value}'"
                    : $"'{mechanism.Value}' is a {DocumentKinds.Name(found.Kind)}, not a mechanism";
                var hint = DidYouMean.Hint(mechanism.Value, mechanismIds)
                    ?? $"create it with 'site new mechanism {mechanism.Value}', or list one of: {string.Join(", ", mechanismIds)}";
                diagnostics.Add(Diagnostic.At(Descriptor, substance.Source.Source, mechanism.Offset, mechanism.Length, message, hint));
            }
        }
    }
}
