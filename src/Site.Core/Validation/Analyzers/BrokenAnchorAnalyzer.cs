using Site.Core.Diagnostics;
using Site.Core.Linking;
using Site.Core.PostProcessing;
using Site.Core.Text;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>broken-anchor</c>: a link's '#fragment' is not an id in the target page as rendered, so headings,
/// generated sections and theme elements all count, exactly as a browser would find them.
/// </summary>
public sealed class BrokenAnchorAnalyzer : IOutputAnalyzer
{
    /// <summary>A link to an anchor the target page does not have.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "broken-anchor", DiagnosticSeverity.Error, "A link points to an anchor that the target page does not contain.",
        When: "a link to an anchor the target page does not have");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, RenderedSite site, DiagnosticBag diagnostics)
    {
        foreach (var link in graph.AllLinks)
        {
            if (link.Anchor is not { Length: > 0 } anchor || link.Target is null || link.TargetUrl is null)
            {
                continue;
            }

            if (site.IdsOf(link.TargetUrl) is not { } ids || ids.Contains(anchor))
            {
                continue;
            }

            var page = link.Target == link.From ? "this page" : $"'{link.Target.Id}'";
            var (offset, length) = AnchorSpan(link);
            diagnostics.Add(Diagnostic.At(
                Descriptor, link.From.Source.Source, offset, length,
                $"{page} has no anchor '#{anchor}'",
                DidYouMean.Hint(anchor, ids.Order(StringComparer.Ordinal)) ?? "anchors of headings are their text in lower-case kebab, e.g. '## Dosing' is '#dosing'"));
        }
    }

    // The caret goes under the anchor itself, after the '#', when the link is written inline.
    private static (int Offset, int Length) AnchorSpan(DocumentLink link)
    {
        var text = link.From.Source.Source.Text;
        var end = Math.Min(text.Length, link.Offset + link.Length);
        var hash = link.Length > 0 ? text.IndexOf('#', link.Offset, end - link.Offset) : -1;
        return hash < 0 ? (link.Offset, link.Length) : (hash + 1, end - hash - 1);
    }
}
