using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Text;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>unknown-citation</c>: a citation key that names no reference, reported at the key. An author-in-text
/// <c>@word</c> that names none is text (a handle, a mention), reported only when it is a likely typo of a reference's key.
/// </summary>
public sealed class UnknownCitationAnalyzer : IDocumentAnalyzer
{
    /// <summary>A citation whose key is not a reference.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "unknown-citation", DiagnosticSeverity.Error, "A citation key does not name a reference.",
        When: "a citation key that names no reference (with a did-you-mean)");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics) => Analyze(graph, graph.Documents, diagnostics);

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        string[]? keys = null;
        foreach (var citation in documents.SelectMany(d => graph.CitationsOf(d).Citations))
        {
            if (citation.Reference is not null)
            {
                continue;
            }

            keys ??= [.. graph.References.Select(r => r.Id)];
            var key = citation.Item.Key;
            var other = graph.ById.GetValueOrDefault(key);
            var message = other is null
                ? $"no reference has the key '{key}'"
                : $"'{key}' is a {other.Kind.Name}, not a reference";
            var hint = other is not null
                ? $"link to it with [[{key}]]; a citation names a file in input/references/"
                : DidYouMean.Hint(key, keys) ?? $"add the reference with 'site new reference {key}', or correct the key";
            var document = citation.From;
            diagnostics.Add(Diagnostic.At(
                Descriptor, document.Source.Source,
                document.FileOffset(citation.Item.KeyPosition), key.Length, message, hint));
        }

        foreach (var document in documents)
        {
            foreach (var group in document.Citations)
            {
                if (!graph.IsText(group))
                {
                    continue;
                }

                keys ??= [.. graph.References.Select(r => r.Id)];
                var key = group.Items[0].Key;
                if (DidYouMean.Find(key, keys) is { } match)
                {
                    diagnostics.Add(Diagnostic.At(
                        Descriptor, document.Source.Source, document.FileOffset(group.Items[0].KeyPosition), key.Length,
                        $"no reference has the key '{key}', so '@{key}' reads as text",
                        $"did you mean '{match}'? write '\\@{key}' if it is not a citation"));
                }
            }
        }
    }
}
