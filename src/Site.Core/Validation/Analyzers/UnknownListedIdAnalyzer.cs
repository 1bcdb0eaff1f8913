using Site.Core.Diagnostics;
using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Text;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>unknown-mechanism</c> and the like: a list of ids in a document's front matter (<see cref="DocumentKind.Lists"/>,
/// a substance's <c>mechanisms</c>) names an id that is no document of the list's kind; reported at the list item,
/// with a did-you-mean.
/// </summary>
public sealed class UnknownListedIdAnalyzer : IDocumentAnalyzer
{
    /// <summary>A substance names a mechanism that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownMechanism = new(
        "unknown-mechanism", DiagnosticSeverity.Error, "A substance lists a mechanism id that no mechanism page has.",
        When: "a substance lists a mechanism id that does not exist");

    /// <summary>A substance names a condition that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownCondition = new(
        "unknown-condition", DiagnosticSeverity.Error, "A substance lists a condition id that no condition page has.",
        When: "a substance lists a condition id that does not exist");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [.. DocumentKinds.All.SelectMany(k => k.Lists).Select(l => l.Diagnostic).Distinct()];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics) => Analyze(graph, graph.Documents, diagnostics);

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        var idsOf = new Dictionary<DocumentKind, string[]>();
        foreach (var document in documents)
        {
            foreach (var (list, ids) in document.Source.Content.Listed)
            {
                var target = list.Target;
                if (!idsOf.TryGetValue(target, out var known))
                {
                    idsOf[target] = known = [.. graph.ById.Values.Where(d => d.Kind == target).Select(d => d.Id).Order(StringComparer.Ordinal)];
                }

                foreach (var id in ids)
                {
                    var found = graph.ById.GetValueOrDefault(id.Value);
                    if (found?.Kind == target)
                    {
                        continue;
                    }

                    var message = found is null
                        ? $"no {target.Name} has the id '{id.Value}'"
                        : $"'{id.Value}' is a {found.Kind.Name}, not a {target.Name}";
                    var hint = DidYouMean.Hint(id.Value, known)
                        ?? $"create it with 'site new {target.Name} {id.Value}', or list one of: {string.Join(", ", known)}";
                    diagnostics.Add(Diagnostic.At(list.Diagnostic, document.Source.Source, id.Offset, id.Length, message, hint));
                }
            }
        }
    }
}
