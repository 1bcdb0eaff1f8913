using Markdig.Syntax;
using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation.Analyzers;

/// <summary><c>raw-html</c>: HTML written in markdown, which readers will see as text.</summary>
public sealed class RawHtmlAnalyzer : IAnalyzer
{
    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var document in graph.Documents)
        {
            foreach (var node in document.RawHtmlNodes)
            {
                var length = node is HtmlBlock ? 0 : node.Span.Length;
                diagnostics.Add(Diagnostic.At(
                    DiagnosticDescriptors.RawHtml, document.Source.Source, document.FileOffset(node.Span.Start), length,
                    "raw HTML is not passed through; readers will see it as text",
                    "use markdown instead (emphasis, links, lists, tables), or '::: name' containers for styled blocks"));
            }
        }
    }
}
