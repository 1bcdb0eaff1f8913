using Site.Core.Content;
using Site.Core.Parsing;

namespace Site.Core.Kinds;

/// <summary>A document of the graph with its front matter typed: what a <c>graph.References[id]</c> hands out.</summary>
/// <typeparam name="TFront">Its kind's front matter.</typeparam>
/// <param name="Document">The parsed document.</param>
/// <param name="FrontMatter">Its front matter.</param>
public sealed record DocumentNode<TFront>(ParsedDocument Document, TFront FrontMatter)
    where TFront : FrontMatter
{
    /// <summary>The document's id.</summary>
    public string Id => Document.Id;

    /// <summary>The URL of its page.</summary>
    public string Url => Document.Url;

    /// <summary>Its title.</summary>
    public string Title => FrontMatter.Title;
}
