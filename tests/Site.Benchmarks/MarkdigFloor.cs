using Markdig;

namespace Site.Benchmarks;

/// <summary>
/// The floor a site build is measured against: what Markdig alone costs on the same files. Every
/// document is read, its front matter dropped, its body parsed and rendered by a plain Markdig
/// pipeline with pipe tables (what the pages need to parse as tables; wiki links and citations stay
/// text) and written as <c>url/index.html</c>, in parallel per file as the site parses and renders.
/// No links, claims, templates or checks: a build within 1.5 times this is the design's target.
/// </summary>
internal static class MarkdigFloor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Renders every document of <paramref name="input"/> into <paramref name="output"/>; returns how many.</summary>
    public static int Run(string input, string output)
    {
        var documents = CorpusFiles.Documents(input);
        Parallel.ForEach(documents, relative =>
        {
            var html = Markdown.ToHtml(CorpusFiles.Body(File.ReadAllText(Path.Combine(input, relative))), Pipeline);
            var destination = Path.Combine(output, CorpusFiles.UrlOf(relative).TrimStart('/'), "index.html");
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, html);
        });
        return documents.Count;
    }
}
