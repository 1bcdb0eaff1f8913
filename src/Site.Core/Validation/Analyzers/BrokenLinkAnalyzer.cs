using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Text;

namespace Site.Core.Validation.Analyzers;

/// <summary><c>broken-link</c>: a wiki link to an id no document has, or a relative link to a file that does not exist.</summary>
public sealed class BrokenLinkAnalyzer : IDocumentAnalyzer
{
    /// <summary>A link to a page or file that does not exist.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "broken-link", DiagnosticSeverity.Error, "A link points to a page or file that does not exist.",
        When: "a link to an id or file that does not exist");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics) => Analyze(graph, graph.Documents, diagnostics);

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, IReadOnlyList<ParsedDocument> documents, DiagnosticBag diagnostics)
    {
        var ids = graph.ById.Keys.Order(StringComparer.Ordinal).ToArray();
        foreach (var link in documents.SelectMany(graph.LinksFrom).Where(l => !l.IsResolved))
        {
            string message;
            string? hint;
            if (link.Syntax == LinkSyntax.Wiki)
            {
                var target = link.Written.Split('#')[0];
                message = $"no page has the id '{target}'";
                hint = DidYouMean.Hint(target, ids) ?? "link to an existing id (a file name without .md), or create the page with 'site new'";
            }
            else
            {
                var path = link.Written.Split('#', '?')[0];
                message = $"the link target '{path}' does not exist";
                var stem = Path.GetFileNameWithoutExtension(path);
                hint = path.EndsWith(".md", StringComparison.Ordinal) && DidYouMean.Find(stem, ids) is { } id
                    ? $"did you mean [[{id}]]? wiki links by id do not depend on folders"
                    : "paths are relative to this file; check the folder and the spelling";
            }

            diagnostics.Add(Diagnostic.At(Descriptor, link.From.Source.Source, link.Offset, link.Length, message, hint));
        }
    }
}
