using Markdig.Syntax;
using Site.Core.Linking;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;
using Site.Core.Retractions;
using Site.Core.Styles;

namespace Site.Core.Rendering;

/// <summary>
/// Renders a document's markdown body to HTML for the page at a given URL, with every link the
/// link phase resolved written as a relative pretty URL and every citation as the site's citation style writes it.
/// </summary>
public static class MarkdownBodyRenderer
{
    /// <summary>The body HTML of <paramref name="document"/> as it appears on the page at <paramref name="pageUrl"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="graph">The site.</param>
    /// <param name="pageUrl">The URL of the page the body is written into, which its links are relative to.</param>
    /// <param name="style">The site's citation style for this compilation; by default prepared for this call alone.</param>
    /// <param name="headingAnchors">The id of each heading (<see cref="BodyHeadings"/>); without them, post-processing gives headings theirs.</param>
    public static string Render(
        ParsedDocument document, SiteGraph graph, string pageUrl, PreparedStyle? style = null, IReadOnlyDictionary<HeadingBlock, string>? headingAnchors = null)
    {
        var links = graph.LinksFrom(document);
        var byNode = new Dictionary<MarkdownObject, DocumentLink>(links.Count, ReferenceEqualityComparer.Instance);
        var rewrites = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            byNode[link.Node] = link;
            if (link.Syntax == LinkSyntax.Markdown && link.TargetUrl is { } targetUrl)
            {
                rewrites.TryAdd(link.Written, Href(pageUrl, targetUrl, link.Anchor, link.Target == document));
            }
        }

        // One renderer per rendering thread, reused page after page: only the finished body is allocated, and Markdig
        // finds the renderer of each kind of node once per thread, not once per page.
        var body = BodyHtmlRenderer.Take(graph.Config.Strings, headingAnchors);
        var renderer = body.Html;
        var linkRenderer = body.Links;
        renderer.LinkRewriter = url =>
            rewrites.TryGetValue(url, out var href) ? href : ContentUrlPolicy.Allows(url, linkRenderer.WritingImage) ? url : "#";
        body.WikiLinks.Resolve = wiki =>
            byNode.TryGetValue(wiki, out var link) && link.TargetUrl is { } url
                ? (Href(pageUrl, url, link.Anchor, link.Target == document), link.Target?.Source.Title ?? url)
                : null;

        var citationRenderer = body.Citations;
        var citations = graph.CitationsOf(document);
        var prepared = style ?? PreparedStyle.For(graph);
        // A claim's evidence flag follows its last citation.
        var flags = new Dictionary<CitationGroup, EvidenceFlag>(ReferenceEqualityComparer.Instance);
        foreach (var claim in graph.ClaimsOf(document))
        {
            if (claim.Flag is { } flag)
            {
                flags[LastCiting(claim)] = flag;
            }
        }

        // A citation of a retracted work, or of one under an expression of concern, is flagged where it stands,
        // in a claim or not; a claim on dated evidence says so after its last citation.
        var retracted = new Dictionary<CitationGroup, RetractionNature>(ReferenceEqualityComparer.Instance);
        foreach (var citation in citations.Citations)
        {
            if (citation.Reference is { } reference && graph.RetractionOf(reference) is { } notice
                && (!retracted.TryGetValue(citation.Group, out var known) || notice.Nature < known))
            {
                retracted[citation.Group] = notice.Nature;
            }
        }

        var dated = new Dictionary<CitationGroup, int>(ReferenceEqualityComparer.Instance);
        foreach (var claim in graph.ClaimsOf(document))
        {
            if (graph.EvidenceDatedBefore(claim) is { } year)
            {
                dated[LastCiting(claim)] = year;
            }
        }

        // "@twitter" names no reference: it is the text written.
        citationRenderer.SetsAgainstWord = group => !graph.IsText(group) && prepared.SetsAgainstWord(group);
        citationRenderer.WriteCitation = (html, group) =>
        {
            if (graph.IsText(group))
            {
                html.WriteEscape(group.Written);
                return;
            }

            prepared.Write(html, group, citations);
            if (retracted.TryGetValue(group, out var nature))
            {
                CitationMarkup.WriteRetractionFlag(html, nature, graph.Config.Strings);
            }

            if (flags.TryGetValue(group, out var flag))
            {
                CitationMarkup.WriteFlag(html, flag, graph.Config.Strings);
            }

            if (dated.TryGetValue(group, out var year))
            {
                CitationMarkup.WriteDatedFlag(html, year, graph.Config.Strings);
            }
        };

        return body.Write(graph.BodyOf(document));

        // The flags follow a claim's last citation that cites ("@twitter" after it is text).
        CitationGroup LastCiting(ClaimEvidence claim) => claim.Claim.Citations.Last(g => !graph.IsText(g));
    }

    private static string Href(string pageUrl, string targetUrl, string? anchor, bool samePage)
    {
        var fragment = anchor is null ? string.Empty : "#" + Uri.EscapeDataString(anchor);
        return samePage && anchor is not null ? fragment : SitePaths.Relative(pageUrl, targetUrl) + fragment;
    }
}
