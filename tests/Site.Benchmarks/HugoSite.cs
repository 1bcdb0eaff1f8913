using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Core.Parsing;
using Site.Core.Parsing.WikiLinks;
using YamlDotNet.RepresentationModel;

namespace Site.Benchmarks;

/// <summary>
/// The same pages as a Hugo site, so that Hugo can be timed on them: <c>content/</c> holds every
/// document at the same path (<c>index.md</c> as <c>_index.md</c>) with the same YAML front matter and
/// the same markdown body, and <c>layouts/</c> holds a minimal theme that writes each page's title and
/// content. Hugo has no citation syntax, so <c>[@key]</c> stays as text; <c>::: editorial</c> fences,
/// which Hugo does not know either, stay as text too. Wiki links become plain markdown links to the
/// target's pretty URL (<c>[[ketamine#dosing]]</c> is <c>[Ketamine](/substances/ketamine/#dosing)</c>),
/// as do links to <c>.md</c> files. Hugo's own meaning of three front matter fields is avoided: <c>aliases</c>
/// (it would write a redirect page per alias) is left out, and <c>type</c> (it would choose the layout) and
/// <c>URL</c> (it would be the page's own address) become <c>csl-type</c> and <c>csl-URL</c>. Taxonomies and RSS are off, as the site has neither; the sitemap, robots.txt,
/// the section lists and the 404 page stay, as the site writes them too.
/// </summary>
internal static class HugoSite
{
    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="{{ .Site.LanguageCode }}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
        <body><main>{{ block "main" . }}{{ end }}</main></body>
        </html>

        """;

    private const string Single = """
        {{ define "main" }}<h1>{{ .Title }}</h1>
        {{ .Content }}{{ end }}

        """;

    private const string List = """
        {{ define "main" }}<h1>{{ .Title }}</h1>
        {{ .Content }}
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}

        """;

    private const string Index = """
        {{ define "main" }}<h1>{{ .Site.Title }}</h1>
        {{ .Content }}
        <ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>{{ end }}

        """;

    private const string NotFound = """
        {{ define "main" }}<h1>Page not found</h1>{{ end }}

        """;

    /// <summary>Writes the Hugo version of the site in <paramref name="input"/> into <paramref name="hugo"/>.</summary>
    public static void Write(string input, string hugo)
    {
        var documents = CorpusFiles.Documents(input);
        var texts = new string[documents.Count];
        var targets = new Dictionary<string, (string Url, string Title)>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            texts[i] = File.ReadAllText(Path.Combine(input, documents[i]));
            var title = Scalar(CorpusFiles.FrontMatter(texts[i]), "title");
            targets.TryAdd(Path.GetFileNameWithoutExtension(documents[i]), (CorpusFiles.UrlOf(documents[i]), title ?? Path.GetFileNameWithoutExtension(documents[i])));
        }

        Parallel.For(0, documents.Count, i =>
        {
            var relative = documents[i] == "index.md" ? "_index.md" : documents[i];
            var destination = Path.Combine(hugo, "content", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var text = texts[i];
            File.WriteAllText(destination,
                "---\n" + HugoFrontMatter(CorpusFiles.FrontMatter(text)) + "---\n" + HugoBody(CorpusFiles.Body(text), documents[i], targets));
        });

        var assets = Path.Combine(input, "assets");
        if (Directory.Exists(assets))
        {
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories))
            {
                var destination = Path.Combine(hugo, "static", "assets", Path.GetRelativePath(assets, file));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination, overwrite: true);
            }
        }

        var siteYml = Path.Combine(input, "site.yml");
        var siteTitle = File.Exists(siteYml) ? Scalar(File.ReadAllText(siteYml), "title") : null;
        var layouts = Path.Combine(hugo, "layouts");
        Directory.CreateDirectory(Path.Combine(layouts, "_default"));
        File.WriteAllText(Path.Combine(hugo, "hugo.toml"),
            "baseURL = \"https://example.org/\"\nlanguageCode = \"en\"\n" +
            $"title = \"{(siteTitle ?? "Site").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n" +
            "disableKinds = [\"taxonomy\", \"term\", \"RSS\"]\nenableRobotsTXT = true\n\n[markup.goldmark.renderer]\nunsafe = false\n");
        File.WriteAllText(Path.Combine(layouts, "_default", "baseof.html"), BaseOf);
        File.WriteAllText(Path.Combine(layouts, "_default", "single.html"), Single);
        File.WriteAllText(Path.Combine(layouts, "_default", "list.html"), List);
        File.WriteAllText(Path.Combine(layouts, "index.html"), Index);
        File.WriteAllText(Path.Combine(layouts, "404.html"), NotFound);
    }

    /// <summary>The same YAML, less <c>aliases</c> (a top-level key and its indented or listed lines), with <c>type</c> and <c>URL</c> renamed.</summary>
    private static string HugoFrontMatter(string yaml)
    {
        var result = new StringBuilder();
        var skipping = false;
        foreach (var line in yaml.Split('\n'))
        {
            var topLevel = line.Length > 0 && line[0] is not (' ' or '\t' or '-' or '#' or '\r');
            if (topLevel)
            {
                skipping = line.StartsWith("aliases:", StringComparison.Ordinal);
            }

            if (!skipping && line.Length > 0)
            {
                var renamed = topLevel && (line.StartsWith("type:", StringComparison.Ordinal) || line.StartsWith("URL:", StringComparison.Ordinal));
                result.Append(renamed ? "csl-" + line : line).Append('\n');
            }
        }

        return result.ToString();
    }

    /// <summary>The body with wiki links and links to .md files rewritten as links to pretty URLs, found by the site's own parser.</summary>
    private static string HugoBody(string body, string relativePath, Dictionary<string, (string Url, string Title)> targets)
    {
        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var node in Markdown.Parse(body, SiteMarkdown.Pipeline).Descendants())
        {
            switch (node)
            {
                case WikiLink link:
                    (string Url, string Title)? target = targets.TryGetValue(link.Target, out var found) ? found : null;
                    var anchor = link.Anchor is null ? "" : "#" + link.Anchor;
                    var label = (link.Label ?? target?.Title ?? (link.Target.Length > 0 ? link.Target : link.Anchor ?? "")).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
                    edits.Add((link.Span.Start, link.Span.Length, target is null && link.Target.Length > 0 ? label : $"[{label}]({target?.Url}{anchor})"));
                    break;
                case LinkInline { IsImage: false, Url: { } url } link when !link.UrlSpan.IsEmpty && MarkdownFileUrl(url, relativePath) is { } pretty:
                    edits.Add((link.UrlSpan.Start, link.UrlSpan.Length, pretty));
                    break;
            }
        }

        var text = new StringBuilder(body);
        foreach (var (start, length, replacement) in edits.OrderByDescending(edit => edit.Start))
        {
            text.Remove(start, length).Insert(start, replacement);
        }

        return text.ToString();
    }

    /// <summary>"../about.md#x" written in substances/ketamine.md is "/about/#x"; any other URL is null.</summary>
    private static string? MarkdownFileUrl(string url, string relativePath)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        if (!path.EndsWith(".md", StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal) || path.StartsWith('/'))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(relativePath) ?? "";
        var resolved = Path.GetRelativePath("/root", Path.GetFullPath(Path.Combine("/root", folder, path))).Replace('\\', '/');
        return CorpusFiles.UrlOf(resolved) + (hash < 0 ? "" : url[hash..]);
    }

    /// <summary>A top-level scalar of a YAML mapping, or null when the YAML does not parse or has no such field.</summary>
    private static string? Scalar(string yaml, string field)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode map
                && map.Children.TryGetValue(new YamlScalarNode(field), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }
}
