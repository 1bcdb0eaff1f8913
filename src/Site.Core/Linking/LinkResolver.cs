using Markdig.Syntax.Inlines;
using Site.Core.Content;
using Site.Core.Parsing;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Linking;

/// <summary>Resolves what links point at: ids for wiki links, paths relative to the source file for markdown links.</summary>
internal sealed class LinkResolver(
    IReadOnlyDictionary<string, ParsedDocument> byId,
    IReadOnlyDictionary<string, ParsedDocument> byPath,
    IReadOnlyDictionary<string, ParsedDocument> byUrl,
    IReadOnlySet<string> assetPaths)
{
    public DocumentLink Resolve(ParsedDocument from, WikiLink link)
    {
        var written = link.Anchor is null ? link.Target : $"{link.Target}#{link.Anchor}";
        var target = link.Target.Length == 0 ? from : byId.GetValueOrDefault(link.Target);
        return new DocumentLink(
            from, link, LinkSyntax.Wiki, written, target, target is null ? null : SiteGraph.UrlOf(target), link.Anchor,
            from.FileOffset(link.TargetStart), link.TargetLength);
    }

    /// <summary>A link to resolve, or null when the URL is external (it has a scheme) and is left as written.</summary>
    public DocumentLink? Resolve(ParsedDocument from, LinkInline link)
    {
        var url = link.Url;
        if (string.IsNullOrEmpty(url) || HasScheme(url))
        {
            return null;
        }

        var span = link.UrlSpan.IsEmpty ? link.Span : link.UrlSpan;
        var offset = from.FileOffset(span.Start);
        var length = span.IsEmpty ? 0 : span.Length;

        var hash = url.IndexOf('#');
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var pathPart = hash < 0 ? url : url[..hash];
        var query = pathPart.IndexOf('?');
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        if (pathPart.Length == 0)
        {
            return new DocumentLink(from, link, LinkSyntax.Markdown, url, from, SiteGraph.UrlOf(from), anchor, offset, length);
        }

        var path = Uri.UnescapeDataString(pathPart);
        var (target, targetUrl) = path.StartsWith('/') ? ResolveSiteUrl(path) : ResolveRelative(from, path);
        return new DocumentLink(from, link, LinkSyntax.Markdown, url, target, targetUrl, anchor, offset, length);
    }

    // A path relative to the source file: a .md file, an asset, or the folder of a page.
    private (ParsedDocument? Target, string? Url) ResolveRelative(ParsedDocument from, string path)
    {
        if (Combine(from.Source.RelativePath, path) is not { } resolved)
        {
            return (null, null);
        }

        if (resolved.EndsWith(".md", StringComparison.Ordinal))
        {
            return byPath.TryGetValue(resolved, out var document) ? (document, SiteGraph.UrlOf(document)) : (null, null);
        }

        return assetPaths.Contains(resolved) ? (null, "/" + resolved) : ResolveSiteUrl("/" + resolved + "/");
    }

    // A URL of the site as written, "/substances/ketamine/" or "/substances/ketamine": a page or an asset.
    private (ParsedDocument? Target, string? Url) ResolveSiteUrl(string url)
    {
        if (assetPaths.Contains(url.TrimStart('/')))
        {
            return (null, url);
        }

        var folder = url.EndsWith('/') ? url : url + "/";
        if (byUrl.TryGetValue(folder, out var document))
        {
            return (document, folder);
        }

        if (SitePaths.GeneratedPages.Contains(url, StringComparer.Ordinal))
        {
            return (null, url);
        }

        return SitePaths.GeneratedPages.Contains(folder, StringComparer.Ordinal) ? (null, folder) : (null, null);
    }

    /// <summary>A path relative to a source file, as a path under input/; null when it climbs out of input/.</summary>
    internal static string? Combine(string fromRelativePath, string path)
    {
        var segments = new List<string>(fromRelativePath.Split('/')[..^1]);
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static bool HasScheme(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = url[i];
            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// This resolver with each document <paramref name="replaced"/> maps to another replaced by it (the same path, id and URL),
    /// over <paramref name="newById"/>: what a resolver made afresh over the new documents would be.
    /// </summary>
    public LinkResolver Replacing(IReadOnlyDictionary<string, ParsedDocument> newById, IReadOnlyDictionary<ParsedDocument, ParsedDocument> replaced)
    {
        var paths = new Dictionary<string, ParsedDocument>(byPath, StringComparer.Ordinal);
        var urls = new Dictionary<string, ParsedDocument>(byUrl, StringComparer.Ordinal);
        foreach (var (old, now) in replaced)
        {
            if (paths.TryGetValue(old.Source.RelativePath, out var atPath) && atPath == old)
            {
                paths[old.Source.RelativePath] = now;
            }

            if (urls.TryGetValue(old.Url, out var atUrl) && atUrl == old)
            {
                urls[old.Url] = now;
            }
        }

        return new LinkResolver(newById, paths, urls, assetPaths);
    }

    /// <summary>A resolver over the documents that get pages (<paramref name="pages"/>) and all loaded files.</summary>
    public static LinkResolver Create(
        IReadOnlyDictionary<string, ParsedDocument> byId,
        IEnumerable<ParsedDocument> documents,
        IEnumerable<ParsedDocument> pages,
        IEnumerable<AssetFile> assets) =>
        new(
            byId,
            documents.GroupBy(d => d.Source.RelativePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            pages.DistinctBy(SiteGraph.UrlOf, StringComparer.Ordinal).ToDictionary(SiteGraph.UrlOf, StringComparer.Ordinal),
            assets.Select(a => a.RelativePath).ToHashSet(StringComparer.Ordinal));
}
