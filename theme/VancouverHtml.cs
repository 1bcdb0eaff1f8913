using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Components;
using Site.Core.Rendering.Vancouver;

namespace Site.Theme;

/// <summary>
/// A Vancouver entry as HTML: the text as NLM writes it, with the DOI, PubMed id and URL as links.
/// The same entry appears on every page that cites the work and its links are absolute, so each
/// entry is written once per compilation and reused.
/// </summary>
public static class VancouverHtml
{
    private static readonly ConditionalWeakTable<VancouverEntry, string> Cache = [];

    /// <summary>The entry's markup, <c>&lt;span class="vancouver"&gt;...&lt;/span&gt;</c>.</summary>
    public static MarkupString Of(VancouverEntry entry) => new(Cache.GetValue(entry, Write));

    private static string Write(VancouverEntry entry)
    {
        var html = new StringBuilder("<span class=\"vancouver\">");
        foreach (var segment in entry.Segments)
        {
            if (segment.Href is { } href)
            {
                var part = segment.Part switch
                {
                    VancouverPart.Doi => "doi",
                    VancouverPart.Pmid => "pmid",
                    _ => "url",
                };
                html.Append("<a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\" class=\"").Append(part).Append("\" rel=\"noopener\">")
                    .Append(WebUtility.HtmlEncode(segment.Text)).Append("</a>");
            }
            else
            {
                html.Append(WebUtility.HtmlEncode(segment.Text));
            }
        }

        return html.Append("</span>").ToString();
    }
}
