using System.Globalization;
using System.Net;
using System.Text;
using Site.Core.Diagnostics;
using Site.Core.Diagnostics.Formatting;

namespace Site.Preview;

/// <summary>
/// Adds what only the preview has to a page: the reload script and, when the build has errors, an
/// overlay listing them. Both are external files, so the site's Content-Security-Policy still holds.
/// </summary>
internal static class PreviewPageInjector
{
    /// <summary>The id of the overlay element.</summary>
    public const string OverlayId = "site-preview-overlay";

    public static string Inject(string html, PreviewSnapshot snapshot)
    {
        var builder = new StringBuilder();
        builder.Append("<link rel=\"stylesheet\" href=\"/_site/overlay.css\">");
        if (snapshot.HasProblems)
        {
            AppendOverlay(builder, snapshot);
        }

        builder.Append("<script src=\"/_site/reload.js\" data-version=\"")
            .Append(snapshot.Version.ToString(CultureInfo.InvariantCulture))
            .Append("\"></script>");

        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + builder : html.Insert(end, builder.ToString());
    }

    private static void AppendOverlay(StringBuilder builder, PreviewSnapshot snapshot)
    {
        builder.Append("<aside id=\"").Append(OverlayId).Append("\" role=\"alert\" aria-label=\"Build problems\">");
        if (snapshot.Failure is { } failure)
        {
            builder.Append("<h2>The site could not be built</h2><p>").Append(WebUtility.HtmlEncode(failure)).Append("</p>");
        }
        else
        {
            var errors = DiagnosticCounts.Of(snapshot.Diagnostics).Errors;
            builder.Append("<h2>").Append(DiagnosticCounts.Describe(errors, "error")).Append(" in the content</h2><ol>");
            foreach (var diagnostic in snapshot.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                var severity = DiagnosticFormatters.SeverityName(diagnostic.Severity);
                builder.Append("<li><span class=\"location\">").Append(WebUtility.HtmlEncode(diagnostic.Location.ToString())).Append("</span> ")
                    .Append("<span class=\"").Append(severity).Append("\">").Append(severity).Append(' ').Append(diagnostic.Code).Append("</span>: ")
                    .Append(WebUtility.HtmlEncode(diagnostic.Message));
                if (diagnostic.Hint is { } hint)
                {
                    builder.Append("<span class=\"hint\">hint: ").Append(WebUtility.HtmlEncode(hint)).Append("</span>");
                }

                builder.Append("</li>");
            }

            builder.Append("</ol>");
        }

        builder.Append("</aside>");
    }
}
