using Site.Core.Diagnostics;
using Site.Core.Linking;

namespace Site.Core.Validation.Analyzers;

/// <summary><c>reserved-url</c>: a plain page whose URL the generator writes itself (e.g. input/substances.md).</summary>
public sealed class ReservedUrlAnalyzer : IAnalyzer
{
    /// <summary>A page would be written where the generator writes one of its own pages.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "reserved-url", DiagnosticSeverity.Error, "A page's URL is one the generator uses for its own pages.",
        When: "a page on a URL the site uses itself (`/substances/`, `/mechanisms/`...); cannot be lowered",
        PinnedBecause: "a page on a URL the site uses itself would replace one of its own pages");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var page in graph.ReservedUrlPages)
        {
            diagnostics.Add(Diagnostic.At(
                Descriptor, page.Source.Source, 0, 0,
                $"this page would be written to {SiteGraph.UrlOf(page)}, which the site uses for its own page",
                "rename the file"));
        }
    }
}
