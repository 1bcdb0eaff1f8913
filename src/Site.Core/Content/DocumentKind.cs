namespace Site.Core.Content;

/// <summary>What a document is, given by the folder it lives in.</summary>
public enum DocumentKind
{
    /// <summary>Any markdown file outside the kind folders; <c>index.md</c> is the home page.</summary>
    Page,

    /// <summary><c>input/substances/*.md</c>.</summary>
    Substance,

    /// <summary><c>input/mechanisms/*.md</c>.</summary>
    Mechanism,

    /// <summary><c>input/references/*.md</c>; the id is the citation key.</summary>
    Reference,
}
