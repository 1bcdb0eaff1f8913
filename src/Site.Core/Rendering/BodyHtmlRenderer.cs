using System.Globalization;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Site.Core.Languages;
using Site.Core.Parsing;
using Site.Core.Parsing.Citations;
using Site.Core.Parsing.Footnotes;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Rendering;

/// <summary>
/// Markdig's HTML renderer set up for the site's bodies once per rendering thread and reused body after body. A renderer
/// made for each page started with no renderer chosen for any kind of node, and Markdig asked each of its thirty for each
/// kind again, page after page. What differs from body to body (the links' targets, the citations' writers, the headings'
/// ids, the site's words) is set on it by <see cref="Take"/> and by the caller before <see cref="Write"/>.
/// </summary>
internal sealed class BodyHtmlRenderer
{
    [ThreadStatic]
    private static BodyHtmlRenderer? Kept;

    private readonly StringWriter _writer = new(new StringBuilder(16 * 1024), CultureInfo.InvariantCulture);
    private readonly ScrollingTableRenderer _tables = new();
    private readonly AnchoredHeadingRenderer _headings = new();
    private readonly HtmlFootnoteSectionRenderer? _notes;
    private readonly HtmlFootnoteMarkRenderer? _marks;

    private BodyHtmlRenderer()
    {
        Html = new HtmlRenderer(_writer);
        SiteMarkdown.Pipeline.Setup(Html);
        // URLs that would run script never reach a page (the Content-Security-Policy would block them
        // too; this keeps them out of the HTML). Autolinks are links: they go through the same rewriter.
        Html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(Links);
        Html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(_tables);
        Html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(_headings);
        _notes = Html.ObjectRenderers.Find<HtmlFootnoteSectionRenderer>();
        _marks = Html.ObjectRenderers.Find<HtmlFootnoteMarkRenderer>();
        WikiLinks = Html.ObjectRenderers.Find<HtmlWikiLinkRenderer>()
            ?? throw new InvalidOperationException("the site's pipeline renders no wiki links");
        Citations = Html.ObjectRenderers.Find<HtmlCitationRenderer>()
            ?? throw new InvalidOperationException("the site's pipeline renders no citations");
    }

    /// <summary>The renderer, whose <see cref="HtmlRenderer.LinkRewriter"/> the caller sets for the body.</summary>
    public HtmlRenderer Html { get; }

    /// <summary>The renderer of links and images.</summary>
    public ContentLinkRenderer Links { get; } = new();

    /// <summary>The renderer of wiki links, whose targets the caller sets for the body.</summary>
    public HtmlWikiLinkRenderer WikiLinks { get; }

    /// <summary>The renderer of citations, whose writers the caller sets for the body.</summary>
    public HtmlCitationRenderer Citations { get; }

    /// <summary>This thread's renderer, lent until <see cref="Write"/>, begun for a body in <paramref name="strings"/>' words.</summary>
    /// <param name="strings">The site's words.</param>
    /// <param name="headingAnchors">The id of each heading, or null to leave headings' ids to post-processing.</param>
    public static BodyHtmlRenderer Take(SiteStrings strings, IReadOnlyDictionary<HeadingBlock, string>? headingAnchors)
    {
        // Lent: a body rendered while another is (none is today) gets a renderer of its own.
        var body = Kept ?? new BodyHtmlRenderer();
        Kept = null;
        // As a new renderer starts: at the start of a line (the newline, if one is written, goes with the last body's text).
        body.Html.EnsureLine();
        body._writer.GetStringBuilder().Clear();
        body._tables.Begin(strings);
        body._headings.Anchors = headingAnchors;
        if (body._notes is not null)
        {
            body._notes.Strings = strings;
        }

        if (body._marks is not null)
        {
            body._marks.Strings = strings;
        }

        return body;
    }

    /// <summary>Writes <paramref name="document"/> and gives the renderer back to the thread.</summary>
    /// <returns>The body's HTML.</returns>
    public string Write(MarkdownDocument document)
    {
        // Given back only after a body written whole: one that failed part way may have left Markdig's renderer mid-state.
        Html.Render(document);
        _writer.Flush();
        var html = _writer.ToString();
        (Html.LinkRewriter, WikiLinks.Resolve, Citations.WriteCitation, Citations.SetsAgainstWord, _headings.Anchors) = (null, null, null, null, null);
        Kept = this;
        return html;
    }
}
