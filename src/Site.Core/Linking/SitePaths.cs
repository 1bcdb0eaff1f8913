using Site.Core.Content;
using Site.Core.Generating;
using Site.Core.Kinds;

namespace Site.Core.Linking;

/// <summary>
/// Pretty URLs and the relative links between them. Site URLs start with '/'; links written into
/// pages are always relative, so the site works at any base path.
/// </summary>
public static class SitePaths
{
    /// <summary>The home page.</summary>
    public const string Home = "/";

    /// <summary>The list of substances.</summary>
    public const string Substances = "/substances/";

    /// <summary>The list of mechanisms.</summary>
    public const string Mechanisms = "/mechanisms/";

    /// <summary>The list of conditions.</summary>
    public const string Conditions = "/conditions/";

    /// <summary>The bibliography.</summary>
    public const string References = "/references/";

    /// <summary>The evidence map.</summary>
    public const string Evidence = "/evidence/";

    /// <summary>What changed in this edition: a page only in a build given the previous edition.</summary>
    public const string Changes = "/changes/";

    /// <summary>The Atom feed of what changed, beside <see cref="Changes"/>.</summary>
    public const string ChangesFeed = "/changes.xml";

    /// <summary>The page served for missing URLs.</summary>
    public const string NotFound = "/404.html";

    /// <summary>Where the theme's assets go.</summary>
    public const string ThemeAssets = "/theme/";

    /// <summary>Where the input's own assets (input/assets/) go.</summary>
    public const string Assets = "/assets/";

    /// <summary>The bibliography as CSL-JSON.</summary>
    public const string CslJson = "/references.json";

    /// <summary>The bibliography as BibTeX.</summary>
    public const string BibTex = "/references.bib";

    /// <summary>Every claim and the works it cites.</summary>
    public const string ClaimsJson = "/claims.json";

    /// <summary>The folder of the search index: its manifest and shards, which the search box reads.</summary>
    public const string Search = "/search/";

    /// <summary>The crawlers' rules.</summary>
    public const string RobotsTxt = "/robots.txt";

    /// <summary>The sitemap: only a site with a baseUrl, since its URLs must be absolute.</summary>
    public const string Sitemap = "/sitemap.xml";

    /// <summary>The pages every build makes without a source document (the home page unless index.md exists); from <see cref="GeneratedOutputs"/>.</summary>
    public static IReadOnlyList<string> GeneratedPages { get; } =
        [.. GeneratedOutputs.Pages.Where(p => p.Needs == GeneratedOutputNeeds.None).Select(p => p.Url)];

    /// <summary>URLs the generator writes itself; a plain page may not take them. From <see cref="GeneratedOutputs"/>.</summary>
    public static IReadOnlyList<string> Reserved { get; } = [.. GeneratedOutputs.All.Where(o => !o.DocumentMayTakeIt).Select(o => o.Url)];

    /// <summary>The id of a document from its path under input/: the file stem, or the folder name for a nested index.md.</summary>
    public static string IdOf(string relativePath)
    {
        var stem = Path.GetFileNameWithoutExtension(relativePath);
        var slash = relativePath.LastIndexOf('/');
        if (stem == "index" && slash > 0 && DocumentKinds.FromPath(relativePath) == DocumentKinds.Page)
        {
            return Path.GetFileName(relativePath[..slash]);
        }

        return stem;
    }

    /// <summary>The URL of a document: kind folder and id, or for pages the path without ".md".</summary>
    public static string UrlOf(SourceDocument document)
    {
        if (document.Kind.UrlPrefix is { } prefix)
        {
            return prefix + document.Id + "/";
        }

        var path = document.RelativePath[..^".md".Length];
        if (path == "index")
        {
            return Home;
        }

        if (path.EndsWith("/index", StringComparison.Ordinal))
        {
            path = path[..^"/index".Length];
        }

        return "/" + path + "/";
    }

    /// <summary>The file a URL is written to, relative to the output folder: "/a/" becomes "a/index.html".</summary>
    public static string OutputPathOf(string url)
    {
        var path = url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>A relative link from the page at <paramref name="fromUrl"/> to <paramref name="toUrl"/>.</summary>
    public static string Relative(string fromUrl, string toUrl)
    {
        // Up from the page's folder to the deepest folder both share, then down to the target: one pass over
        // the two strings and one allocation, since every page asks this for every link it shows.
        var fromFolder = fromUrl.AsSpan(0, fromUrl.LastIndexOf('/') + 1);
        var shared = 0;
        for (var i = 0; i < fromFolder.Length && i < toUrl.Length && fromFolder[i] == toUrl[i]; i++)
        {
            if (fromFolder[i] == '/')
            {
                shared = i + 1;
            }
        }

        var ups = fromFolder[shared..].Count('/');
        var down = toUrl.AsSpan(shared).TrimStart('/');
        if (ups == 0 && down.IsEmpty)
        {
            return "./";
        }

        return string.Create(ups * 3 + down.Length, (ups, toUrl, start: toUrl.Length - down.Length), static (span, state) =>
        {
            for (var i = 0; i < state.ups; i++)
            {
                "../".CopyTo(span[(i * 3)..]);
            }

            state.toUrl.AsSpan(state.start).CopyTo(span[(state.ups * 3)..]);
        });
    }
}
