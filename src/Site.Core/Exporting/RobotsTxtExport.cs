namespace Site.Core.Exporting;

/// <summary>
/// <c>robots.txt</c>: every crawler may read every page, and, when the site knows its address, where
/// the sitemap is. Crawlers read the file only at the root of a host, so a site published in a folder
/// (a <c>baseUrl</c> with a path) must copy it there to take effect.
/// </summary>
public static class RobotsTxtExport
{
    /// <summary>The file's text.</summary>
    /// <param name="sitemapUrl">The absolute URL of sitemap.xml, or null when there is none.</param>
    public static string Write(string? sitemapUrl) =>
        "User-agent: *\nAllow: /\n" + (sitemapUrl is null ? string.Empty : $"\nSitemap: {sitemapUrl}\n");
}
