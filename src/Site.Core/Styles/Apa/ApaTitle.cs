namespace Site.Core.Styles.Apa;

/// <summary>How a title stands in for the authors in an in-text citation.</summary>
internal enum ApaTitle
{
    /// <summary>Not a title: the authors' names.</summary>
    None,

    /// <summary>An article's or a chapter's title, in double quotes with the comma inside: “Title,” 2018.</summary>
    Quoted,

    /// <summary>A standalone work's title, in italics.</summary>
    Italic,
}
