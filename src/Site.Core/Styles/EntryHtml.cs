using System.Net;
using System.Text;

namespace Site.Core.Styles;

/// <summary>A formatted entry as HTML: the text as the style writes it, with the DOI, PubMed id and URL as links.</summary>
internal static class EntryHtml
{
    /// <summary>The entry's markup, <c>&lt;span class="STYLE"&gt;...&lt;/span&gt;</c>.</summary>
    public static string Write(FormattedEntry entry)
    {
        var html = new StringBuilder("<span class=\"").Append(entry.Style).Append("\">");
        foreach (var segment in entry.Segments)
        {
            if (segment.Italic)
            {
                html.Append("<i>");
            }

            if (segment.Href is { } href)
            {
                var part = segment.Part switch
                {
                    EntryPart.Doi => "doi",
                    EntryPart.Pmid => "pmid",
                    _ => "url",
                };
                html.Append("<a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\" class=\"").Append(part).Append("\" rel=\"noopener\">")
                    .Append(WebUtility.HtmlEncode(segment.Text)).Append("</a>");
            }
            else
            {
                html.Append(WebUtility.HtmlEncode(segment.Text));
            }

            if (segment.Italic)
            {
                html.Append("</i>");
            }
        }

        return html.Append("</span>").ToString();
    }
}
