using System.Globalization;
using System.Text;
using System.Xml;
using Site.Core.Editions;
using Site.Core.Linking;

namespace Site.Core.Exporting;

/// <summary>
/// <c>changes.xml</c>: an Atom 1.0 feed (RFC 4287) of what changed in this edition, one entry per page with changes,
/// in page URL order. Atom wants absolute IRIs, so it needs the site's <see cref="SiteAddress"/>. The feed's id is its
/// own URL, the same from edition to edition; an entry's id is a tag URI (RFC 4151) of the site's host, the edition's
/// date and the page's URL, new in each edition. Every date is the edition's, given by the caller: the same edition
/// gives the same bytes.
/// </summary>
public static class ChangesFeedExport
{
    /// <summary>The Atom namespace.</summary>
    public const string Namespace = "http://www.w3.org/2005/Atom";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    /// <summary>The feed's bytes, UTF-8 without a byte order mark, ending with a newline.</summary>
    /// <param name="address">Where the site is published.</param>
    /// <param name="siteTitle">The site's name: the feed's title and author.</param>
    /// <param name="changes">What changed.</param>
    /// <param name="titles">The title of each page that exists in this edition, by URL.</param>
    /// <param name="updated">When this edition was made.</param>
    public static byte[] Write(SiteAddress address, string siteTitle, EditionChanges changes, IReadOnlyDictionary<string, string> titles, DateTimeOffset updated)
    {
        var when = updated.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var day = updated.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var changesPage = address.Absolute(SitePaths.Changes);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("id", Namespace, address.Absolute(SitePaths.ChangesFeed));
            xml.WriteElementString("title", Namespace, $"{siteTitle}: what changed");
            xml.WriteElementString("updated", Namespace, when);
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, siteTitle);
            xml.WriteElementString("uri", Namespace, address.Root);
            xml.WriteEndElement();
            Link(xml, "self", address.Absolute(SitePaths.ChangesFeed), "application/atom+xml");
            Link(xml, "alternate", changesPage, "text/html");
            foreach (var page in changes.Pages)
            {
                var title = titles.GetValueOrDefault(page.Url) ?? page.Url;
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, $"tag:{address.Host},{day}:{page.Url}");
                xml.WriteElementString("title", Namespace, $"{title}: {PageChangesText.Counts(page)}");
                xml.WriteElementString("updated", Namespace, when);
                // A page that has gone is read about on /changes/; one that is there is read where it is.
                Link(xml, "alternate", page.Kind == PageChangeKind.Removed ? $"{changesPage}#{PageChangesText.SectionId(page.Url)}" : address.Absolute(page.Url), "text/html");
                Link(xml, "related", $"{changesPage}#{PageChangesText.SectionId(page.Url)}", "text/html");
                xml.WriteElementString("summary", Namespace, Summary(page));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string relation, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // What a feed reader shows under the title: what happened to the page, then a line a claim.
    private static string Summary(PageChanges page)
    {
        var lines = new List<string>();
        var counts = PageChangesText.Counts(page);
        lines.Add(page.Kind switch
        {
            PageChangeKind.Moved => $"Moved from {page.PreviousUrl}; {counts}.",
            PageChangeKind.Added => $"New claims: {counts}.",
            PageChangeKind.Removed => $"The page no longer has claims: {counts}.",
            _ => char.ToUpperInvariant(counts[0]) + counts[1..] + ".",
        });
        lines.AddRange(page.Added.Select(c => $"Added: {c.Text}"));
        lines.AddRange(page.Changed.Select(c => c.TextChanged ? $"Changed: {c.After.Text}" : $"Changed citations or evidence: {c.After.Text}"));
        lines.AddRange(page.Removed.Select(c => $"Removed: {c.Text}"));
        return string.Join("\n", lines);
    }
}
