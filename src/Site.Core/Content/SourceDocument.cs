using System.Runtime.CompilerServices;
using Site.Core.Text;

namespace Site.Core.Content;

/// <summary>A markdown file as loaded: its id, kind, typed front matter and where its body starts.</summary>
/// <param name="Id">The file stem, unique across the site.</param>
/// <param name="Kind">Given by the folder.</param>
/// <param name="RelativePath">The path under input/, with '/' separators.</param>
/// <param name="Source">The whole file, for positions.</param>
/// <param name="FrontMatter">The typed front matter.</param>
/// <param name="BodyOffset">The offset in <see cref="Source"/> where the markdown body starts.</param>
public sealed record SourceDocument(
    string Id,
    DocumentKind Kind,
    string RelativePath,
    SourceText Source,
    FrontMatter FrontMatter,
    int BodyOffset)
{
    /// <summary>The title from the front matter.</summary>
    public string Title => FrontMatter.Title;

    /// <summary>The markdown body, after the front matter.</summary>
    public string Body => Source.Text[BodyOffset..];

    /// <summary>A document is an identity: each load of a file is a new one.</summary>
    public bool Equals(SourceDocument? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
