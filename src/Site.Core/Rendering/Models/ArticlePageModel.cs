namespace Site.Core.Rendering.Models;

/// <summary>A page whose main content is a rendered markdown body.</summary>
public abstract record ArticlePageModel : PageModel
{
    /// <summary>The body as HTML (already safe: raw HTML in markdown is escaped).</summary>
    public required string BodyHtml { get; init; }

    /// <summary>The path of the source file, relative to input/.</summary>
    public required string SourcePath { get; init; }

    /// <summary>
    /// "On this page": the body's second-level headings, each with the third-level ones under it, linking to their ids;
    /// empty when the body has fewer than three such headings.
    /// </summary>
    public IReadOnlyList<PageHeading> Contents { get; init; } = [];

    /// <summary>The id of every heading of the body, in document order: the page's other ids must not repeat them.</summary>
    internal IReadOnlyList<string> HeadingAnchors { get; init; } = [];
}
