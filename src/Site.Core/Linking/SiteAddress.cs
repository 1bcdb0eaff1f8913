namespace Site.Core.Linking;

/// <summary>
/// Where the site is published, from site.yml's <c>baseUrl</c>: what turns site URLs into the absolute
/// URLs that canonical links, Open Graph, JSON-LD and the sitemap need. Links between pages never use
/// it: they stay relative, so a site without a <c>baseUrl</c> works anywhere and only lacks those URLs.
/// </summary>
public sealed class SiteAddress
{
    private readonly Uri _root;

    private SiteAddress(Uri root)
    {
        _root = root;
        Root = root.AbsoluteUri;
        Path = root.AbsolutePath;
    }

    /// <summary>The site's home page, absolute, ending in '/': "https://example.org/evidence/".</summary>
    public string Root { get; }

    /// <summary>The host the site is published on, as DNS writes it (IDN in punycode): "example.org".</summary>
    public string Host => _root.IdnHost;

    /// <summary>The path the site lives under on its host, from '/' to '/': "/evidence/".</summary>
    public string Path { get; }

    /// <summary>
    /// The address of a site published at <paramref name="baseUrl"/>, or null when there is none. The URL is
    /// read as a folder ("https://example.org/evidence" is "https://example.org/evidence/"); a query or
    /// fragment is dropped, and characters a URL may not hold are percent-encoded.
    /// </summary>
    public static SiteAddress? Of(string? baseUrl)
    {
        if (baseUrl is null || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var folder = uri.GetLeftPart(UriPartial.Path);
        return new SiteAddress(new Uri(folder.EndsWith('/') ? folder : folder + "/"));
    }

    /// <summary>The absolute URL of a site URL: "/substances/ketamine/" is "https://example.org/evidence/substances/ketamine/".</summary>
    public string Absolute(string siteUrl)
    {
        var relative = siteUrl.TrimStart('/');
        // The site's own URLs are plain (slugs, ids, hashed asset names), which a URI resolves to themselves: they are joined
        // without building one, which every page does dozens of times (canonical, Open Graph, JSON-LD).
        return IsPlain(relative) ? Root + relative : new Uri(_root, relative).AbsoluteUri;
    }

    // Only characters a URI keeps as they are, and no "." or ".." segment, which it would resolve.
    private static bool IsPlain(string relative)
    {
        if (relative.AsSpan().ContainsAnyExcept(PlainCharacters) || relative.AsSpan().Count('#') > 1)
        {
            return false;
        }

        var path = relative.AsSpan();
        if (path.IndexOfAny('#', '?') is var end and >= 0)
        {
            path = path[..end];
        }

        foreach (var segment in path.Split('/'))
        {
            if (path[segment] is "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> PlainCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/#");

    /// <summary>The path of a site URL from the host's root: "/substances/" is "/evidence/substances/".</summary>
    public string Rooted(string siteUrl) => Path + siteUrl.TrimStart('/');
}
