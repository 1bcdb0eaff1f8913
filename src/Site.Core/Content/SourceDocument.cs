using System.Runtime.CompilerServices;
using Site.Core.Kinds;
using Site.Core.Text;

namespace Site.Core.Content;

/// <summary>A markdown file as loaded: its id, kind, typed front matter and where its body starts.</summary>
/// <param name="Id">The file stem, unique across the site.</param>
/// <param name="RelativePath">The path under input/, with '/' separators.</param>
/// <param name="Source">The whole file, for positions.</param>
/// <param name="Content">The typed front matter, with the kind (given by the folder) that read it.</param>
/// <param name="BodyOffset">The offset in <see cref="Source"/> where the markdown body starts.</param>
public sealed record SourceDocument(
    string Id,
    string RelativePath,
    SourceText Source,
    KindedFrontMatter Content,
    int BodyOffset)
{
    /// <summary>What the document is, given by its folder.</summary>
    public DocumentKind Kind => Content.Kind;

    /// <summary>The front matter, as the common record; its typed record is reached through <see cref="Content"/>.</summary>
    public FrontMatter FrontMatter => Content.Value;

    /// <summary>The title from the front matter.</summary>
    public string Title => FrontMatter.Title;

    /// <summary>The markdown body, after the front matter.</summary>
    public string Body => Source.Text[BodyOffset..];

    /// <summary>A document is an identity: each load of a file is a new one.</summary>
    public bool Equals(SourceDocument? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
