using Markdig.Syntax.Inlines;
using Site.Core.Content;
using Site.Core.Parsing;
using Site.Core.Parsing.WikiLinks;

namespace Site.Core.Linking;

/// <summary>Resolves what links point at: ids for wiki links, paths relative to the source file for markdown links.</summary>
internal sealed class LinkResolver(
    IReadOnlyDictionary<string, ParsedDocument> byId,
    IReadOnlyDictionary<string, ParsedDocument> byPath,
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

    /// <summary>A link to resolve, or null when the URL is external or site-absolute and is left as written.</summary>
    public DocumentLink? Resolve(ParsedDocument from, LinkInline link)
    {
        var url = link.Url;
        if (string.IsNullOrEmpty(url) || HasScheme(url) || url.StartsWith('/'))
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

        var resolved = Combine(from.Source.RelativePath, Uri.UnescapeDataString(pathPart));
        if (resolved is not null && byPath.TryGetValue(resolved, out var target))
        {
            return new DocumentLink(from, link, LinkSyntax.Markdown, url, target, SiteGraph.UrlOf(target), anchor, offset, length);
        }

        var assetUrl = resolved is not null && assetPaths.Contains(resolved) ? "/" + resolved : null;
        return new DocumentLink(from, link, LinkSyntax.Markdown, url, null, assetUrl, anchor, offset, length);
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

    public static LinkResolver Create(IReadOnlyDictionary<string, ParsedDocument> byId, IEnumerable<ParsedDocument> documents, IEnumerable<AssetFile> assets) =>
        new(
            byId,
            documents.GroupBy(d => d.Source.RelativePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            assets.Select(a => a.RelativePath).ToHashSet(StringComparer.Ordinal));
}
