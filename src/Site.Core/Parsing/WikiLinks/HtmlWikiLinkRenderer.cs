using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Core.Parsing.WikiLinks;

/// <summary>
/// Writes a wiki link as <c>&lt;a href&gt;</c>. The href and default text come from <see cref="Resolve"/>,
/// set per page by the render phase from the site graph; an unresolved link becomes a marked span.
/// </summary>
public sealed class HtmlWikiLinkRenderer : HtmlObjectRenderer<WikiLink>
{
    /// <summary>Resolves a link to its href and the target's title; null when the target does not exist.</summary>
    public Func<WikiLink, (string Href, string Title)?>? Resolve { get; set; }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, WikiLink link)
    {
        var resolved = Resolve?.Invoke(link);
        var text = link.Label ?? resolved?.Title ?? (link.Target.Length > 0 ? link.Target : link.Anchor ?? string.Empty);
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(text);
            return;
        }

        if (resolved is not { } target)
        {
            renderer.Write("<span class=\"broken-link\">").WriteEscape(text).Write("</span>");
            return;
        }

        renderer.Write("<a href=\"").WriteEscape(target.Href).Write("\" class=\"wiki-link\">").WriteEscape(text).Write("</a>");
    }
}
