using Markdig.Syntax;
using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Validation.Analyzers;

/// <summary><c>raw-html</c>: HTML written in markdown, which readers will see as text.</summary>
public sealed class RawHtmlAnalyzer : IDocumentAnalyzer
{
    /// <summary>Raw HTML in markdown, which is escaped rather than passed through.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "raw-html", DiagnosticSeverity.Warning, "Raw HTML in markdown is shown as text, not passed through.",
        When: "HTML in markdown (shown as text)");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics) => Analyze(graph, graph.Documents, diagnostics);

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        foreach (var document in documents)
        {
            foreach (var node in document.RawHtmlNodes)
            {
                var length = node is HtmlBlock ? 0 : node.Span.Length;
                diagnostics.Add(Diagnostic.At(
                    Descriptor, document.Source.Source, document.FileOffset(node.Span.Start), length,
                    "raw HTML is not passed through; readers will see it as text",
                    "use markdown instead (emphasis, links, lists, tables), or '::: name' containers for styled blocks"));
            }
        }
    }
}
