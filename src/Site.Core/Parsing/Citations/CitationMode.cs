namespace Site.Core.Parsing.Citations;

/// <summary>How a cited work is named, as pandoc's <c>citationMode</c> says.</summary>
public enum CitationMode
{
    /// <summary>In brackets, <c>[@a]</c>: a number, or the authors and year in parentheses.</summary>
    Normal,

    /// <summary>In brackets after a '-', <c>[-@a]</c>: the author is named in the text already, so an author-date style gives the year alone.</summary>
    SuppressAuthor,

    /// <summary>In the text, <c>@a found</c> or <c>@a [p. 3] found</c>: the authors are part of the sentence, "Jones et al.¹ found".</summary>
    AuthorInText,
}
