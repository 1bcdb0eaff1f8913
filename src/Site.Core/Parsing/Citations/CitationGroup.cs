using Markdig.Syntax.Inlines;

namespace Site.Core.Parsing.Citations;

/// <summary>
/// A citation, Pandoc style: in brackets, <c>[@a]</c>, <c>[@a; @b]</c>, <c>[see @a, p. 3]</c>, or in the text,
/// <c>@a</c> and <c>@a [p. 3]</c>. Its <see cref="Markdig.Syntax.MarkdownObject.Span"/> covers what is written, from
/// the '[' or '@' to the last ']' or the key's end.
/// </summary>
public sealed class CitationGroup : LeafInline
{
    /// <summary>The cited works, in the order written; never empty.</summary>
    public required IReadOnlyList<CitationItem> Items { get; init; }

    /// <summary>The citation as written, for messages and for pages shown while it does not resolve.</summary>
    public required string Written { get; init; }

    /// <summary>Whether it is an author-in-text citation (<c>@a found</c>): its first work is named in the sentence.</summary>
    public bool InText => Items[0].Mode == CitationMode.AuthorInText;

    /// <summary>Whether it is written inside a link's text, where it cannot be a link itself.</summary>
    public bool InLinkText
    {
        get
        {
            for (var parent = Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is LinkInline { IsImage: false })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
