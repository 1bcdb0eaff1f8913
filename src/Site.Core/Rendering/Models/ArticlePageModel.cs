namespace Site.Core.Rendering.Models;

/// <summary>A page whose main content is a rendered markdown body.</summary>
public abstract record ArticlePageModel : PageModel
{
    /// <summary>The body as HTML (already safe: raw HTML in markdown is escaped).</summary>
    public required string BodyHtml { get; init; }

    /// <summary>The path of the source file, relative to input/.</summary>
    public required string SourcePath { get; init; }
}
