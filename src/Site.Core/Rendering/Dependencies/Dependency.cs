namespace Site.Core.Rendering.Dependencies;

/// <summary>One thing a page read of the site: a kind of read, what it was read of, and whether only its count was read.</summary>
/// <param name="Kind">What was read (a document's front matter, the claims of a document, the list of substances...).</param>
/// <param name="Key">Of what: a document's path under input/, a pair of paths, or empty for the site as a whole.</param>
/// <param name="CountOnly">Whether the page read only how many items the value holds, not the items.</param>
public readonly record struct Dependency(DependencyKind Kind, string Key, bool CountOnly = false);
