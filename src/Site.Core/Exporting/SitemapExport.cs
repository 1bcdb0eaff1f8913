using System.Globalization;
using System.Text;
using System.Xml;
using Site.Core.Linking;

namespace Site.Core.Exporting;

/// <summary>
/// <c>sitemap.xml</c> (sitemaps.org 0.9): every page search engines should index, by absolute URL in
/// ordinal order, with the date its claims were last reviewed where it has one. The same pages always
/// give the same bytes.
/// </summary>
public static class SitemapExport
{
    /// <summary>The namespace of the sitemap protocol.</summary>
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    /// <summary>The file's bytes, UTF-8 without a byte order mark, ending with a newline.</summary>
    /// <param name="address">Where the site is published: the protocol wants absolute URLs.</param>
    /// <param name="pages">Each page's site URL and its last review date, if any; written sorted by URL.</param>
    public static byte[] Write(SiteAddress address, IEnumerable<(string Url, DateOnly? Reviewed)> pages)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var (url, reviewed) in pages.OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, address.Absolute(url));
                if (reviewed is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
