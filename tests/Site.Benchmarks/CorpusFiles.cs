using Site.Core.Kinds;
using Site.Core.Linking;
using Site.Core.Loading;

namespace Site.Benchmarks;

/// <summary>
/// The markdown documents of a content folder as the site reads them: every <c>.md</c> file outside
/// <c>assets/</c>, in ordinal path order, its body being what follows the front matter.
/// </summary>
internal static class CorpusFiles
{
    /// <summary>The documents' paths relative to <paramref name="input"/>, with '/' separators.</summary>
    public static IReadOnlyList<string> Documents(string input) =>
        Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(input, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => !relative.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The markdown body of a file's text, found by the site's own front matter splitter.</summary>
    public static string Body(string text) => text[FrontMatterSplitter.Split(text).BodyOffset..];

    /// <summary>The YAML front matter of a file's text, empty when there is none.</summary>
    public static string FrontMatter(string text)
    {
        var split = FrontMatterSplitter.Split(text);
        return text.Substring(split.YamlOffset, split.YamlLength);
    }

    /// <summary>A document's pretty URL, as <see cref="SitePaths.UrlOf"/> gives it: "/substances/ketamine/", "/about/", "/".</summary>
    public static string UrlOf(string relativePath)
    {
        if (DocumentKinds.FromPath(relativePath).Folder is { } folder)
        {
            return $"/{folder}/{SitePaths.IdOf(relativePath)}/";
        }

        var path = relativePath[..^".md".Length];
        path = path == "index" ? "" : path.EndsWith("/index", StringComparison.Ordinal) ? path[..^"/index".Length] : path;
        return path.Length == 0 ? "/" : "/" + path + "/";
    }
}
