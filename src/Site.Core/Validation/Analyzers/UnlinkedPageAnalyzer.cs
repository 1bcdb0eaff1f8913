using Site.Core.Diagnostics;
using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Parsing;

namespace Site.Core.Validation.Analyzers;

/// <summary>
/// <c>unlinked-page</c>: a plain page that no page of the built site links to, so that a reader can only find it by
/// its address; reported at its line 1. What the theme links decides it: every substance and mechanism is on its list
/// page and the home page, every reference in the bibliography (one nothing cites is <c>unused-reference</c>), and the
/// generated pages in the navigation, so only a plain page can be unlinked. It is linked by a link written in another
/// page, and by a reference page, which links back to every page that cites it ("Cited by") or links to it ("Linked
/// from"). The home page is where readers arrive. An unfinished page is left to its own error until it is written.
/// </summary>
public sealed class UnlinkedPageAnalyzer : IAnalyzer
{
    /// <summary>A page that no other page, list or navigation of the built site links to.</summary>
    public static readonly DiagnosticDescriptor Descriptor = new(
        "unlinked-page", DiagnosticSeverity.Warning, "A page is not linked from any other page of the site, so readers cannot find it.",
        When: "a plain page that no other page links to (a reference page links back to the pages that cite or link it); the home page is excepted");

    /// <inheritdoc />
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc />
    public void Analyze(SiteGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var page in graph.Pages)
        {
            if (page.Kind != DocumentKinds.Page || page.Url == SitePaths.Home || page.IsUnfinished || IsLinked(graph, page))
            {
                continue;
            }

            diagnostics.Add(Diagnostic.At(
                Descriptor, page.Source.Source, 0, 0,
                $"no page links to '{page.Id}'; readers can only reach it by its address",
                $"link it from another page with [[{page.Id}]]"));
        }
    }

    private static bool IsLinked(SiteGraph graph, ParsedDocument page) =>
        graph.LinksTo(page).Any(l => l.From != page && l.Target == page)
        || graph.CitationsOf(page).Citations.Any(c => c.Reference is not null)
        || graph.LinksFrom(page).Any(l => l.Target is { } target && graph.References.Of(target) is not null);
}
